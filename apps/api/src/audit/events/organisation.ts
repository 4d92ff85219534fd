// Audit events of the organisation part of the schema: event name → entity type.
export const organisationAuditEvents = {
  "unit.created": "Unit",
  "unit.updated": "Unit",
  "unit.archived": "Unit",
  "user.created": "User",
  "user.updated": "User",
  "user.archived": "User",
  "user.passwordSet": "User",
  "assignment.updated": "Assignment",
  "assignment.confirmed": "Assignment",
} as const;
