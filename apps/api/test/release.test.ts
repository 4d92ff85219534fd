// `pnpm release` (scripts/release.mjs, issue 15, item 3): the archive starts with only Node.js, on a
// machine with no registry. Packs the build outputs of this test run once (--no-build: the run has
// built them), unpacks the archive in a temporary folder and starts it with nothing but `node` on
// PATH, the registry unreachable and an empty HOME: on the embedded database (in the unpacked
// folder, its default) and on a fresh PostgreSQL database. Logs the first and second start times;
// asserts behaviour only (the 20 s / 3 s are measured on an idle machine, not here).
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "@kehoach/db";
import {
  createPostgresTestDatabase,
  seedTestDatabase,
  TEST_DEMO_PASSWORD,
  type TestDatabase,
} from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, login } from "./support/server.ts";

const run = promisify(execFile);
const DEMO_PASSWORD = "mat-khau-ban-phat-hanh-2026";
const PLANS = `{ plans(first: 1) { totalCount } }`;

const temp = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-release-"));
const bin = path.join(temp, "bin");
const home = path.join(temp, "home");
let appRoot = "";
const children = new Set<ChildProcess>();
let database: TestDatabase | undefined;

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

beforeAll(async () => {
  const packed = await run(
    process.execPath,
    [path.join(repoRoot, "scripts/release.mjs"), "--no-build", "--out", temp],
    {
      cwd: repoRoot,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const archive = fs.readdirSync(temp).find((name) => /^kehoach-.+\.tar\.gz$/.test(name));
  if (!archive) throw new Error(`no archive written:\n${packed.stdout}${packed.stderr}`);
  const unpacked = path.join(temp, "unpacked");
  fs.mkdirSync(unpacked);
  await run("tar", ["-xzf", path.join(temp, archive), "-C", unpacked]);
  fs.rmSync(path.join(temp, archive));
  const [top] = fs.readdirSync(unpacked);
  appRoot = path.join(unpacked, top as string);
  // Only node on PATH: no pnpm, npm or npx (they sit beside node in /usr/bin) to install anything.
  fs.mkdirSync(bin);
  fs.symlinkSync(process.execPath, path.join(bin, "node"));
  fs.mkdirSync(home);
}, 600_000);

afterAll(async () => {
  for (const child of children) {
    if (running(child)) {
      child.kill("SIGKILL");
      await once(child, "exit");
    }
  }
  await database?.drop();
  fs.rmSync(temp, { recursive: true, force: true });
});

/** Starts the unpacked release as a user would (`node start.mjs`); resolves once it prints its URL. */
async function start(env: Record<string, string>) {
  const began = performance.now();
  const child = spawn("node", ["start.mjs"], {
    cwd: appRoot,
    // Nothing from this process's environment: no NODE_PATH, NODE_OPTIONS or workspace paths.
    env: {
      PATH: bin,
      HOME: home,
      TMPDIR: temp,
      npm_config_registry: "http://127.0.0.1:9/",
      PORT: "0",
      HOST: "127.0.0.1",
      DEMO_PASSWORD,
      LOG_FORMAT: "json",
      LOG_LEVEL: "warn",
      ...(process.env.TEST_NOW ? { KEHOACH_NOW: process.env.TEST_NOW } : {}),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      const found = /is running: (http:\/\/\S+)/.exec(output)?.[1];
      if (found) resolve(found.replace(/\/$/, ""));
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code, signal) => reject(new Error(`stopped (${code ?? signal}):\n${output}`)));
  });
  const seconds = (performance.now() - began) / 1000;
  // It printed its URL after /healthz answered; ask again from here.
  let health = 0;
  for (let attempt = 0; attempt < 50 && health !== 200; attempt++) {
    health = await fetch(`${url}/healthz`).then(
      (res) => res.status,
      () => 0,
    );
    if (health !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(health, output).toBe(200);
  return {
    url,
    seconds,
    output: () => output,
    async stop() {
      child.kill("SIGTERM");
      const [code, signal] = running(child) ? await once(child, "exit") : [child.exitCode, child.signalCode];
      children.delete(child);
      // Outside tests (NODE_ENV unset) Apollo Server stops itself on SIGTERM and raises the signal
      // again, which ends the process before main.ts's own shutdown returns exit code 0.
      expect(code === 0 || signal === "SIGTERM", `exit ${code ?? signal}:\n${output}`).toBe(true);
    },
  };
}

async function plansAs(url: string, password: string) {
  const token = await login(url, "vanphong", password);
  const res = await graphql<{ plans: { totalCount: number } }>(url, PLANS, {}, token);
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.plans.totalCount;
}

/** Every symbolic link under dir, with where it leads. */
function* links(dir: string): Generator<[string, string]> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) yield [full, path.resolve(dir, fs.readlinkSync(full))];
    else if (entry.isDirectory()) yield* links(full);
  }
}

