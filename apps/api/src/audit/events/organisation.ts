// Audit events of the organisation part of the schema: event name → entity type.
export const organisationAuditEvents = {} as const;
