// The leader dashboard: its data (useOverview) and the page's code (DashboardPage, a chunk of its
// own) load together, or were started before react-admin had booted (prefetch.ts).
import { Loading } from "react-admin";
import type { GraphqlClient } from "../dataProvider/types.ts";
import { useLazyComponent } from "./lazyComponent.ts";
import { loadDashboard } from "./loadDashboard.ts";
import { dashboardPage, takePrefetched } from "./prefetch.ts";
import { useOverview } from "./useOverview.ts";

const loadPrefetchedFirst = (client: GraphqlClient, periodId?: string) =>
  (periodId === undefined ? takePrefetched(client) : null) ?? loadDashboard(client, periodId);

export function Dashboard({ client }: { client: GraphqlClient }) {
  const overview = useOverview(client, loadPrefetchedFirst);
  const Page = useLazyComponent(dashboardPage);
  return Page ? <Page {...overview} /> : <Loading />;
}
