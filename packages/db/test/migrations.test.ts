// Migrations: replayed on an empty database they match schema.prisma exactly, apply on both
// databases, write the standard _prisma_migrations history, and re-running applies nothing.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffMigrationsToSchema, listMigrations, migrateDeploy, migrateStatus } from "../src/migrate/index.ts";
import { migrationsDir } from "../src/paths.ts";
import { type TestDatabase, testDatabaseKinds } from "../src/testing.ts";

const committed = listMigrations().migrationDirectories.map((m) => m.path);

describe.each(testDatabaseKinds)("migrations on the $kind database", ({ create }) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await create();
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("the committed migrations replayed on an empty database produce exactly schema.prisma", async () => {
    expect(await diffMigrationsToSchema(test.db.migrationTarget)).toBe("");
  });

  it("reports every migration pending on an empty database", async () => {
    const status = await migrateStatus(test.db.migrationTarget);
    expect(status.upToDate).toBe(false);
    expect(status.pending).toEqual(committed);
  });

  it("applies all migrations, then nothing on a second run", async () => {
    expect(await migrateDeploy(test.db.migrationTarget)).toEqual(committed);
    expect(await migrateDeploy(test.db.migrationTarget)).toEqual([]);
    const status = await migrateStatus(test.db.migrationTarget);
    expect(status).toMatchObject({ upToDate: true, pending: [], failed: [], edited: [] });
  });

  it("records each migration in _prisma_migrations with the sha256 of its SQL", async () => {
    const rows = await test.db.prisma.$queryRaw<
      { migration_name: string; checksum: string; finished_at: Date | null }[]
    >`
      SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(committed);
    for (const row of rows) {
      const sql = fs.readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(crypto.createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("creates every table of the domain", async () => {
    const tables = await test.db.prisma.$queryRaw<{ table_name: string }[]>`
      SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = 'public'`;
    const names = tables.map((t) => t.table_name);
    for (const model of [
      "Jurisdiction",
      "Document",
      "Plan",
      "Area",
      "Indicator",
      "Target",
      "Task",
      "Unit",
      "Assignment",
      "User",
      "RoleGrant",
      "Session",
      "ApiToken",
      "ReportingPeriod",
      "ProgressReport",
      "ProgressReportTaskLine",
      "ProgressReportIndicatorLine",
      "Measurement",
      "Comment",
      "AuditEvent",
    ]) {
      expect(names).toContain(model);
    }
  });
});
