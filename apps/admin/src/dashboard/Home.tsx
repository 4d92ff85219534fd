// The landing page: the leader dashboard for ADMIN, OFFICE, LEADER and SUPERVISOR; the monthly
// report form for the staff of a unit.
import { lazy, Suspense } from "react";
import { Loading, usePermissions } from "react-admin";
import { canFillReport, type Permissions, seesDashboard } from "../auth/permissions.ts";

const Dashboard = lazy(() => import("./Dashboard.tsx"));
const MonthlyReportPage = lazy(() => import("../reports/MonthlyReportPage.tsx"));

export function Home() {
  const { permissions, isPending } = usePermissions<Permissions>();
  if (isPending) return <Loading />;
  const page = canFillReport(permissions) && !seesDashboard(permissions) ? <MonthlyReportPage /> : <Dashboard />;
  return <Suspense fallback={<Loading />}>{page}</Suspense>;
}
