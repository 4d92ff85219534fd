// Reporting (báo cáo): reporting periods, units' progress reports and their review, measurements,
// comments and the audit log — types, queries and one mutation per file.
import "./types.ts";
import "./queries.ts";
import "./contributions.ts";
import "./openReportingPeriod.ts";
import "./closeReportingPeriod.ts";
import "./saveReportDraft.ts";
import "./submitReport.ts";
import "./approveReport.ts";
import "./returnReport.ts";
import "./reopenReport.ts";
import "./commentOnReport.ts";
import "./history.ts";
import "./reportFormItems.ts";
import "./finalizeWardReport.ts";
import "./wardReports.ts";
import "./publishWardReport.ts";
