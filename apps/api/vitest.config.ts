import { createRequire } from "node:module";
import { packageTestConfig } from "../../vitest.shared.ts";

const require = createRequire(import.meta.url);

export default packageTestConfig(
  "api",
  {
    // One graphql instance: Pothos and Apollo load graphql's CommonJS build, so the tests must too.
    resolve: { alias: { graphql: require.resolve("graphql") } },
  },
  {
    databases: true,
    dayIndependent: {
      "test/faults/redis-down.test.ts": "Redis stopped under sign-ins, no date read",
      "test/faults/postgres-restart.test.ts": "PostgreSQL restarted under saves in a period the test opens",
      "test/overview/city-shared-indicators.test.ts": "the city roll-up of a named month",
      "test/http-edge.fuzz.test.ts": "malformed requests, refused before any date is read",
      "test/protection.test.ts": "request limits and error hygiene",
      "test/operations-within-limits.test.ts": "the console's operations against the limits",
      "test/planImport/readDocument.test.ts": "reading uploaded files into text",
      "test/planImport/cli.test.ts": "the import CLI's draft and corrections, without periods",
      "test/planImport/formats.test.ts": "the same plan read from Word, PDF and text",
      "test/planImport/planScore.test.ts": "the scoring CLI on the fixed documents",
      "test/access/guarded-types.test.ts": "a walk of the printed schema",
      "test/clock-reads.test.ts": "a scan of the source for clock reads",
      "test/schema-drift.test.ts": "the printed SDL against the built schema",
      "test/schema-readme.test.ts": "the schema README against the schema",
      "test/turbo-env.test.ts": "turbo.json against the env vars the code reads",
      "test/test-summary.test.ts": "the closing line's arithmetic",
      "test/console-assets.test.ts": "the console's built files",
      "test/productionBuild.test.ts": "the built server starts and answers /healthz",
      "test/release.test.ts": "the packed release starts offline; no date read",
      "test/wardReport/ward-report.test.ts": "a November report evaluated as of November, opened in LibreOffice",
      "test/wardReport/resident-libreoffice.test.ts": "converts documents with no date in them",
      "test/jurisdiction/create-jurisdiction.test.ts": "accounts and wards, no period or figure",
      "test/report/period-schedule.test.ts": "walks its own fake clock over the whole year",
    },
  },
);
