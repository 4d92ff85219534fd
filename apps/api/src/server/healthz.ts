// GET /healthz: the database answers and every committed migration has been applied; and where the
// login counters are (Redis, or this process's memory while Redis is unreachable: the API goes on,
// degraded, so the answer stays 200 and says so).
import type { Database } from "@kehoach/db";
import { pendingMigrations } from "@kehoach/db/migrate";
import type { CounterStore } from "../auth/rateLimit.ts";

export interface Health {
  status: "ok" | "error";
  database: Database["kind"];
  pendingMigrations: string[];
  /** "unavailable": REDIS_URL is set but Redis does not answer. */
  redis: "ok" | "unavailable" | "not configured";
  warning?: string;
  error?: string;
}

export async function checkHealth(db: Database, counters: CounterStore = "memory"): Promise<Health> {
  const redis = counters === "redis" ? "ok" : counters === "memory" ? "not configured" : "unavailable";
  const warning =
    redis === "unavailable"
      ? "Redis không trả lời: đếm đăng nhập sai và báo thay đổi giữa các tiến trình tạm chạy riêng từng tiến trình."
      : undefined;
  return { ...(await databaseHealth(db)), redis, ...(warning ? { warning } : {}) };
}

async function databaseHealth(db: Database): Promise<Omit<Health, "redis">> {
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
