// What other packages' tests may use of the API's test support (package export "@kehoach/api/testing"):
// a real API on a fresh seeded database, signing in, and the report fixtures of the seeded plan.
// Everything else under test/ stays the API's own.
export { gid, loadFixtures, makeReport, setPeriodStatus } from "../report/support.ts";
export { graphql, login, startTestServer, TEST_PASSWORD, type TestServer } from "./server.ts";
