// Reuses a period's evaluated plan state while nothing it was computed from has changed. Every
// request reads the plan's data version in one statement (latest change and row count of each table
// the state depends on), so a write made through any API process is seen by the next request.
import type { Prisma } from "@kehoach/db";
import { loadPlanState, type PeriodLike, type PlanState } from "./compute.ts";

const MAX_ENTRIES = 100;
const cache = new Map<string, { version: string; state: PlanState }>();

async function planDataVersion(prisma: Prisma, planId: string): Promise<string> {
  const [row] = await prisma.$queryRaw<{ version: string }[]>`
    SELECT concat_ws('|',
      (SELECT max("updatedAt")::text || ':' || count(*) FROM "Indicator" WHERE "planId" = ${planId}::uuid),
      (SELECT max(t."updatedAt")::text || ':' || count(*) FROM "Target" t
         JOIN "Indicator" i ON i.id = t."indicatorId" WHERE i."planId" = ${planId}::uuid),
      (SELECT max(m."updatedAt")::text || ':' || count(*) FROM "Measurement" m
         JOIN "Indicator" i ON i.id = m."indicatorId" WHERE i."planId" = ${planId}::uuid),
      (SELECT max("updatedAt")::text || ':' || count(*) FROM "Task" WHERE "planId" = ${planId}::uuid),
      (SELECT max("updatedAt")::text || ':' || count(*) FROM "Assignment" WHERE "planId" = ${planId}::uuid),
      (SELECT count(*) FROM "AssignmentCooperatingUnit" c
         JOIN "Assignment" a ON a.id = c."assignmentId" WHERE a."planId" = ${planId}::uuid),
      (SELECT max("updatedAt")::text || ':' || count(*) FROM "ProgressReport" WHERE "planId" = ${planId}::uuid),
      (SELECT max("updatedAt")::text || ':' || count(*) FROM "ReportingPeriod" WHERE "planId" = ${planId}::uuid),
      (SELECT max("updatedAt")::text FROM "Plan" WHERE id = ${planId}::uuid)
    ) AS version`;
  return row?.version ?? "";
}

/** The plan state of a period, recomputed only when the plan's data changed since last time. */
export async function planStateOf(prisma: Prisma, period: PeriodLike): Promise<PlanState> {
  const version = `${period.id}@${await planDataVersion(prisma, period.planId)}`;
  const hit = cache.get(period.id);
  if (hit && hit.version === version) return hit.state;
  const state = await loadPlanState(prisma, period);
  cache.delete(period.id);
  cache.set(period.id, { version, state });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return state;
}
