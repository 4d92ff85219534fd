// Shared Vitest settings: every package writes a JSON report to .test-results/ so that `npm test`
// can print one closing line "N passed, N failed" for the whole repository; every test runs on a
// fixed day (vitest.setup.ts); packages with database tests build their databases once per run.
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig, mergeConfig, type ViteUserConfig } from "vitest/config";
import { DEFAULT_TEST_NOW } from "./scripts/lib/testNow.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));

// `npm test` also runs the suites on the hard days of the calendar (scripts/test.sh).
process.env.TEST_NOW ||= DEFAULT_TEST_NOW;

type Options = {
  databases?: boolean;
  /** Test files whose answers cannot depend on the day, each with the reason: the hard-day passes of
   * `npm test` (TEST_HARD_DAY=1) skip them, since they already ran on the fixed day. */
  dayIndependent?: Record<string, string>;
};

export function packageTestConfig(name: string, overrides: ViteUserConfig = {}, options: Options = {}) {
  const hardDay = process.env.TEST_HARD_DAY === "1";
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
        ...(hardDay && options.dayIndependent
          ? { exclude: [...configDefaults.exclude, ...Object.keys(options.dayIndependent)] }
          : {}),
        testTimeout: 60_000,
        hookTimeout: 120_000,
      },
    }),
    overrides,
  );
}
