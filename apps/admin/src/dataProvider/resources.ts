// Every resource of the console and the handler that serves it (one file per resource). Each
// handler, with the GraphQL documents it sends, is a chunk of its own, loaded the first time its
// resource is asked for: the console's first load carries none of them.
import type { RaRecord } from "react-admin";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

type HandlerFactory = (client: GraphqlClient) => ResourceHandler<RaRecord>;

/** The handler of each resource, imported on demand. */
const RESOURCE_HANDLERS: Record<string, () => Promise<HandlerFactory>> = {
  plans: () => import("./plans.ts").then((m) => m.createPlansHandler as HandlerFactory),
  indicators: () => import("./indicators.ts").then((m) => m.createIndicatorsHandler as HandlerFactory),
  tasks: () => import("./tasks.ts").then((m) => m.createTasksHandler as HandlerFactory),
  units: () => import("./units.ts").then((m) => m.createUnitsHandler as HandlerFactory),
  users: () => import("./users.ts").then((m) => m.createUsersHandler as HandlerFactory),
  assignments: () => import("./assignments.ts").then((m) => m.createAssignmentsHandler as HandlerFactory),
  reportingPeriods: () =>
    import("./reportingPeriods.ts").then((m) => m.createReportingPeriodsHandler as HandlerFactory),
  progressReports: () => import("./progressReports.ts").then((m) => m.createProgressReportsHandler as HandlerFactory),
  auditEvents: () => import("./auditEvents.ts").then((m) => m.createAuditEventsHandler as HandlerFactory),
  jurisdictions: () => import("./jurisdictions.ts").then((m) => m.createJurisdictionsHandler as HandlerFactory),
  notifications: () => import("./notifications.ts").then((m) => m.createNotificationsHandler as HandlerFactory),
  recommendations: () => import("./recommendations.ts").then((m) => m.createRecommendationsHandler as HandlerFactory),
  attachments: () =>
    import("./attachments.ts").then(
      (m) => ((client: GraphqlClient) => m.createAttachmentsHandler(client)) as HandlerFactory,
    ),
};

/**
 * The handlers of `client`, each created once, when its resource is first asked for: null for a
 * resource the console does not have. A failed download is not kept: the next call tries again.
 */
export function createResourceHandlers(
  client: GraphqlClient,
): (resource: string) => Promise<ResourceHandler<RaRecord>> | null {
  const handlers = new Map<string, Promise<ResourceHandler<RaRecord>>>();
  return (resource) => {
    const load = Object.hasOwn(RESOURCE_HANDLERS, resource) ? RESOURCE_HANDLERS[resource] : undefined;
    if (!load) return null;
    let handler = handlers.get(resource);
    if (!handler) {
      handler = load().then((create) => create(client));
      handlers.set(resource, handler);
      handler.catch(() => handlers.delete(resource));
    }
    return handler;
  };
}
