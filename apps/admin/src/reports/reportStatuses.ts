// The statuses of a progress report, in workflow order (for filters and choices).
import type { ReportStatus } from "@kehoach/schema";

export const REPORT_STATUSES: readonly ReportStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"];
