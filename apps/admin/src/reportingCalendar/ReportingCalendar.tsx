// The reporting calendar screen, loaded lazily by its route: the page on the console's own GraphQL client.
import { graphqlClient } from "../graphqlClient.ts";
import { ReportingCalendarPage } from "./ReportingCalendarPage.tsx";

export default function ReportingCalendar() {
  return <ReportingCalendarPage client={graphqlClient} />;
}
