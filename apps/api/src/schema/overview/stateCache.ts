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

const MAX_ENTRIES = 100;
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

async function planDataVersion(prisma: Prisma, planId: string): Promise<string> {
  const [row] = await prisma.$queryRaw<{ version: string }[]>`
    SELECT concat_ws('|',
      (SELECT count(*) || ':' || sum(hashtext("updatedAt"::text)) FROM "Indicator" WHERE "planId" = ${planId}::uuid),
      (SELECT count(*) || ':' || sum(hashtext(t."updatedAt"::text)) FROM "Target" t
         JOIN "Indicator" i ON i.id = t."indicatorId" WHERE i."planId" = ${planId}::uuid),
      (SELECT count(*) || ':' || sum(hashtext(m."updatedAt"::text)) FROM "Measurement" m
         JOIN "Indicator" i ON i.id = m."indicatorId" WHERE i."planId" = ${planId}::uuid),
      (SELECT count(*) || ':' || sum(hashtext("updatedAt"::text)) FROM "Task" WHERE "planId" = ${planId}::uuid),
      (SELECT count(*) || ':' || sum(hashtext("updatedAt"::text)) FROM "Assignment" WHERE "planId" = ${planId}::uuid),
      (SELECT count(*) FROM "AssignmentCooperatingUnit" c
         JOIN "Assignment" a ON a.id = c."assignmentId" WHERE a."planId" = ${planId}::uuid),
      (SELECT count(*) || ':' || sum(hashtext("updatedAt"::text)) FROM "ProgressReport" WHERE "planId" = ${planId}::uuid),
      (SELECT count(*) || ':' || sum(hashtext("updatedAt"::text)) FROM "ReportingPeriod" WHERE "planId" = ${planId}::uuid),
      (SELECT "updatedAt"::text FROM "Plan" WHERE id = ${planId}::uuid)
    ) AS version`;
  return row?.version ?? "";
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
