// The plan import screen, loaded lazily by its route: the page on the console's own GraphQL client.
import { graphqlClient } from "../graphqlClient.ts";
import { PlanImportPage } from "./PlanImportPage.tsx";

export default function PlanImport() {
  return <PlanImportPage client={graphqlClient} />;
}
