// Audit events of sign-in and API tokens: event name → entity type.
export const authAuditEvents = {
  "session.created": "Session",
  "session.revoked": "Session",
  "apiToken.created": "ApiToken",
  "apiToken.revoked": "ApiToken",
} as const;
