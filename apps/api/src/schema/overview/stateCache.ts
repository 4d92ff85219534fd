// Reuses a period's evaluated plan state while nothing it was computed from has changed. The
// period's data version is one statement: per table the state depends on (the plan's indicators,
// targets, figures, tasks, assignments and periods), a row count and a sum over each row's
// last-change time — not the latest time, which misses a change stamped earlier than it by a clock
// behind another (a second API process's, or KEHOACH_NOW). Of reports, only that period's count, and
// only which exist and their status, all the state reads of them: a draft saved for December leaves
// November's state standing, and a draft saved again leaves its own month's too. The version is read
// again after any write committed through the API to that plan or to everything (any process, with
// REDIS_URL) and at least once a second, so a change made outside the API shows within a second.
import type { Prisma } from "@kehoach/db";
import { vietnamDate } from "@kehoach/domain";
import { GenerationCache } from "../../cache/generationCache.ts";
import { planStamp } from "../../cache/writeGeneration.ts";
import { loadPlanState, type PeriodLike, type PlanState } from "./compute.ts";

// A city's roll-up reads one period of each of its wards (114 in Hải Phòng; 168 in the largest
// province): enough states for two months of the largest one, a few MB.
const MAX_ENTRIES = 400;
export const VERSION_RECHECK_MS = 1000;
// The state as a promise, kept from the moment its computation starts: the viewers who ask meanwhile
// wait for that one computation (as the response cache does), and a failed one is let go.
const cache = new Map<string, { version: string; state: Promise<PlanState> }>();

type PeriodRef = Pick<PeriodLike, "id" | "planId">;
const keyOf = (period: PeriodRef) => `${period.planId}/${period.id}`;
// Watches its plan's writes: a report saved in one ward leaves the other wards' versions standing.
const checkedVersions = new GenerationCache<string>(VERSION_RECHECK_MS, MAX_ENTRIES, (key) =>
  planStamp(key.slice(0, key.indexOf("/"))),
);

/** The version checks under way: a viewer who needs one waits for it. */
const checking = new Map<string, Promise<void>>();

/**
 * Reads the data versions of the periods not checked within the last second, in one statement.
 * A period another request is checking already is waited for, not read again: when the second
 * lapses, the viewers of a city at that moment would each read all its wards' versions.
 */
export async function checkDataVersions(prisma: Prisma, periods: readonly PeriodRef[]): Promise<void> {
  const stale = [...new Map(periods.map((p) => [keyOf(p), p])).values()].filter(
    (p) => checkedVersions.get(keyOf(p)) === undefined,
  );
  if (stale.length === 0) return;
  const underway = stale.flatMap((p) => checking.get(keyOf(p)) ?? []);
  const mine = stale.filter((p) => !checking.has(keyOf(p)));
  if (mine.length > 0) {
    const stamps = new Map(mine.map((p) => [p.id, checkedVersions.stamp(keyOf(p))]));
    const check = periodDataVersions(prisma, mine).then((versions) => {
      for (const period of mine) {
        checkedVersions.set(keyOf(period), versions.get(period.id) ?? "", { stamp: stamps.get(period.id) ?? "" });
      }
    });
    for (const period of mine) checking.set(keyOf(period), check);
    underway.push(
      check.finally(() => {
        for (const period of mine) if (checking.get(keyOf(period)) === check) checking.delete(keyOf(period));
      }),
    );
  }
  await Promise.all(underway);
}

/** The period's data version, or undefined when a write committed while it was being read. */
async function checkedDataVersion(prisma: Prisma, period: PeriodRef): Promise<string | undefined> {
  await checkDataVersions(prisma, [period]);
  return checkedVersions.get(keyOf(period));
}

/**
 * Each period's data version. Each table is aggregated once, grouped by plan (reports by period):
 * a subquery per plan made PostgreSQL scan the joined tables once per plan (1.2 s for a city's 114
 * plans, 30 ms now).
 */
