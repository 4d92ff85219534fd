// Audit events of the plan part of the schema: event name → entity type.
export const planAuditEvents = {} as const;
