// `pnpm db:migrate` | `pnpm db:migrate:create <name>` | `pnpm db:status` on DATABASE_URL, or on
// the embedded database in DATA_DIR when DATABASE_URL is not set.
import { databaseOptionsFromEnv, openDatabase } from "../client.ts";
import { createMigration, migrateDeploy, migrateStatus } from "../migrate/index.ts";

async function main() {
  const [command, name] = process.argv.slice(2);
  const db = await openDatabase(databaseOptionsFromEnv());
  try {
    console.log(`Cơ sở dữ liệu: ${db.kind === "embedded" ? "nhúng (PGlite)" : "PostgreSQL"} — ${db.location}`);
    if (command === "deploy") {
      const applied = await migrateDeploy(db.migrationTarget);
      console.log(
        applied.length ? `Đã áp dụng ${applied.length} migration: ${applied.join(", ")}` : "Không có migration mới.",
      );
    } else if (command === "status") {
      const s = await migrateStatus(db.migrationTarget);
      console.log(JSON.stringify(s, null, 2));
      if (!s.upToDate) process.exitCode = 1;
    } else if (command === "create") {
      if (!name) throw new Error("Thiếu tên migration: pnpm db:migrate:create <ten_migration>");
      const dir = await createMigration(db.migrationTarget, name);
      console.log(dir ? `Đã tạo ${dir}` : "Không có thay đổi nào trong schema.prisma.");
    } else {
      throw new Error(`Lệnh không rõ "${command}". Dùng: deploy | status | create <name>`);
    }
  } finally {
    await db.close();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (e: unknown) => {
    console.error(`Lỗi: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
