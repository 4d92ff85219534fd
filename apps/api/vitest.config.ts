import { createRequire } from "node:module";
import { packageTestConfig } from "../../vitest.shared.ts";

const require = createRequire(import.meta.url);

export default packageTestConfig(
  "api",
  {
    // One graphql instance: Pothos and Apollo load graphql's CommonJS build, so the tests must too.
    resolve: { alias: { graphql: require.resolve("graphql") } },
  },
  { databases: true },
);
