// The leader dashboard, loaded lazily by Home: the page on the console's own GraphQL client.
import { graphqlClient } from "../graphqlClient.ts";
import { DashboardPage } from "./DashboardPage.tsx";

export default function Dashboard() {
  return <DashboardPage client={graphqlClient} />;
}
