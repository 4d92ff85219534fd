// Every resource of the console and the handler that serves it (one file per resource).
import type { RaRecord } from "react-admin";
import { createAssignmentsHandler } from "./assignments.ts";
import { createAttachmentsHandler } from "./attachments.ts";
import { createAuditEventsHandler } from "./auditEvents.ts";
import { createIndicatorsHandler } from "./indicators.ts";
import { createJurisdictionsHandler } from "./jurisdictions.ts";
import { createNotificationsHandler } from "./notifications.ts";
import { createPlansHandler } from "./plans.ts";
import { createProgressReportsHandler } from "./progressReports.ts";
import { createRecommendationsHandler } from "./recommendations.ts";
import { createReportingPeriodsHandler } from "./reportingPeriods.ts";
import { createTasksHandler } from "./tasks.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";
import { createUnitsHandler } from "./units.ts";
import { createUsersHandler } from "./users.ts";

export function createResourceHandlers(client: GraphqlClient): Record<string, ResourceHandler<RaRecord>> {
  return {
    plans: createPlansHandler(client),
    indicators: createIndicatorsHandler(client),
    tasks: createTasksHandler(client),
    units: createUnitsHandler(client),
    users: createUsersHandler(client),
    assignments: createAssignmentsHandler(client),
    reportingPeriods: createReportingPeriodsHandler(client),
    progressReports: createProgressReportsHandler(client),
    auditEvents: createAuditEventsHandler(client),
    jurisdictions: createJurisdictionsHandler(client),
    notifications: createNotificationsHandler(client),
    recommendations: createRecommendationsHandler(client),
    attachments: createAttachmentsHandler(client),
  } as Record<string, ResourceHandler<RaRecord>>;
}
