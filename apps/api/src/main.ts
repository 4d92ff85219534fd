// Starts the API: opens the database (embedded or PostgreSQL), migrates (and seeds the embedded
// one on first start), serves GraphQL, /healthz and the console, and prints how to sign in.
import type { AddressInfo } from "node:net";
import { databaseOptionsFromEnv, openDatabase } from "@kehoach/db";
import { createLoginLimiter } from "./auth/rateLimit.ts";
import { bootstrapDatabase } from "./bootstrap.ts";
import { shareGenerationThroughRedis } from "./cache/writeGeneration.ts";
import { loadConfig } from "./config.ts";
import { logger } from "./logger.ts";
import { createApp } from "./server/app.ts";
import { warmUp } from "./server/warmUp.ts";

async function main() {
  const started = performance.now();
  const config = loadConfig();
  const db = await openDatabase(databaseOptionsFromEnv());
  const boot = await bootstrapDatabase(db, { demoPassword: config.DEMO_PASSWORD }, logger);
  const loginLimiter = createLoginLimiter(config.REDIS_URL);
  const stopSharing = config.REDIS_URL ? await shareGenerationThroughRedis(config.REDIS_URL) : async () => {};
  const { app, apollo } = await createApp({
    db,
    logger,
    loginLimiter,
    production: config.NODE_ENV === "production",
    ...(config.GRAPHQL_INTROSPECTION ? { introspection: config.GRAPHQL_INTROSPECTION === "true" } : {}),
  });
  const server = app.listen(config.PORT, config.HOST);
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  warmUp(apollo, db, loginLimiter, logger).catch((error: unknown) =>
    logger.warn({ err: error }, "Không chạy thử được trang tổng quan khi khởi động"),
  );
  const url = `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${port}/`;

  // The embedded database is the local demo: list every account that can sign in on it.
  const demoUsers = await db.prisma.user.findMany({
    where:
      db.kind === "embedded" ? { passwordHash: { not: null }, archivedAt: null } : { isDemo: true, archivedAt: null },
    orderBy: { username: "asc" },
    select: { username: true, displayName: true, roleGrants: { select: { role: true } } },
  });
  const lines = [
    "",
    `Kế hoạch đang chạy / is running: ${url}`,
    `GraphQL: ${url}graphql   Health: ${url}healthz`,
    `Cơ sở dữ liệu / database: ${db.kind === "embedded" ? "nhúng (PGlite)" : "PostgreSQL"} — ${db.location}`,
    `Khởi động trong / started in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  ];
  if (demoUsers.length) {
    lines.push("", "Tài khoản demo / demo accounts:");
    for (const u of demoUsers) {
      lines.push(
        `  ${u.username.padEnd(16)} ${u.roleGrants
          .map((g) => g.role)
          .join(", ")
          .padEnd(12)} ${u.displayName}`,
      );
    }
    lines.push(
      boot.demoPassword
        ? `  Mật khẩu / password: ${boot.demoPassword}`
        : "  Mật khẩu: DEMO_PASSWORD đã đặt khi nạp dữ liệu lần đầu / the DEMO_PASSWORD given at first seed",
    );
  }
  console.log(lines.join("\n"));

  const shutdown = async (signal: string) => {
    logger.info({ signal }, "Đang dừng");
    server.close();
    await apollo.stop();
    await loginLimiter.close();
    await stopSharing();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  logger.error({ err: error }, "Không khởi động được API");
  console.error(`Lỗi khởi động: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
