import { createRequire } from "node:module";
import react from "@vitejs/plugin-react";
import { packageTestConfig } from "../../vitest.shared.ts";

const require = createRequire(import.meta.url);

export default packageTestConfig(
  "admin",
  {
    test: { environment: "jsdom", setupFiles: ["test/support/setup.ts"] },
    plugins: [react()],
    // Tests that start the real API in-process need one graphql instance: Pothos and Apollo load
    // graphql's CommonJS build, so the console's code must too.
    resolve: { alias: { graphql: require.resolve("graphql") } },
  },
  { databases: true },
);
