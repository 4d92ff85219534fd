// The landing page: the leader dashboard for ADMIN, OFFICE, LEADER and SUPERVISOR; the monthly
// report form for the staff of a unit.
import { Loading, usePermissions } from "react-admin";
import { landsOnMonthlyReport, type Permissions } from "../auth/permissions.ts";
import { graphqlClient } from "../graphqlClient.ts";
import { Dashboard } from "./Dashboard.tsx";
import { lazyComponent, useLazyComponent } from "./lazyComponent.ts";

const monthlyReportPage = lazyComponent(() => import("../reports/MonthlyReportPage.tsx"));

function MonthlyReport() {
  const Page = useLazyComponent(monthlyReportPage);
  return Page ? <Page /> : <Loading />;
}

export function Home() {
  const { permissions, isPending } = usePermissions<Permissions>();
  if (isPending) return <Loading />;
  if (landsOnMonthlyReport(permissions)) return <MonthlyReport />;
  return <Dashboard client={graphqlClient} />;
}
