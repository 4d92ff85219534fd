// Reporting periods open and close on their days while the server runs, not only when it starts:
// every few minutes each period that nobody has opened or closed by hand (still at version 1) takes
// the status its days give today (packages/domain periodStatusOn), audited as done on schedule. Each
// change is conditional on the status read, so several API processes may run this at once and a
// change is made and audited once.
import crypto from "node:crypto";
import { type Database, isoDayOf, scheduledPeriodWhere } from "@kehoach/db";
import { type Clock, periodStatusOn, vietnamDate } from "@kehoach/domain";
import type { Logger } from "pino";
import { recordAudit } from "../audit/record.ts";
import { anonymousViewer } from "../auth/viewer.ts";
import { bumpGeneration } from "../cache/writeGeneration.ts";

export const PERIOD_SCHEDULE_EVERY_MS = 5 * 60_000;

/** Brings every scheduled period to today's status; returns how many changed. */
export async function advancePeriods(db: Database, clock: Clock): Promise<number> {
  const today = vietnamDate(clock.now());
  const periods = await db.prisma.reportingPeriod.findMany({
    where: scheduledPeriodWhere,
    select: { id: true, jurisdictionId: true, status: true, startsOn: true, dueOn: true },
  });
  let changed = 0;
  for (const period of periods) {
    const status = periodStatusOn({ startsOn: isoDayOf(period.startsOn), dueOn: isoDayOf(period.dueOn) }, today);
    if (status === period.status) continue;
    changed += await db.prisma.$transaction(async (tx) => {
      const { count } = await tx.reportingPeriod.updateMany({
        where: { ...scheduledPeriodWhere, id: period.id, status: period.status },
        data: { status },
      });
      if (count === 1) {
        const ctx = {
          viewer: { ...anonymousViewer, jurisdictionId: period.jurisdictionId },
          requestId: `schedule:${crypto.randomUUID()}`,
          ip: "schedule",
          clock,
        };
        await recordAudit(tx, ctx, {
          name: "reportingPeriod.scheduled",
          entityId: period.id,
          jurisdictionId: period.jurisdictionId,
          before: { status: period.status },
          after: { status },
        });
      }
      return count;
    });
  }
  // Cached answers read before these changes are stale.
  if (changed > 0) bumpGeneration();
  return changed;
}

/** Runs `advancePeriods` every few minutes until stopped; a failure is logged and tried again next time. */
export function schedulePeriods(db: Database, clock: Clock, logger: Logger, everyMs = PERIOD_SCHEDULE_EVERY_MS) {
  const run = () =>
    advancePeriods(db, clock)
      .then((changed) => {
        if (changed > 0) logger.info({ changed }, "Đã mở, khóa kỳ báo cáo theo lịch");
      })
      .catch((error: unknown) => logger.error({ err: error }, "Không cập nhật được trạng thái kỳ báo cáo theo lịch"));
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
