// The console: react-admin over the GraphQL API, Vietnamese first. One <Resource> per folder,
// shown only to the roles that may use it (the API enforces the same rules). The landing page
// depends on the role: the leader dashboard, or the monthly report form of the user's unit.
import { Admin, CustomRoutes, Resource } from "react-admin";
import { Route } from "react-router-dom";
import { accountRoutes } from "./account/index.tsx";
import assignments from "./assignments/index.ts";
import audit from "./audit/index.ts";
import { createAuthProvider } from "./auth/authProvider.ts";
import { canEditPlan, canManageUnits, canManageUsers, canReadAudit, type Permissions } from "./auth/permissions.ts";
import { Home } from "./dashboard/Home.tsx";
import { createDataProvider } from "./dataProvider/index.ts";
import { graphqlClient } from "./graphqlClient.ts";
import { i18nProvider } from "./i18n/index.ts";
import indicators from "./indicators/index.ts";
import { Layout } from "./layout/Layout.tsx";
import { theme } from "./layout/theme.ts";
import periods from "./periods/index.ts";
import { planImportRoutes } from "./planImport/index.tsx";
import plans from "./plans/index.ts";
import reports, { reportRoutes } from "./reports/index.tsx";
import tasks from "./tasks/index.ts";
import units from "./units/index.ts";
import users from "./users/index.ts";

const dataProvider = createDataProvider(graphqlClient);
const authProvider = createAuthProvider(graphqlClient);

/** Drops create/edit screens for roles that may not write. */
function writable<T extends object>(resource: T, allowed: boolean): T {
  if (allowed) return resource;
  const { create: _create, edit: _edit, ...readOnly } = resource as T & { create?: unknown; edit?: unknown };
  return readOnly as T;
}

export function App() {
  return (
    <Admin
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
          <Resource name="plans" {...writable(plans, canEditPlan(permissions))} />
          <Resource name="indicators" {...writable(indicators, canEditPlan(permissions))} />
          <Resource name="tasks" {...writable(tasks, canEditPlan(permissions))} />
          <Resource name="progressReports" {...reports} />
          <Resource name="reportingPeriods" {...writable(periods, canEditPlan(permissions))} />
          <Resource name="assignments" {...writable(assignments, canEditPlan(permissions))} />
          <Resource name="units" {...writable(units, canManageUnits(permissions))} />
          {canManageUsers(permissions) ? <Resource name="users" {...users} /> : null}
          {canReadAudit(permissions) ? <Resource name="auditEvents" {...audit} /> : null}
          <CustomRoutes>
            {[...accountRoutes, ...reportRoutes, ...(canEditPlan(permissions) ? planImportRoutes : [])].map((route) => (
              <Route key={route.path} path={route.path} element={route.element} />
            ))}
          </CustomRoutes>
        </>
      )}
    </Admin>
  );
}
