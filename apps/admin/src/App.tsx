// The console: react-admin over the GraphQL API, Vietnamese first. One <Resource> per folder,
// shown only to the roles that may use it (auth/permissions.ts canAccess; the API enforces the same rules). The landing page
// depends on the role: the leader dashboard, or the monthly report form of the user's unit. The sign-in
// page (auth/LoginPage.tsx) is ConsoleAdmin's, loaded when a signed-out user needs it.
import { CustomRoutes, Resource } from "react-admin";
import { Route } from "react-router-dom";
import { accountRoutes } from "./account/index.tsx";
import assignments from "./assignments/index.ts";
import audit from "./audit/index.ts";
import { createAuthProvider } from "./auth/authProvider.ts";
import { canAccess, canEditPlan, canManagePeriods, type Permissions } from "./auth/permissions.ts";
import { Home } from "./dashboard/Home.tsx";
import { createDataProvider } from "./dataProvider/index.ts";
import { graphqlClient } from "./graphqlClient.ts";
import { i18nProvider } from "./i18n/index.ts";
import indicators from "./indicators/index.ts";
import jurisdictions from "./jurisdictions/index.ts";
import { ConsoleAdmin } from "./layout/ConsoleAdmin.tsx";
import { Layout } from "./layout/Layout.tsx";
import { theme } from "./layout/theme.ts";
import notifications from "./notifications/index.ts";
import periods from "./periods/index.ts";
import { planImportRoutes } from "./planImport/index.tsx";
import plans from "./plans/index.ts";
import recommendations from "./recommendations/index.ts";
import { reportingCalendarRoutes } from "./reportingCalendar/index.tsx";
import reports, { reportRoutes } from "./reports/index.tsx";
import tasks from "./tasks/index.ts";
import units from "./units/index.ts";
import users from "./users/index.ts";

const dataProvider = createDataProvider(graphqlClient);
const authProvider = createAuthProvider(graphqlClient);

/**
 * A resource shown to those who may read it (the access policy, through `canAccess`), without its
 * create and edit screens for those who may not write it.
 */
function resource<T extends object>(name: string, screens: T, permissions: Permissions | undefined) {
  if (!canAccess(permissions, name, "list")) return null;
  if (canAccess(permissions, name, "edit")) return <Resource name={name} {...screens} />;
  const { create: _create, edit: _edit, ...readOnly } = screens as T & { create?: unknown; edit?: unknown };
  return <Resource name={name} {...readOnly} />;
}

export function App() {
  return (
    <ConsoleAdmin
      title="Kế hoạch"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      theme={theme}
      layout={Layout}
      dashboard={Home}
      requireAuth
      disableTelemetry
    >
      {(permissions: Permissions | undefined) => (
        <>
          {resource("plans", plans, permissions)}
          {resource("indicators", indicators, permissions)}
          {resource("tasks", tasks, permissions)}
          {resource("progressReports", reports, permissions)}
          {resource("notifications", notifications, permissions)}
          {resource("reportingPeriods", periods, permissions)}
          {resource("assignments", assignments, permissions)}
          {resource("units", units, permissions)}
          {resource("users", users, permissions)}
          {resource("auditEvents", audit, permissions)}
          {resource("jurisdictions", jurisdictions, permissions)}
          {resource("recommendations", recommendations, permissions)}
          <CustomRoutes>
            {[
              ...accountRoutes,
              ...reportRoutes,
              ...(canEditPlan(permissions) ? planImportRoutes : []),
              ...(canManagePeriods(permissions) ? reportingCalendarRoutes : []),
            ].map((route) => (
              <Route key={route.path} path={route.path} element={route.element} />
            ))}
          </CustomRoutes>
        </>
      )}
    </ConsoleAdmin>
  );
}
