// The production build (build.ts) as `npm start` runs it: plain node, no TypeScript loader, on a
// fresh embedded database in a temporary DATA_DIR. Builds first (esbuild, about a second), so that
// the bundle tested is the one of these sources.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "@kehoach/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const apiDir = path.join(repoRoot, "apps", "api");
const dist = path.join(apiDir, "dist");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-production-build-"));
let server: ChildProcess | undefined;
let output = "";

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

beforeAll(async () => {
  await promisify(execFile)(process.execPath, ["--import", "tsx", "build.ts"], { cwd: apiDir });
}, 60_000);

afterAll(async () => {
  if (server && running(server)) {
    server.kill("SIGKILL");
    await once(server, "exit");
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The URL the server prints once /healthz has answered, or the server's output when it stops or takes too long. */
function startedUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not started after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk;
      const url = /is running: (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`stopped (${code ?? signal}):\n${output}`));
    });
  });
}

describe("the production build", () => {
  it("imports no TypeScript loader at run time", () => {
    const bundles = fs.readdirSync(dist).filter((name) => name.endsWith(".js"));
    expect(bundles).toEqual(expect.arrayContaining(["main.js", "cluster.js"]));
    for (const name of bundles) {
      const code = fs.readFileSync(path.join(dist, name), "utf8");
      expect(code, name).not.toMatch(/["']tsx(\/[^"']*)?["']/);
      expect(code, name).not.toMatch(/from ["'][^"']*\.ts["']/);
    }
  });

  it("starts with plain node on a fresh embedded database, answers /healthz and stops on SIGTERM", async () => {
    server = spawn(process.execPath, ["--enable-source-maps", "dist/main.js"], {
      cwd: apiDir,
      env: {
        ...process.env,
        // Nothing from the test runner's own node (a loader) reaches the server.
        NODE_OPTIONS: "",
        PORT: "0",
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        REDIS_URL: "",
        KEHOACH_NOW: process.env.TEST_NOW,
        LOG_FORMAT: "json",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // About 15 s on an idle machine (the migrations, then the seed); more beside other test files.
    const url = await startedUrl(server, 90_000);
    const health = await fetch(new URL("healthz", url));
    expect(health.status).toBe(200);

    server.kill("SIGTERM");
    const [code] = await once(server, "exit");
    expect(code, output).toBe(0);
  }, 120_000);
});
