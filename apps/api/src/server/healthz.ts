// GET /healthz: the database answers and every committed migration has been applied.
import type { Database } from "@kehoach/db";
import { listMigrations } from "@kehoach/db/migrate";

export interface Health {
  status: "ok" | "error";
  database: Database["kind"];
  migrations: { applied: number; pending: string[] };
  error?: string;
}

export async function checkHealth(db: Database): Promise<Health> {
  const expected = listMigrations().migrationDirectories.map((m) => m.path);
  try {
    const rows = await db.prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = expected.filter((name) => !applied.has(name));
    return {
      status: pending.length === 0 ? "ok" : "error",
      database: db.kind,
      migrations: { applied: applied.size, pending },
      ...(pending.length ? { error: "Cơ sở dữ liệu chưa được cập nhật migration." } : {}),
    };
  } catch {
    return {
      status: "error",
      database: db.kind,
      migrations: { applied: 0, pending: expected },
      error: "Không kết nối được cơ sở dữ liệu hoặc chưa có bảng _prisma_migrations.",
    };
  }
}
