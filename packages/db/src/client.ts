// The one Prisma client factory: a PostgreSQL server when DATABASE_URL is set, otherwise the
// embedded PGlite database in DATA_DIR (default `.data/`). API, scripts and tests all use it.
import fs from "node:fs";
import { PrismaClient } from "./generated/prisma/client.ts";
import type { MigrationTarget } from "./migrate/engine.ts";
import { defaultDataDir } from "./paths.ts";
import { statementNamer } from "./statementNames.ts";
import { turnPerStatement } from "./turnPerStatement.ts";

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent, the embedded database is used. */
  databaseUrl?: string | undefined;
  /** A read replica of that server, for the read-only views across wards (PostgreSQL only). */
  replicaUrl?: string | undefined;
  /** Directory of the embedded database, or `memory://` for a throwaway one. */
  dataDir?: string | undefined;
  /** Emit Prisma query events (for counting SQL statements). */
  logQueries?: boolean;
  /** Connection pool size on PostgreSQL. */
  poolSize?: number;
  /** An embedded database image (PGlite's dumpDataDir) to start a `memory://` database from. */
  initialData?: Blob;
}

export type Prisma = PrismaClient<"query">;

export interface Database {
  kind: "postgres" | "embedded";
  /** Where the data is, for messages: a URL without password, or a directory. */
  location: string;
  prisma: Prisma;
  /** The read replica's client when one is configured: reads that may lag behind the last write. */
  replica?: Prisma;
  /** The same database as a target for the migration engine. */
  migrationTarget: MigrationTarget;
  close(): Promise<void>;
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const log = options.logQueries ? [{ emit: "event" as const, level: "query" as const }] : [];
  // Each database's driver is loaded only when it is the one used: a start loads one of the two.
  if (options.databaseUrl) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const pool = (connectionString: string) => ({ connectionString, max: options.poolSize ?? 10 });
    const adapter = new PrismaPg(pool(options.databaseUrl), { statementNameGenerator: statementNamer() });
    const prisma = new PrismaClient({ adapter, log }) as Prisma;
    const replica = options.replicaUrl
      ? (new PrismaClient({
          adapter: new PrismaPg(pool(options.replicaUrl), { statementNameGenerator: statementNamer() }),
          log,
        }) as Prisma)
      : undefined;
    return {
      kind: "postgres",
      location: redact(options.databaseUrl),
      prisma,
      ...(replica ? { replica } : {}),
      migrationTarget: { kind: "postgres", url: options.databaseUrl },
      close: async () => {
        await Promise.all([prisma.$disconnect(), replica?.$disconnect()]);
      },
    };
  }
  const dataDir = options.dataDir ?? defaultDataDir();
  if (!dataDir.startsWith("memory://")) fs.mkdirSync(dataDir, { recursive: true });
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("pglite-prisma-adapter"),
  ]);
  const db = await PGlite.create(dataDir, options.initialData ? { loadDataDir: options.initialData } : {});
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(turnPerStatement(db)), log }) as Prisma;
  return {
    kind: "embedded",
    location: dataDir,
    prisma,
    migrationTarget: { kind: "embedded", db },
    close: async () => {
      await prisma.$disconnect();
      await db.close();
    },
  };
}

/** Options from the environment: DATABASE_URL, DATABASE_REPLICA_URL, DATA_DIR. */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    replicaUrl: env.DATABASE_REPLICA_URL || undefined,
    dataDir: env.DATA_DIR || undefined,
  };
}