describe("the release archive", () => {
  it("holds the build, the console, the migrations, the engines and the dependencies, linked only inside itself", () => {
    for (const file of [
      "start.mjs",
      "apps/api/dist/main.js",
      "apps/admin/dist/index.html",
      "prisma/schema.prisma",
      "prisma/migrations/migration_lock.toml",
      "packages/db/node_modules/@prisma/schema-engine-wasm/schema_engine_bg.wasm",
      "apps/api/node_modules/@prisma/client/package.json",
    ]) {
      expect(fs.existsSync(path.join(appRoot, file)), file).toBe(true);
    }
    const found = [...links(appRoot)];
    expect(found.length).toBeGreaterThan(0);
    const outside = found.filter(([, target]) => !target.startsWith(`${appRoot}${path.sep}`)).map(([link]) => link);
    expect(outside).toEqual([]);
    const dangling = found.filter(([, target]) => !fs.existsSync(target)).map(([link]) => link);
    expect(dangling).toEqual([]);
    // No TypeScript sources of the workspace: they are inside the bundle.
    expect(fs.existsSync(path.join(appRoot, "apps/api/node_modules/@kehoach"))).toBe(false);
  });

  it("starts offline on the embedded database in the unpacked folder, then again on the same data", async () => {
    const first = await start({});
    expect(fs.existsSync(path.join(appRoot, "data"))).toBe(true);
    expect(await plansAs(first.url, DEMO_PASSWORD)).toBeGreaterThan(0);
    await first.stop();

    const second = await start({});
    expect(await plansAs(second.url, DEMO_PASSWORD)).toBeGreaterThan(0);
    await second.stop();
    console.log(
      `release, embedded database: first start ${first.seconds.toFixed(1)} s (migrations and seed), second ${second.seconds.toFixed(1)} s; load ${os.loadavg()[0]?.toFixed(1)}`,
    );
  }, 300_000);

  it("starts offline on PostgreSQL: migrates an empty database, then serves it once seeded", async () => {
    database = await createPostgresTestDatabase();
    const databaseUrl = database.url as string;
    const first = await start({ DATABASE_URL: databaseUrl });
    await first.stop();
    const applied = await database.db.prisma.$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
    );
    const migrations = fs
      .readdirSync(path.join(appRoot, "prisma/migrations"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory());
    expect(applied[0]?.count).toBe(migrations.length);

    // The API seeds only the embedded database; a PostgreSQL server gets its data from its operators.
    await seedTestDatabase(database.db, new Date());
    const second = await start({ DATABASE_URL: databaseUrl });
    expect(await plansAs(second.url, TEST_DEMO_PASSWORD)).toBeGreaterThan(0);
    await second.stop();
    console.log(
      `release, PostgreSQL: first start ${first.seconds.toFixed(1)} s (migrations), second ${second.seconds.toFixed(1)} s; load ${os.loadavg()[0]?.toFixed(1)}`,
    );
  }, 300_000);
});
