// Audit events of the report part of the schema: event name → entity type.
export const reportAuditEvents = {} as const;
