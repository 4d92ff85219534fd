// Audit events of the plan part of the schema: event name → entity type.
export const planAuditEvents = {
  "plan.created": "Plan",
  "plan.imported": "Plan",
  "plan.updated": "Plan",
  "plan.published": "Plan",
  "plan.unpublished": "Plan",
  "plan.archived": "Plan",
  "indicator.created": "Indicator",
  "indicator.updated": "Indicator",
  "indicator.archived": "Indicator",
  "indicator.targetsSet": "Indicator",
  "task.created": "Task",
  "task.updated": "Task",
  "task.archived": "Task",
} as const;
