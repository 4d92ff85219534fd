// Vitest globalSetup of every package that tests against a database: builds this run's migrated
// and seeded databases once — embedded images in a temporary folder and template databases on the
// PostgreSQL server — so each test file copies one instead of migrating and seeding (seconds, and
// far more on a busy machine). Removes them when the run ends, and the leftovers of crashed runs.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseInstant } from "@kehoach/domain";
import { openDatabase } from "./client.ts";
import { migrateDeploy } from "./migrate/index.ts";
import { onTestServer, seedTestDatabase, testDatabaseUrl } from "./testing.ts";
import {
  realEpochSeconds,
  runTemplates,
  TEST_DATABASE_PREFIX,
  TEST_FOLDER_PREFIX,
  TEST_TEMPLATE_PREFIX,
} from "./testTemplateNames.ts";

/** No test run lasts this long: what a run left behind after it is a crashed run's. */
const STALE_AFTER_S = 6 * 3600;

interface ProvideContext {
  provide(key: "kehoachTestRun", value: string): void;
}

export default async function setup(project: ProvideContext) {
  await removeStaleLeftovers();
  const run = `${realEpochSeconds()}_${crypto.randomBytes(3).toString("hex")}`;
  process.env.KEHOACH_TEST_RUN = run;
  project.provide("kehoachTestRun", run);
  const names = runTemplates() as NonNullable<ReturnType<typeof runTemplates>>;
  fs.mkdirSync(names.dir, { recursive: true });
  const today = parseInstant(process.env.TEST_NOW ?? "");
  const teardown = async () => {
    for (const name of [names.postgres.seeded, names.postgres.migrated]) {
      await onTestServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
    }
    fs.rmSync(names.dir, { recursive: true, force: true });
  };
  try {
    const embedded = await openDatabase({ dataDir: "memory://" });
    try {
      await migrateDeploy(embedded.migrationTarget);
      await dumpTo(embedded, names.embedded.migrated);
      await seedTestDatabase(embedded, today);
      await dumpTo(embedded, names.embedded.seeded);
    } finally {
      await embedded.close();
    }
    await buildPostgresTemplates(names.postgres, today);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

async function dumpTo(db: Awaited<ReturnType<typeof openDatabase>>, file: string) {
  if (db.migrationTarget.kind !== "embedded") throw new Error("not an embedded database");
  const image = await db.migrationTarget.db.dumpDataDir("none");
  fs.writeFileSync(file, Buffer.from(await image.arrayBuffer()));
}

async function buildPostgresTemplates(names: { migrated: string; seeded: string }, today: Date) {
  await onTestServer(`CREATE DATABASE "${names.migrated}"`);
  const migrated = await openDatabase({ databaseUrl: testDatabaseUrl(names.migrated), poolSize: 2 });
  try {
    await migrateDeploy(migrated.migrationTarget);
  } finally {
    await migrated.close();
  }
  await closeConnections(names.migrated);
  await onTestServer(`CREATE DATABASE "${names.seeded}" TEMPLATE "${names.migrated}"`);
  const seeded = await openDatabase({ databaseUrl: testDatabaseUrl(names.seeded), poolSize: 2 });
  try {
    await seedTestDatabase(seeded, today);
  } finally {
    await seeded.close();
  }
  await closeConnections(names.seeded);
}

/** A template is copied only with no one connected: the migration engine's pool may linger a moment. */
async function closeConnections(database: string) {
  await onTestServer(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid()`,
  );
}

/** Databases and folders of runs that ended without cleaning up (killed, or the machine stopped). */
async function removeStaleLeftovers() {
  const now = realEpochSeconds();
  const stale = (name: string, prefix: string) => {
    const started = Number(name.slice(prefix.length).split("_")[0]);
    return Number.isFinite(started) && started > 0 && now - started > STALE_AFTER_S;
  };
  const { rows } = await onTestServer(
    `SELECT datname FROM pg_database WHERE datname LIKE '${TEST_DATABASE_PREFIX}%' OR datname LIKE '${TEST_TEMPLATE_PREFIX}%'`,
  );
  for (const { datname } of rows as { datname: string }[]) {
    const prefix = datname.startsWith(TEST_TEMPLATE_PREFIX) ? TEST_TEMPLATE_PREFIX : TEST_DATABASE_PREFIX;
    if (stale(datname, prefix)) await onTestServer(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
  for (const entry of fs.readdirSync(os.tmpdir())) {
    if (entry.startsWith(TEST_FOLDER_PREFIX) && stale(entry, TEST_FOLDER_PREFIX)) {
      fs.rmSync(path.join(os.tmpdir(), entry), { recursive: true, force: true });
    }
  }
}