async function periodDataVersions(prisma: Prisma, periods: readonly PeriodRef[]): Promise<Map<string, string>> {
  const ids = [...new Set(periods.map((p) => p.planId))];
  const periodIds = periods.map((p) => p.id);
  const rows = await prisma.$queryRaw<{ periodId: string; version: string }[]>`
    WITH
      ind AS (SELECT "planId", count(*) || ':' || sum(hashtext("updatedAt"::text)) AS v
        FROM "Indicator" WHERE "planId" = ANY(${ids}::uuid[]) GROUP BY "planId"),
      tgt AS (SELECT i."planId", count(*) || ':' || sum(hashtext(t."updatedAt"::text)) AS v
        FROM "Target" t JOIN "Indicator" i ON i.id = t."indicatorId"
        WHERE i."planId" = ANY(${ids}::uuid[]) GROUP BY i."planId"),
      mea AS (SELECT i."planId", count(*) || ':' || sum(hashtext(m."updatedAt"::text)) AS v
        FROM "Measurement" m JOIN "Indicator" i ON i.id = m."indicatorId"
        WHERE i."planId" = ANY(${ids}::uuid[]) GROUP BY i."planId"),
      tsk AS (SELECT "planId", count(*) || ':' || sum(hashtext("updatedAt"::text)) AS v
        FROM "Task" WHERE "planId" = ANY(${ids}::uuid[]) GROUP BY "planId"),
      asg AS (SELECT "planId", count(*) || ':' || sum(hashtext("updatedAt"::text)) AS v
        FROM "Assignment" WHERE "planId" = ANY(${ids}::uuid[]) GROUP BY "planId"),
      coo AS (SELECT a."planId", count(*)::text AS v
        FROM "AssignmentCooperatingUnit" c JOIN "Assignment" a ON a.id = c."assignmentId"
        WHERE a."planId" = ANY(${ids}::uuid[]) GROUP BY a."planId"),
      rep AS (SELECT "periodId", count(*) || ':' || sum(hashtext(id::text || status::text)) AS v
        FROM "ProgressReport" WHERE "periodId" = ANY(${periodIds}::uuid[]) GROUP BY "periodId"),
      per AS (SELECT "planId", count(*) || ':' || sum(hashtext("updatedAt"::text)) AS v
        FROM "ReportingPeriod" WHERE "planId" = ANY(${ids}::uuid[]) GROUP BY "planId")
    SELECT rp.id::text AS "periodId",
      concat_ws('|', ind.v, tgt.v, mea.v, tsk.v, asg.v, coalesce(coo.v, '0'), rep.v, per.v, p."updatedAt"::text) AS version
    FROM "ReportingPeriod" rp JOIN "Plan" p ON p.id = rp."planId"
      LEFT JOIN ind ON ind."planId" = p.id LEFT JOIN tgt ON tgt."planId" = p.id
      LEFT JOIN mea ON mea."planId" = p.id LEFT JOIN tsk ON tsk."planId" = p.id
      LEFT JOIN asg ON asg."planId" = p.id LEFT JOIN coo ON coo."planId" = p.id
      LEFT JOIN rep ON rep."periodId" = rp.id LEFT JOIN per ON per."planId" = p.id
    WHERE rp.id = ANY(${periodIds}::uuid[])`;
  return new Map(rows.map((row) => [row.periodId, row.version]));
}

/**
 * The plan state of a period, recomputed only when its data changed since last time, and once for
 * all the viewers who ask while it is being recomputed.
 */
export async function planStateOf(prisma: Prisma, period: PeriodLike, now: Date): Promise<PlanState> {
  const data = await checkedDataVersion(prisma, period);
  // A write committed while the version was read: the state is computed afresh and not kept.
  if (data === undefined) return loadPlanState(prisma, period, now);
  // A year counts as closed once it is over: the same data reads differently from the next year on.
  const version = `${period.id}@${data}@${vietnamDate(now).slice(0, 4)}`;
  const hit = cache.get(period.id);
  if (hit && hit.version === version) return hit.state;
  const state = loadPlanState(prisma, period, now);
  cache.delete(period.id);
  cache.set(period.id, { version, state });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  state.catch(() => {
    if (cache.get(period.id)?.state === state) cache.delete(period.id);
  });
  return state;
}
