// Test support: a throwaway database per test file — a uniquely named PostgreSQL database on the
// server (dropped afterwards), or an in-memory embedded one — so runs never see each other's rows.
import crypto from "node:crypto";
import pg from "pg";
import { type Database, openDatabase } from "./client.ts";
import { pgConfigFromUrl } from "./migrate/engine.ts";
import { migrateDeploy } from "./migrate/index.ts";

/** The server tests use: TEST_DATABASE_URL (any database on it), default the local server. */
export const testServerUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  db: Database;
  /** Connection string of this test's own database (PostgreSQL only). */
  url?: string;
  drop(): Promise<void>;
}

async function onServer(sql: string) {
  const client = new pg.Client({
    ...pgConfigFromUrl(testServerUrl),
    database: pgConfigFromUrl(testServerUrl).database,
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates an empty PostgreSQL database with a unique name; `migrate` applies the migrations. */
export async function createPostgresTestDatabase(
  options: { migrate?: boolean; logQueries?: boolean } = {},
): Promise<TestDatabase> {
  const name = `kehoach_test_${Date.now()}_${crypto.randomBytes(4).toString("hex")}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), logQueries: options.logQueries ?? false, poolSize: 5 });
  if (options.migrate) await migrateDeploy(db.migrationTarget);
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Creates an in-memory embedded database; `migrate` applies the migrations. */
export async function createEmbeddedTestDatabase(
  options: { migrate?: boolean; logQueries?: boolean } = {},
): Promise<TestDatabase> {
  const db = await openDatabase({ dataDir: "memory://", logQueries: options.logQueries ?? false });
  if (options.migrate) await migrateDeploy(db.migrationTarget);
  return { db, drop: () => db.close() };
}

/** Both kinds, for `describe.each`: every database test runs on the embedded database and on PostgreSQL. */
export const testDatabaseKinds = [
  { kind: "embedded" as const, create: createEmbeddedTestDatabase },
  { kind: "postgres" as const, create: createPostgresTestDatabase },
];
