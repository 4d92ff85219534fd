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
  {
    databases: true,
    dayIndependent: {
      "src/planImport/PlanImportPage.test.tsx": "the import screen on a stubbed draft, without periods",
      "src/planImport/documentFile.test.ts": "which files may be uploaded",
      "test/planImport.real.test.ts": "uploading a document to the real API, without periods",
      "src/account/ChangePasswordPage.test.tsx": "the password form",
      "src/i18n/i18n.test.ts": "the message catalogues",
      "src/graphqlClient.test.ts": "the client's transport and errors",
      "src/dashboard/lazyComponent.test.tsx": "loading a screen's code",
      "src/fields/leaderName.test.ts": "a leader's display name",
      "src/auth/permissions.test.ts": "the console's access table",
      "test/first-load.test.ts": "the size of the built console",
    },
  },
);
