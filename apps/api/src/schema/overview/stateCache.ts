// Reuses a period's evaluated plan state while nothing it was computed from has changed. The plan's
// data version (row count and a sum over every row's last-change time of each table the state
// depends on, one statement: not the latest time, which misses a change stamped earlier than it by a
// clock behind another — a second API process's, or KEHOACH_NOW) is
// read again after any write committed through the API (any process, with REDIS_URL) and at least
// once a second, so a change made outside the API shows within a second.
import type { Prisma } from "@kehoach/db";
import { vietnamDate } from "@kehoach/domain";
import { GenerationCache } from "../../cache/generationCache.ts";
import { currentGeneration } from "../../cache/writeGeneration.ts";
import { loadPlanState, type PeriodLike, type PlanState } from "./compute.ts";

// A city's roll-up reads one period of each of its wards (114 in Hải Phòng; 168 in the largest
// province): enough states for two months of the largest one, a few MB.
const MAX_ENTRIES = 400;
export const VERSION_RECHECK_MS = 1000;
const cache = new Map<string, { version: string; state: PlanState }>();
const checkedVersions = new GenerationCache<string>(VERSION_RECHECK_MS, MAX_ENTRIES);

async function checkedDataVersion(prisma: Prisma, planId: string): Promise<string> {
  const known = checkedVersions.get(planId);
  if (known !== undefined) return known;
  const generation = currentGeneration();
  const version = await planDataVersion(prisma, planId);
  checkedVersions.set(planId, version, { generation });
  return version;
}

/** Reads the data versions of the plans not checked within the last second, in one statement. */
export async function checkDataVersions(prisma: Prisma, planIds: readonly string[]): Promise<void> {
  const stale = [...new Set(planIds)].filter((id) => checkedVersions.get(id) === undefined);
  if (stale.length === 0) return;
  const generation = currentGeneration();
  for (const [planId, version] of await planDataVersions(prisma, stale)) {
    checkedVersions.set(planId, version, { generation });
  }
}

async function planDataVersion(prisma: Prisma, planId: string): Promise<string> {
  return (await planDataVersions(prisma, [planId])).get(planId) ?? "";
}

/**
 * Each plan's data version. Each table is aggregated once, grouped by plan: a subquery per plan
 * made PostgreSQL scan the joined tables once per plan (1.2 s for a city's 114 plans, 30 ms now).
 */
async function planDataVersions(prisma: Prisma, planIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...planIds];
  const rows = await prisma.$queryRaw<{ planId: string; version: string }[]>`
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
      rep AS (SELECT "planId", count(*) || ':' || sum(hashtext("updatedAt"::text)) AS v
        FROM "ProgressReport" WHERE "planId" = ANY(${ids}::uuid[]) GROUP BY "planId"),
      per AS (SELECT "planId", count(*) || ':' || sum(hashtext("updatedAt"::text)) AS v
        FROM "ReportingPeriod" WHERE "planId" = ANY(${ids}::uuid[]) GROUP BY "planId")
    SELECT p.id::text AS "planId",
      concat_ws('|', ind.v, tgt.v, mea.v, tsk.v, asg.v, coalesce(coo.v, '0'), rep.v, per.v, p."updatedAt"::text) AS version
    FROM "Plan" p
      LEFT JOIN ind ON ind."planId" = p.id LEFT JOIN tgt ON tgt."planId" = p.id
      LEFT JOIN mea ON mea."planId" = p.id LEFT JOIN tsk ON tsk."planId" = p.id
      LEFT JOIN asg ON asg."planId" = p.id LEFT JOIN coo ON coo."planId" = p.id
      LEFT JOIN rep ON rep."planId" = p.id LEFT JOIN per ON per."planId" = p.id
    WHERE p.id = ANY(${ids}::uuid[])`;
  return new Map(rows.map((row) => [row.planId, row.version]));
}

/** The plan state of a period, recomputed only when the plan's data changed since last time. */
export async function planStateOf(prisma: Prisma, period: PeriodLike, now: Date): Promise<PlanState> {
  // A year counts as closed once it is over: the same data reads differently from the next year on.
  const version = `${period.id}@${await checkedDataVersion(prisma, period.planId)}@${vietnamDate(now).slice(0, 4)}`;
  const hit = cache.get(period.id);
  if (hit && hit.version === version) return hit.state;
  const state = await loadPlanState(prisma, period, now);
  cache.delete(period.id);
  cache.set(period.id, { version, state });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return state;
}
