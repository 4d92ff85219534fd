// Shared Vitest settings: every package writes a JSON report to .test-results/ so that `npm test`
// can print one closing line "N passed, N failed" for the whole repository; every test runs on a
// fixed day (vitest.setup.ts); packages with database tests build their databases once per run.
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig, type ViteUserConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * The instant every test starts at, unless TEST_NOW says another: a working day of the plan year
 * with December's period open. `npm test` also runs the suite on the hard days (scripts/test.sh).
 */
export const DEFAULT_TEST_NOW = "2026-12-14T09:30:00+07:00";
process.env.TEST_NOW ||= DEFAULT_TEST_NOW;

export function packageTestConfig(name: string, overrides: ViteUserConfig = {}, options: { databases?: boolean } = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        reporters: ["default", "json"],
        outputFile: { json: path.join(root, ".test-results", `${name}${process.env.TEST_REPORT_SUFFIX ?? ""}.json`) },
        // One worker a core: packages run one after another (scripts/run-suites.mjs), and more
        // workers than cores only make each test slower.
        maxWorkers: Math.max(1, os.availableParallelism()),
        env: { TEST_NOW: process.env.TEST_NOW },
        setupFiles: [path.join(root, "vitest.setup.ts")],
        ...(options.databases ? { globalSetup: [path.join(root, "packages/db/src/testTemplates.ts")] } : {}),
        testTimeout: 60_000,
        hookTimeout: 120_000,
      },
    }),
    overrides,
  );
}
