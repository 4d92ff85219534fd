// Audit events of the report part of the schema: event name → entity type.
export const reportAuditEvents = {
  "reportingPeriod.opened": "ReportingPeriod",
  "reportingPeriod.closed": "ReportingPeriod",
  "report.draftCreated": "ProgressReport",
  "report.draftSaved": "ProgressReport",
  "report.submitted": "ProgressReport",
  "report.approved": "ProgressReport",
  "report.returned": "ProgressReport",
  "report.commented": "Comment",
} as const;
