// What other packages' tests may use of the API's test support (package export "@kehoach/api/testing"):
// a real API on a fresh seeded database, signing in, the report fixtures of the seeded plan, and the
// reminder sender a test runs on its own clock.
// Everything else under test/ stays the API's own.

export { sendReminders } from "../../src/reminders/sendReminders.ts";
export { gid, loadFixtures, makeReport, setPeriodStatus } from "../report/support.ts";
export { graphql, login, startTestServer, TEST_PASSWORD, type TestServer } from "./server.ts";
