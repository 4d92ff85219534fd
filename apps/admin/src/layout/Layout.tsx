// The console's frame: react-admin's layout with a menu that shows each user only what the role
// may use — the dashboard, the unit's monthly report, the review queue, the plan import, then the
// resources, with the reporting calendar after the reporting periods — under an app bar that leaves
// the title room on a phone, with a user menu to change one's password or sign out.
import ReportIcon from "@mui/icons-material/EditNote";
import ReviewIcon from "@mui/icons-material/FactCheck";
import { Fragment, type ReactNode } from "react";
import { Logout, Menu, Layout as RaLayout, UserMenu, usePermissions, useResourceDefinitions } from "react-admin";
import { ChangePasswordMenuItem } from "../account/index.tsx";
import {
  canEditPlan,
  canFillReport,
  canManagePeriods,
  canReviewReports,
  type Permissions,
} from "../auth/permissions.ts";
import { PLAN_IMPORT_PATH, PlanImportIcon } from "../planImport/index.tsx";
import { REPORTING_CALENDAR_PATH, ReportingCalendarIcon } from "../reportingCalendar/index.tsx";
import { AppBar } from "./AppBar.tsx";

/** One item per resource with a list (react-admin's own), the reporting calendar right after the periods. */
function ResourceItems({ permissions }: { permissions: Permissions | undefined }) {
  const resources = useResourceDefinitions();
  return (
    <>
      {Object.keys(resources)
        .filter((name) => resources[name]?.hasList)
        .map((name) => (
          <Fragment key={name}>
            <Menu.ResourceItem name={name} />
            {name === "reportingPeriods" && canManagePeriods(permissions) ? (
              <Menu.Item
                to={REPORTING_CALENDAR_PATH}
                primaryText="app.menu.reporting_calendar"
                leftIcon={<ReportingCalendarIcon />}
              />
            ) : null}
          </Fragment>
        ))}
    </>
  );
}

function RoleMenu() {
  const { permissions } = usePermissions<Permissions>();
  return (
    <Menu>
      <Menu.DashboardItem />
      {canFillReport(permissions) ? (
        <Menu.Item to="/monthly-report" primaryText="app.menu.monthly_report" leftIcon={<ReportIcon />} />
      ) : null}
      {canReviewReports(permissions) ? (
        <Menu.Item to="/review" primaryText="app.menu.review" leftIcon={<ReviewIcon />} />
      ) : null}
      {canEditPlan(permissions) ? (
        <Menu.Item to={PLAN_IMPORT_PATH} primaryText="app.menu.plan_import" leftIcon={<PlanImportIcon />} />
      ) : null}
      <ResourceItems permissions={permissions} />
    </Menu>
  );
}

function AccountAppBar() {
  return (
    <AppBar
      userMenu={
        <UserMenu>
          <ChangePasswordMenuItem />
          <Logout />
        </UserMenu>
      }
    />
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout menu={RoleMenu} appBar={AccountAppBar}>
      {children}
    </RaLayout>
  );
}
