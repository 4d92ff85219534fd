// Brings a database to a usable state at start: migrations always; on the embedded database,
// the Tân Hưng 2026 seed and demo accounts on first start.
import fs from "node:fs";
import path from "node:path";
import { type Database, isDatabaseSeeded } from "@kehoach/db";
import { migrateDeploy, pendingMigrations } from "@kehoach/db/migrate";
import type { Logger } from "pino";

export interface BootstrapResult {
  appliedMigrations: string[];
  seeded: boolean;
  /** The demo password to show the user, when demo accounts exist on this database. */
  demoPassword?: string | undefined;
}

function demoPasswordFile(db: Database) {
  return path.join(db.location, "demo-password");
}

export async function bootstrapDatabase(
  db: Database,
  options: { demoPassword?: string | undefined; seedDemo?: boolean; today: Date },
  logger: Logger,
): Promise<BootstrapResult> {
  // Loading the wasm schema engine costs seconds and memory: only when something is pending.
  const appliedMigrations = (await pendingMigrations(db.prisma)).length ? await migrateDeploy(db.migrationTarget) : [];
  if (appliedMigrations.length) logger.info({ appliedMigrations }, "Đã áp dụng migration");
  if (db.kind !== "embedded") return { appliedMigrations, seeded: false };

  const storedPasswordFile = db.location.startsWith("memory://") ? null : demoPasswordFile(db);
  if (await isDatabaseSeeded(db.prisma)) {
    const stored =
      storedPasswordFile && fs.existsSync(storedPasswordFile)
        ? fs.readFileSync(storedPasswordFile, "utf8").trim()
        : undefined;
    return { appliedMigrations, seeded: false, demoPassword: stored };
  }
  // The seed loader only on a first start: a later one does not load its parsers.
  const { seedDatabase } = await import("@kehoach/db/seed");
  const started = performance.now();
  const result = await seedDatabase(db.prisma, {
    demo: true,
    demoPassword: options.demoPassword,
    today: options.today,
  });
  logger.info(
    { ms: Math.round(performance.now() - started), counts: result.counts },
    "Đã nạp dữ liệu kế hoạch Tân Hưng 2026",
  );
  // The embedded database is a local demo: keep its generated password beside it (never in the repo)
  // so that every start can show it again.
  if (storedPasswordFile && result.demoPassword) {
    fs.writeFileSync(storedPasswordFile, `${result.demoPassword}\n`, { mode: 0o600 });
  }
  return { appliedMigrations, seeded: true, demoPassword: result.demoPassword };
}
