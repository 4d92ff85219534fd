// `pnpm db:seed`: migrates, then seeds the database (DATABASE_URL, else the embedded one in DATA_DIR)
// with the Tân Hưng 2026 plan. Demo accounts when SEED_DEMO=1 or on the embedded database.
import { clockFromEnv } from "@kehoach/domain";
import { databaseOptionsFromEnv, openDatabase } from "../client.ts";
import { migrateDeploy } from "../migrate/index.ts";
import { seedDatabase } from "../seed/index.ts";

async function main() {
  const db = await openDatabase(databaseOptionsFromEnv());
  try {
    console.log(`Cơ sở dữ liệu: ${db.kind === "embedded" ? "nhúng (PGlite)" : "PostgreSQL"} — ${db.location}`);
    const applied = await migrateDeploy(db.migrationTarget);
    if (applied.length) console.log(`Đã áp dụng ${applied.length} migration: ${applied.join(", ")}`);
    // The embedded database is a local demo by nature; a server gets demo accounts only when asked.
    const demo = process.env.SEED_DEMO === "1" || db.kind === "embedded";
    const result = await seedDatabase(db.prisma, {
      demo,
      demoPassword: process.env.DEMO_PASSWORD || undefined,
      today: clockFromEnv(process.env).now(),
    });
    const { created, updated, deleted } = result.changes;
    console.log(`Đã nạp dữ liệu trong ${result.ms} ms (tạo ${created}, cập nhật ${updated}, xóa ${deleted}).`);
    console.log(
      Object.entries(result.counts)
        .map(([k, v]) => `  ${k}: ${v}`)
        .join("\n"),
    );
    if (demo) {
      if (result.demoPassword) {
        console.log(`Tài khoản demo / demo accounts: ${result.demoAccounts.join(", ")}`);
        console.log(`Mật khẩu / password: ${result.demoPassword}`);
      } else {
        console.log("Tài khoản demo đã có mật khẩu từ lần nạp trước (đặt DEMO_PASSWORD để đổi).");
      }
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
