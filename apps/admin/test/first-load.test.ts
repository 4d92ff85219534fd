// What a phone downloads before the console's first screen: the JavaScript that index.html loads
// (its module script and modulepreload files), gzipped at level 9 as the API serves it. Built from a
// shell with NODE_ENV=development, as `npm start` may be run (that once put React's development build
// in the bundle: ≈400 KB instead of ≈310 KB), and from one without NODE_ENV: the two builds are the
// same files, byte for byte. The measured size is printed with the test's output.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";

const adminDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/**
 * The budget of the first load (issue 15: ≤ 300 KB gzipped), in bytes: 300 KB of 1,000 bytes, the
 * stricter reading (measured 284,140 on 2026-12-07; 335,367 before the sign-in page, the data
 * provider's resources and the GraphQL documents left it).
 */
const FIRST_LOAD_BUDGET = 300_000;

/** The JavaScript files index.html loads, and their gzipped size. */
interface FirstLoad {
  files: Map<string, Buffer>;
  gzipped: number;
}

async function build(outDir: string, env: NodeJS.ProcessEnv): Promise<FirstLoad> {
  await promisify(execFile)("pnpm", ["exec", "vite", "build", "--outDir", outDir, "--logLevel", "error"], {
    cwd: adminDir,
    env,
  });
  const html = fs.readFileSync(path.join(outDir, "index.html"), "utf8");
  const names = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string));
  const files = new Map([...names].map((name) => [name, fs.readFileSync(path.join(outDir, name))] as const));
  const gzipped = [...files.values()].reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
  return { files, gzipped };
}

describe("the console's first load", () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-first-load-"));
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it("is at most 300 KB of gzipped JavaScript, React's production build whatever the shell's NODE_ENV", async () => {
    const { NODE_ENV: _shells, ...withoutNodeEnv } = process.env;
    const [fromDevelopmentShell, fromPlainShell] = await Promise.all([
      build(path.join(outDir, "development-shell"), { ...withoutNodeEnv, NODE_ENV: "development" }),
      build(path.join(outDir, "plain-shell"), withoutNodeEnv),
    ]);
    const kilobytes = (fromDevelopmentShell.gzipped / 1000).toFixed(1);
    process.stdout.write(
      `first load: ${fromDevelopmentShell.gzipped} bytes gzipped (${kilobytes} KB of ${FIRST_LOAD_BUDGET / 1000}) ` +
        `in ${fromDevelopmentShell.files.size} files (${[...fromDevelopmentShell.files.keys()].join(", ")}); ` +
        `without NODE_ENV: ${fromPlainShell.gzipped} bytes\n`,
    );

    expect(fromDevelopmentShell.files.size).toBeGreaterThan(0);
    // React's development build carries its warnings; the production build does not.
    const javascript = [...fromDevelopmentShell.files.values()].map((code) => code.toString("utf8")).join("\n");
    expect(javascript).not.toContain("Each child in a list should have a unique");
    // The same build either way: the same files (their names are hashes of their content).
    expect([...fromDevelopmentShell.files.keys()]).toEqual([...fromPlainShell.files.keys()]);
    expect(fromDevelopmentShell.gzipped).toBe(fromPlainShell.gzipped);
    expect(fromDevelopmentShell.gzipped).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  }, 300_000);
});
