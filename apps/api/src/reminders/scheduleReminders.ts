// Reminders while the server runs: a first look soon after start, then every few minutes; a failure
// is logged and tried again next time. Safe with several API processes (sendReminders.ts).
import type { Database } from "@kehoach/db";
import type { Clock } from "@kehoach/domain";
import type { Logger } from "pino";
import type { Mailer } from "./mailer.ts";
import { sendReminders } from "./sendReminders.ts";

export const REMINDERS_EVERY_MS = 5 * 60_000;

export function scheduleReminders(
  db: Database,
  clock: Clock,
  logger: Logger,
  mailer?: Mailer,
  everyMs = REMINDERS_EVERY_MS,
) {
  const run = () =>
    sendReminders(db, clock, { mailer, logger })
      .then((made) => {
        if (made > 0) logger.info({ made }, "Đã tạo lời nhắc việc cho các đơn vị");
      })
      .catch((error: unknown) => logger.error({ err: error }, "Không tạo được lời nhắc việc"));
  const first = setTimeout(run, 10_000);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
