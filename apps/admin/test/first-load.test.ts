// What a phone downloads before the console's first screen: the JavaScript that index.html loads
// (its module script and modulepreload files), gzipped at level 9 as the API serves it. Built here
// from a shell with NODE_ENV=development, as `npm start` may be run: that once put React's
// development build in the bundle (≈400 KB instead of ≈310 KB).
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";

const adminDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The budget of the first load, in bytes (measured 316,705 on 2026-12-06). */
const FIRST_LOAD_BUDGET = 330 * 1024;

describe("the console's first load", () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-first-load-"));
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it("is at most 330 KB of gzipped JavaScript, with React's production build even from a development shell", async () => {
    await promisify(execFile)("pnpm", ["exec", "vite", "build", "--outDir", outDir, "--logLevel", "error"], {
      cwd: adminDir,
      env: { ...process.env, NODE_ENV: "development" },
    });
    const html = fs.readFileSync(path.join(outDir, "index.html"), "utf8");
    const files = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string));
    expect(files.size).toBeGreaterThan(0);
    const bytes = [...files].reduce(
      (sum, file) => sum + gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length,
      0,
    );
    const javascript = [...files].map((file) => fs.readFileSync(path.join(outDir, file), "utf8")).join("\n");
    // React's development build carries its warnings; the production build does not.
    expect(javascript).not.toContain("Each child in a list should have a unique");
    expect(bytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  }, 300_000);
});
