// Loads Prisma's schema engine as WebAssembly and connects it to a database through a driver
// adapter, so migrations never need a native engine binary (see shared/recipes).
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { repoRoot, schemaPath } from "../paths.ts";

/** The subset of the wasm SchemaEngine's API that this project calls. */
export interface SchemaEngine {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diagnoseMigrationHistory(input: unknown): Promise<MigrationHistoryDiagnosis>;
  diff(input: unknown): Promise<{ exitCode: number; stdout?: string }>;
  free?(): void;
}

export interface MigrationHistoryDiagnosis {
  history: null | { tag: string; [k: string]: unknown };
  failedMigrationNames: string[];
  editedMigrationNames: string[];
  hasMigrationsTable: boolean;
}

type SchemaEngineClass = {
  new: (opts: unknown, log: (s: string) => void, adapter: object) => Promise<SchemaEngine>;
};

/** Node's WebAssembly global; the ES lib of a server build does not declare it. */
const wasm = (
  globalThis as unknown as {
    WebAssembly: {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
    };
  }
).WebAssembly;

let engineClass: Promise<SchemaEngineClass> | undefined;

function loadSchemaEngineClass(): Promise<SchemaEngineClass> {
  engineClass ??= (async () => {
    // From this package's folder, where both engines are installed, also when bundled into apps/api/dist.
    const require = createRequire(path.join(repoRoot, "packages", "db", "package.json"));
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    // The engine built for prisma@7.10.1 ships unused inside the CLI package; prefer it, else the
    // npm package's own build (same imports and exports, verified in the recipe).
    let wasmPath = path.join(path.dirname(bgPath), "schema_engine_bg.wasm");
    try {
      const bundled = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "schema_engine_bg.wasm");
      if (fs.existsSync(bundled)) wasmPath = bundled;
    } catch {
      // prisma CLI not installed (production install): use the package's wasm.
    }
    const bg = (await import(pathToFileURL(bgPath).href)) as Record<string, any>;
    const instance = new wasm.Instance(new wasm.Module(fs.readFileSync(wasmPath)), {
      "./schema_engine_bg.js": bg,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg.SchemaEngine as SchemaEngineClass;
  })();
  return engineClass;
}

/** Where migrations run: a PostgreSQL server (by URL) or an open embedded PGlite database. */
export type MigrationTarget = { kind: "postgres"; url: string } | { kind: "embedded"; db: PGlite };

let charPatched = false;
/**
 * adapter-pg cannot deserialize PostgreSQL's internal "char" type (OID 18), which the schema
 * describer reads from pg_constraint; map it to text. Only the migration engine reads catalogs.
 */
async function patchPgCharType() {
  if (charPatched) return;
  charPatched = true;
  const pg = (await import("pg")).default as any;
  const addFields = pg.Result.prototype.addFields;
  pg.Result.prototype.addFields = function (fields: { dataTypeID: number }[]) {
    for (const f of fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return addFields.call(this, fields);
  };
}

export function pgConfigFromUrl(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1) || "postgres"),
  };
}

async function adapterFactoryFor(target: MigrationTarget): Promise<SqlMigrationAwareDriverAdapterFactory> {
  if (target.kind === "embedded") {
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    return new PrismaPGlite(target.db) as unknown as SqlMigrationAwareDriverAdapterFactory;
  }
  await patchPgCharType();
  const pg = (await import("pg")).default;
  const { PrismaPg } = await import("@prisma/adapter-pg");
  // Discrete fields, never connectionString: pg lets connectionString override `database`,
  // which would point the shadow database at the real one.
  const config = pgConfigFromUrl(target.url);
  const admin = async (sql: string) => {
    const c = new pg.Client(config);
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => new PrismaPg(config).connect(),
    // Own shadow-database lifecycle: adapter-pg drops it before closing its pool and leaks it.
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
      await admin(`CREATE DATABASE "${name}"`);
      const adapter = await new PrismaPg({ ...config, database: name }).connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await admin(`DROP DATABASE IF EXISTS "${name}"`);
      };
      return adapter;
    },
  } as SqlMigrationAwareDriverAdapterFactory;
}

export function readSchemaFiles(): [string, string][] {
  return [[schemaPath, fs.readFileSync(schemaPath, "utf8")]];
}

/** Runs `fn` with a schema engine connected to the target, and frees it afterwards. */
export async function withSchemaEngine<T>(
  target: MigrationTarget,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const SchemaEngineCls = await loadSchemaEngineClass();
  const factory = await adapterFactoryFor(target);
  const engine = await SchemaEngineCls.new(
    { datamodels: readSchemaFiles() },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await fn(engine);
  } finally {
    engine.free?.();
  }
}
