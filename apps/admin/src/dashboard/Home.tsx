// The landing page: the roll-up of its wards for a city's leaders, office and administrator; the
// leader dashboard for a ward's ADMIN, OFFICE, LEADER and SUPERVISOR; the monthly report form for
// the staff of a unit.
import { Loading, usePermissions } from "react-admin";
import { landsOnCityOverview, landsOnMonthlyReport, type Permissions } from "../auth/permissions.ts";
import { graphqlClient } from "../graphqlClient.ts";
import { Dashboard } from "./Dashboard.tsx";
import { lazyComponent, useLazyComponent } from "./lazyComponent.ts";

const monthlyReportPage = lazyComponent(() => import("../reports/MonthlyReportPage.tsx"));
const cityOverviewPage = lazyComponent(() => import("../cityOverview/CityOverview.tsx"));

function MonthlyReport() {
  const Page = useLazyComponent(monthlyReportPage);
  return Page ? <Page /> : <Loading />;
}

function CityOverview() {
  const Page = useLazyComponent(cityOverviewPage);
  return Page ? <Page /> : <Loading />;
}

export function Home() {
  const { permissions, isPending } = usePermissions<Permissions>();
  if (isPending) return <Loading />;
  if (landsOnCityOverview(permissions)) return <CityOverview />;
  if (landsOnMonthlyReport(permissions)) return <MonthlyReport />;
  return <Dashboard client={graphqlClient} />;
}
