// The city's roll-up, loaded lazily: the page on the console's own GraphQL client.
import { graphqlClient } from "../graphqlClient.ts";
import { CityOverviewPage } from "./CityOverviewPage.tsx";

export default function CityOverview() {
  return <CityOverviewPage client={graphqlClient} />;
}
