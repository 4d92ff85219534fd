// Starts the API: opens the database (embedded or PostgreSQL), migrates (and seeds the embedded
// one on first start), serves GraphQL, /healthz and the console, and prints how to sign in.
// Also each worker of `start:cluster` (cluster.ts), which has migrated already.
import cluster from "node:cluster";
import { type Database, databaseOptionsFromEnv, openDatabase } from "@kehoach/db";
import { clockFromEnv } from "@kehoach/domain";
import { createLoginLimiter } from "./auth/rateLimit.ts";
import { type BootstrapResult, bootstrapDatabase } from "./bootstrap.ts";
import { shareGenerationThroughPrimary, shareGenerationThroughRedis } from "./cache/writeGeneration.ts";
import { loadConfig } from "./config.ts";
import { logger } from "./logger.ts";
import { smtpMailer } from "./reminders/mailer.ts";
import { scheduleReminders } from "./reminders/scheduleReminders.ts";
import { createApp } from "./server/app.ts";
import { closeServer, listen, portOf } from "./server/listen.ts";
import { schedulePeriods } from "./server/periodSchedule.ts";
import { warmUp } from "./server/warmUp.ts";
import { stopResidentLibreOffice } from "./wardReport/residentLibreOffice.ts";

async function main() {
  const config = loadConfig();
  // From the command the user typed (npm start passes when it began), else from this process's start.
  const startedAt = config.KEHOACH_STARTED_AT ?? performance.timeOrigin;
  const clock = clockFromEnv(config);
  if (config.KEHOACH_NOW) logger.warn({ now: clock.now() }, "Đồng hồ của máy chủ được đặt bởi KEHOACH_NOW");
  const db = await openDatabase(databaseOptionsFromEnv());
  const boot = await bootstrapDatabase(db, { demoPassword: config.DEMO_PASSWORD, today: clock.now() }, logger);
  const loginLimiter = await createLoginLimiter({ redisUrl: config.REDIS_URL, logger });
  const stopSharing = config.REDIS_URL
    ? await shareGenerationThroughRedis(config.REDIS_URL)
    : cluster.isWorker
      ? shareGenerationThroughPrimary()
      : async () => {};
  const { app, apollo } = await createApp({
    db,
    logger,
    loginLimiter,
    clock,
    production: config.NODE_ENV === "production",
    trustProxy: config.TRUST_PROXY,
    ...(config.GRAPHQL_INTROSPECTION ? { introspection: config.GRAPHQL_INTROSPECTION === "true" } : {}),
  });
  const server = await listen(app, config.PORT, config.HOST);
  const port = portOf(server);
  const url = `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${port}/`;
  await firstHealthyAnswer(`http://${config.HOST === "0.0.0.0" ? "127.0.0.1" : config.HOST}:${port}/healthz`);
  // Wall time across processes (the command began in another one): the real clock, not the request clock.
  const readyAfter = (Date.now() - startedAt) / 1000;
  warmUp(apollo, db, loginLimiter, logger, clock).catch((error: unknown) =>
    logger.warn({ err: error }, "Không chạy thử được trang tổng quan khi khởi động"),
  );
  const stopSchedule = schedulePeriods(db, clock, logger);
  const stopReminders = scheduleReminders(
    db,
    clock,
    logger,
    config.SMTP_URL ? smtpMailer(config.SMTP_URL, config.SMTP_FROM) : undefined,
  );

  if (cluster.worker)
    logger.info({ worker: cluster.worker.id, pid: process.pid, url }, "Tiến trình API sẵn sàng / worker ready");
  // Of several workers, the first one tells how to sign in.
  if (!cluster.worker || cluster.worker.id === 1) await printWelcome(db, boot, url, readyAfter);

  let stopping = false;
  const shutdown = async (signal: string) => {
    // A terminal's Ctrl-C reaches the cluster's primary and its workers, and the primary asks them too.
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "Đang dừng");
    stopSchedule();
    stopReminders();
    await closeServer(server);
    await apollo.stop();
    await loginLimiter.close();
    await stopSharing();
    await stopResidentLibreOffice();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

/** The start message: where the API is and, on a demo database, who can sign in. */
async function printWelcome(db: Database, boot: BootstrapResult, url: string, readyAfter: number) {
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
    `Sẵn sàng sau / ready ${readyAfter.toFixed(1)} s sau lệnh khởi động (/healthz trả lời) / after the start command`,
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
}

/** Waits until /healthz answers 200: the moment a user can open the console. */
async function firstHealthyAnswer(healthz: string) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const ok = await fetch(healthz)
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  logger.warn({ healthz }, "/healthz chưa trả lời 200 sau 5 s");
}

main().catch((error: unknown) => {
  logger.error({ err: error }, "Không khởi động được API");
  console.error(`Lỗi khởi động: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
