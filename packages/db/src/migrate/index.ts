// Create, apply and check migrations with the WebAssembly schema engine. Writes the standard
// `_prisma_migrations` table, so a native Prisma CLI would see the same history.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Prisma } from "../client.ts";
import { migrationsDir } from "../paths.ts";
import { type MigrationTarget, readSchemaFiles, withSchemaEngine } from "./engine.ts";

export type { MigrationTarget } from "./engine.ts";

const LOCKFILE = "migration_lock.toml";
const filters = { externalTables: [] as string[], externalEnums: [] as string[] };

/** The migrations directory in the shape the engine expects (mirrors the Prisma CLI). */
export function listMigrations(dir = migrationsDir) {
  const lockPath = path.join(dir, LOCKFILE);
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort((a, b) => a.localeCompare(b))
    : [];
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      const content = fs.existsSync(file)
        ? { tag: "ok", value: fs.readFileSync(file, "utf8") }
        : { tag: "error", value: `missing ${file}` };
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  };
}

/**
 * Committed migrations not yet applied with the same checksum, read straight from
 * `_prisma_migrations` — cheap enough for every start and every health check (no engine load).
 */
export async function pendingMigrations(prisma: Prisma): Promise<string[]> {
  const local = listMigrations().migrationDirectories;
  let applied: { migration_name: string; checksum: string }[] = [];
  try {
    applied = await prisma.$queryRaw`
      SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  } catch {
    return local.map((m) => m.path);
  }
  const done = new Set(applied.map((r) => `${r.migration_name}:${r.checksum}`));
  return local
    .filter((m) => {
      const sql = m.migrationFile.content.tag === "ok" ? m.migrationFile.content.value : "";
      return !done.has(`${m.path}:${crypto.createHash("sha256").update(sql).digest("hex")}`);
    })
    .map((m) => m.path);
}

/** Applies every pending migration; returns the names applied (empty when up to date). */
export async function migrateDeploy(target: MigrationTarget): Promise<string[]> {
  return withSchemaEngine(target, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: listMigrations(), filters });
    return out.appliedMigrationNames;
  });
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  failed: string[];
  edited: string[];
  upToDate: boolean;
}

/** Compares the migrations directory with the database's `_prisma_migrations` history. */
export async function migrateStatus(target: MigrationTarget): Promise<MigrationStatus> {
  const local = listMigrations().migrationDirectories.map((m) => m.path);
  const diagnosis = await withSchemaEngine(target, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList: listMigrations(), optInToShadowDatabase: false, filters }),
  );
  const history = diagnosis.history as null | { tag: string; unappliedMigrationNames?: string[] };
  const pending = !diagnosis.hasMigrationsTable
    ? local
    : history?.tag === "databaseIsBehind"
      ? (history.unappliedMigrationNames ?? [])
      : [];
  const applied = local.filter((m) => !pending.includes(m));
  const upToDate =
    diagnosis.hasMigrationsTable &&
    history === null &&
    diagnosis.failedMigrationNames.length === 0 &&
    diagnosis.editedMigrationNames.length === 0;
  return {
    applied,
    pending,
    failed: diagnosis.failedMigrationNames,
    edited: diagnosis.editedMigrationNames,
    upToDate,
  };
}

/**
 * SQL that would bring a database built from the committed migrations to `schema.prisma`.
 * Empty when the migrations and the schema agree (the drift check).
 */
export async function diffMigrationsToSchema(target: MigrationTarget): Promise<string> {
  return withSchemaEngine(target, async (engine) => {
    const res = await engine.diff({
      from: { tag: "migrations", ...listMigrations() },
      to: { tag: "schemaDatamodel", files: readSchemaFiles().map(([p, c]) => ({ path: p, content: c })) },
      script: true,
      exitCode: null,
      filters,
    });
    const sql = (res.stdout ?? "").trim();
    return /^-- This is an empty migration\.?$/.test(sql) ? "" : sql;
  });
}

/** Writes a new migration from the difference; returns its directory, or null if nothing changed. */
export async function createMigration(target: MigrationTarget, name: string): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`Tên migration "${name}" không hợp lệ: chỉ dùng chữ thường, số và dấu gạch dưới.`);
  }
  const lock = path.join(migrationsDir, LOCKFILE);
  if (!fs.existsSync(lock)) {
    fs.mkdirSync(migrationsDir, { recursive: true });
    fs.writeFileSync(
      lock,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  const sql = await diffMigrationsToSchema(target);
  if (sql === "") return null;
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
  return dir;
}
