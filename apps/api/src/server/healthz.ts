// GET /healthz: the database answers and every committed migration has been applied.
import type { Database } from "@kehoach/db";
import { pendingMigrations } from "@kehoach/db/migrate";

export interface Health {
  status: "ok" | "error";
  database: Database["kind"];
  pendingMigrations: string[];
  error?: string;
}

export async function checkHealth(db: Database): Promise<Health> {
  try {
    await db.prisma.$queryRaw`SELECT 1`;
  } catch {
    return { status: "error", database: db.kind, pendingMigrations: [], error: "Không kết nối được cơ sở dữ liệu." };
  }
  const pending = await pendingMigrations(db.prisma);
  return pending.length
    ? {
        status: "error",
        database: db.kind,
        pendingMigrations: pending,
        error: "Cơ sở dữ liệu chưa được cập nhật migration.",
      }
    : { status: "ok", database: db.kind, pendingMigrations: [] };
}
