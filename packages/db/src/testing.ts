// Test support: a throwaway database per test file — a uniquely named PostgreSQL database on the
// server (dropped afterwards), or an in-memory embedded one — so runs never see each other's rows.
// A test run builds its migrated and seeded databases once (testTemplates.ts, Vitest's globalSetup);
// each file then starts from a copy instead of migrating and seeding again.
import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { type Database, openDatabase } from "./client.ts";
import { pgConfigFromUrl } from "./migrate/engine.ts";
import { migrateDeploy } from "./migrate/index.ts";
import { seedDatabase } from "./seed/index.ts";
import { realEpochSeconds, runTemplates, TEST_DATABASE_PREFIX, type TemplateState } from "./testTemplateNames.ts";

/** The server tests use: TEST_DATABASE_URL (any database on it), default the local server. */
export const testServerUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** Password of every demo account in a seeded test database (the seed's demo usernames are a contract). */
export const TEST_DEMO_PASSWORD = "mat-khau-kiem-thu-2026";

export interface TestDatabaseOptions {
  /** Apply the migrations. */
  migrate?: boolean;
  /** Migrate and load the Tân Hưng seed with demo accounts (password TEST_DEMO_PASSWORD). */
  seed?: boolean;
  logQueries?: boolean;
}

export interface TestDatabase {
  db: Database;
  /** Connection string of this test's own database (PostgreSQL only). */
  url?: string;
  drop(): Promise<void>;
}

/** Runs one statement on the test server's maintenance database. */
export async function onTestServer(sql: string) {
  const client = new pg.Client(pgConfigFromUrl(testServerUrl));
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function wanted(options: TestDatabaseOptions): TemplateState | null {
  return options.seed ? "seeded" : options.migrate ? "migrated" : null;
}

/** Loads the Tân Hưng seed with demo accounts as a seeded test database has it. */
export async function seedTestDatabase(db: Database, today: Date) {
  await seedDatabase(db.prisma, { demo: true, demoPassword: TEST_DEMO_PASSWORD, today });
}

/** Connection string of a database on the test server. */
export function testDatabaseUrl(name: string): string {
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function prepare(db: Database, state: TemplateState | null) {
  if (!state) return;
  await migrateDeploy(db.migrationTarget);
  // Date is the test's fixed clock (vitest.setup.ts): periods' statuses as of the test's day.
  if (state === "seeded") await seedTestDatabase(db, new Date());
}

/** PostgreSQL refuses to copy a template while another copy of it is starting: try again shortly. */
async function createDatabase(name: string, template: string | null) {
  for (let attempt = 1; ; attempt++) {
    try {
      await onTestServer(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
      return;
    } catch (error) {
      const busy = /being accessed by other users/.test(String(error));
      if (!busy || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** Creates a PostgreSQL database with a unique name: empty, migrated or seeded. */
export async function createPostgresTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const name = `${TEST_DATABASE_PREFIX}${realEpochSeconds()}_${crypto.randomBytes(4).toString("hex")}`;
  const state = wanted(options);
  const template = state ? (runTemplates()?.postgres[state] ?? null) : null;
  await createDatabase(name, template);
  const url = testDatabaseUrl(name);
  const drop = () => onTestServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  try {
    const db = await openDatabase({
      databaseUrl: url,
      logQueries: options.logQueries ?? false,
      poolSize: 5,
    });
    if (!template) await prepare(db, state);
    return {
      db,
      url,
      async drop() {
        await db.close();
        await drop();
      },
    };
  } catch (error) {
    await drop();
    throw error;
  }
}

/** Creates an in-memory embedded database: empty, migrated or seeded. */
export async function createEmbeddedTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const state = wanted(options);
  const file = state ? runTemplates()?.embedded[state] : undefined;
  const initialData = file && fs.existsSync(file) ? new Blob([fs.readFileSync(file)]) : undefined;
  const db = await openDatabase({
    dataDir: "memory://",
    logQueries: options.logQueries ?? false,
    ...(initialData ? { initialData } : {}),
  });
  if (!initialData) await prepare(db, state);
  return { db, drop: () => db.close() };
}

/** Both kinds, for `describe.each`: every database test runs on the embedded database and on PostgreSQL. */
export const testDatabaseKinds = [
  { kind: "embedded" as const, create: createEmbeddedTestDatabase },
  { kind: "postgres" as const, create: createPostgresTestDatabase },
];
