// `pnpm start:cluster --workers N`: N API processes behind one port (node:cluster; the primary
// accepts the connections and hands them to the workers in turn). PostgreSQL only: the embedded
// database is files that one process opens. The primary migrates before forking, so the workers
// never race on migrations, and restarts a worker that dies. What the workers share goes through
// the database (the period and reminder schedules are safe to run in each: periodSchedule.ts,
// sendReminders.ts), Redis when REDIS_URL is set, else the primary (writeGeneration.ts).
import cluster, { type Worker } from "node:cluster";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { databaseOptionsFromEnv, openDatabase } from "@kehoach/db";
import { clockFromEnv } from "@kehoach/domain";
import { bootstrapDatabase } from "./bootstrap.ts";
import { relayGenerationBetweenWorkers } from "./cache/writeGeneration.ts";
import { loadConfig } from "./config.ts";
import { logger } from "./logger.ts";

/** A worker that dies before it listens again waits this long before the next try (the database may be down). */
const RETRY_AFTER_FAILED_START_MS = 5000;
/** Workers still running this long after being asked to stop are killed. */
const STOP_TIMEOUT_MS = 15_000;

function workerCount(args: string[]): number {
  const { values } = parseArgs({ args, options: { workers: { type: "string", short: "w" } } });
  const count = Number(values.workers ?? os.availableParallelism());
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`--workers phải là số nguyên dương / --workers must be a positive integer (${values.workers})`);
  }
  return count;
}

async function main() {
  const workers = workerCount(process.argv.slice(2));
  const config = loadConfig();
  if (!config.DATABASE_URL) {
    throw new Error(
      "Chạy nhiều tiến trình cần PostgreSQL: đặt DATABASE_URL (CSDL nhúng PGlite chỉ mở được trong một tiến trình; dùng npm start). / " +
        "Several API processes need PostgreSQL: set DATABASE_URL (the embedded PGlite database is single-process; use npm start).",
    );
  }
  const db = await openDatabase(databaseOptionsFromEnv());
  try {
    await bootstrapDatabase(db, { demoPassword: config.DEMO_PASSWORD, today: clockFromEnv(config).now() }, logger);
  } finally {
    await db.close();
  }
  if (!config.REDIS_URL) {
    logger.warn(
      { workers },
      "Không có REDIS_URL: mỗi tiến trình đếm riêng số lần đăng nhập sai / without REDIS_URL each worker counts failed sign-ins on its own",
    );
  }

  // Built as dist/cluster.js beside dist/main.js; from the sources (tsx), main.ts beside this file.
  const workerModule = new URL(import.meta.url.endsWith(".ts") ? "main.ts" : "main.js", import.meta.url);
  cluster.setupPrimary({ exec: fileURLToPath(workerModule) });
  relayGenerationBetweenWorkers();

  const listened = new Set<Worker>();
  let started = false;
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, "Đang dừng các tiến trình API / stopping the workers");
    const running = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    if (running.length === 0) process.exit(process.exitCode ?? 0);
    for (const worker of running) worker.process.kill("SIGTERM");
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
    }, STOP_TIMEOUT_MS).unref();
  };
  cluster.on("listening", (worker, address) => {
    listened.add(worker);
    logger.info(
      { worker: worker.id, pid: worker.process.pid, port: address.port },
      "Tiến trình API nhận kết nối / worker listening",
    );
    if (!started && listened.size === workers) {
      started = true;
      logger.info({ workers, port: address.port }, "Đã chạy đủ các tiến trình API / all workers listening");
    }
  });
  cluster.on("exit", (worker, code, signal) => {
    const wasListening = listened.delete(worker);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    const facts = { worker: worker.id, pid: worker.process.pid, code, signal };
    if (!started && !wasListening) {
      // Every worker starts from the same configuration: the next would fail the same way.
      logger.error(facts, "Tiến trình API không khởi động được, dừng cả cụm / a worker failed to start, stopping");
      process.exitCode = 1;
      stop("start failure");
      return;
    }
    logger.warn(facts, "Tiến trình API đã dừng, khởi động lại / worker died, starting another");
    setTimeout(() => cluster.fork(), wasListening ? 0 : RETRY_AFTER_FAILED_START_MS);
  });

  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));

  logger.info({ workers, pid: process.pid }, "Khởi động các tiến trình API / starting the workers");
  for (let i = 0; i < workers; i++) cluster.fork();
}

main().catch((error: unknown) => {
  logger.error({ err: error }, "Không khởi động được cụm API");
  console.error(`Lỗi khởi động: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
