// The console's frame: react-admin's layout with a menu that shows each user only what the role
// may use — the dashboard, the unit's monthly report, the review queue, the plan import, then the
// resources — under an app bar that leaves the title room on a phone, with a user menu to change
// one's password or sign out.
import ReportIcon from "@mui/icons-material/EditNote";
import ReviewIcon from "@mui/icons-material/FactCheck";
import type { ReactNode } from "react";
import { Logout, Menu, Layout as RaLayout, UserMenu, usePermissions } from "react-admin";
import { ChangePasswordMenuItem } from "../account/index.tsx";
import { canEditPlan, canFillReport, canReviewReports, type Permissions } from "../auth/permissions.ts";
import { PLAN_IMPORT_PATH, PlanImportIcon } from "../planImport/index.tsx";
import { AppBar } from "./AppBar.tsx";

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
      <Menu.ResourceItems />
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
