// Shared Vitest settings: every package writes a JSON report to .test-results/ so that
// `pnpm test` can print one closing line "N passed, N failed" for the whole repository.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig, type ViteUserConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export function packageTestConfig(name: string, overrides: ViteUserConfig = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        reporters: ["default", "json"],
        outputFile: { json: path.join(root, ".test-results", `${name}.json`) },
        testTimeout: 60_000,
        hookTimeout: 120_000,
      },
    }),
    overrides,
  );
}
