// The one enforcement point per object type: each protected GraphQL type carries `readGuard` as
// its type-level auth scope, so every path that yields an object — its list, node(id), a nested
// field, a payload — asks `mayRead` of the access policy before any of its fields resolves. Lists
// already filter with the same rule (readable.ts); this is the check that no path can skip.
// The facts a check needs beyond the row itself (a report's plan, a figure's period) are loaded in
// one statement per request and model (DataLoader).
import { FOLLOWS, mayRead, type ObjectFacts, type ProtectedKind } from "@kehoach/domain";
import DataLoader from "dataloader";
import type { Context } from "../context.ts";

type PlanFacts = { jurisdictionId: string; status: string; publishedAt: Date | null };
type ReportFacts = { planId: string; unitId: string; status: string };
type PeriodFacts = { jurisdictionId: string; publishedAt: Date | null; plan: { publishedAt: Date | null } };

interface Loaders {
  plan: DataLoader<string, PlanFacts | null>;
  report: DataLoader<string, ReportFacts | null>;
  period: DataLoader<string, PeriodFacts | null>;
  indicatorPlan: DataLoader<string, string | null>;
  taskPlan: DataLoader<string, string | null>;
  taskOutputPlan: DataLoader<string, string | null>;
  indicatorLead: DataLoader<string, string | null>;
  userJurisdiction: DataLoader<string, string | null>;
}

const perRequest = new WeakMap<Context, Loaders>();

function byId<T extends { id: string }, V>(rows: T[], ids: readonly string[], pick: (row: T) => V): (V | null)[] {
  const found = new Map(rows.map((row) => [row.id, pick(row)]));
  return ids.map((id) => found.get(id) ?? null);
}

function loaders(ctx: Context): Loaders {
  let found = perRequest.get(ctx);
  if (found) return found;
  const db = ctx.prisma;
  found = {
    plan: new DataLoader(async (ids) =>
      byId(
        await db.plan.findMany({
          where: { id: { in: [...ids] } },
          select: { id: true, jurisdictionId: true, status: true, publishedAt: true },
        }),
        ids,
        (row) => row,
      ),
    ),
    report: new DataLoader(async (ids) =>
      byId(
        await db.progressReport.findMany({
          where: { id: { in: [...ids] } },
          select: { id: true, planId: true, unitId: true, status: true },
        }),
        ids,
        (row) => row,
      ),
    ),
    period: new DataLoader(async (ids) =>
      byId(
        await db.reportingPeriod.findMany({
          where: { id: { in: [...ids] } },
          select: { id: true, jurisdictionId: true, publishedAt: true, plan: { select: { publishedAt: true } } },
        }),
        ids,
        (row) => row,
      ),
    ),
    indicatorPlan: new DataLoader(async (ids) =>
      byId(
        await db.indicator.findMany({ where: { id: { in: [...ids] } }, select: { id: true, planId: true } }),
        ids,
        (row) => row.planId,
      ),
    ),
    taskPlan: new DataLoader(async (ids) =>
      byId(
        await db.task.findMany({ where: { id: { in: [...ids] } }, select: { id: true, planId: true } }),
        ids,
        (row) => row.planId,
      ),
    ),
    taskOutputPlan: new DataLoader(async (ids) =>
      byId(
        await db.taskOutput.findMany({
          where: { id: { in: [...ids] } },
          select: { id: true, task: { select: { planId: true } } },
        }),
        ids,
        (row) => row.task.planId,
      ),
    ),
    indicatorLead: new DataLoader(async (ids) =>
      byId(
        await db.indicator.findMany({
          where: { id: { in: [...ids] } },
          select: {
            id: true,
            assignment: { select: { leadUnitId: true } },
            parent: { select: { assignment: { select: { leadUnitId: true } } } },
          },
        }),
        ids,
        // A part of a composite indicator (15.1) is assigned with its parent.
        (row) => row.assignment?.leadUnitId ?? row.parent?.assignment?.leadUnitId ?? null,
      ),
    ),
    userJurisdiction: new DataLoader(async (ids) =>
      byId(
        await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, jurisdictionId: true } }),
        ids,
        (row) => row.jurisdictionId,
      ),
    ),
  };
  perRequest.set(ctx, found);
  return found;
}

const planFacts = (plan: PlanFacts): ObjectFacts => ({
  jurisdictionId: plan.jurisdictionId,
  status: plan.status,
  published: plan.publishedAt !== null,
});

async function planReadable(ctx: Context, planId: string | null | undefined): Promise<boolean> {
  const plan = planId ? await loaders(ctx).plan.load(planId) : null;
  return !!plan && mayRead(ctx.viewer, "Plan", planFacts(plan));
}

async function reportReadable(ctx: Context, report: ReportFacts | null): Promise<boolean> {
  if (!report) return false;
  const plan = await loaders(ctx).plan.load(report.planId);
  return (
    !!plan &&
    mayRead(ctx.viewer, "ProgressReport", {
      jurisdictionId: plan.jurisdictionId,
      status: report.status,
      unitId: report.unitId,
    })
  );
}

/** Whether the viewer may read an object of each protected type, from the row as GraphQL holds it. */
export const readGuard = {
  Plan: (plan: PlanFacts, ctx: Context) => mayRead(ctx.viewer, "Plan", planFacts(plan)),
  /** Indicators, tasks, groups, assignments, periods: readable with their plan. */
  inPlan: (row: { planId: string }, ctx: Context) => planReadable(ctx, row.planId),
  /** An indicator, readable with its plan; its plan serves its targets' checks too. */
  Indicator: (row: { id: string; planId: string }, ctx: Context) => {
    loaders(ctx).indicatorPlan.prime(row.id, row.planId);
    return planReadable(ctx, row.planId);
  },
  Target: async (row: { indicatorId: string }, ctx: Context) =>
    planReadable(ctx, await loaders(ctx).indicatorPlan.load(row.indicatorId)),
  TaskOutput: async (row: { taskId: string }, ctx: Context) =>
    planReadable(ctx, await loaders(ctx).taskPlan.load(row.taskId)),
  /** A report; its facts serve its lines' checks too, so they are not read again. */
  ProgressReport: (row: ReportFacts & { id: string }, ctx: Context) => {
    loaders(ctx).report.prime(row.id, row);
    return reportReadable(ctx, row);
  },
  /** A report's task lines: readable with their report. */
  inReport: async (row: { reportId: string }, ctx: Context) =>
    reportReadable(ctx, await loaders(ctx).report.load(row.reportId)),
  /** An indicator line: with its report, or as a contribution by the lead unit of its indicator. */
  IndicatorLine: async (row: { reportId: string; indicatorId: string }, ctx: Context) => {
    const report = await loaders(ctx).report.load(row.reportId);
    if (await reportReadable(ctx, report)) return true;
    if (!report || ctx.viewer.unitIds.length === 0) return false;
    const [plan, leadUnitId] = await Promise.all([
      loaders(ctx).plan.load(report.planId),
      loaders(ctx).indicatorLead.load(row.indicatorId),
    ]);
    return (
      !!plan &&
      mayRead(ctx.viewer, "Contribution", {
        jurisdictionId: plan.jurisdictionId,
        status: report.status,
        unitId: leadUnitId,
      })
    );
  },
  /** An evidence file follows its owner: its report line (as the line is read), or its task output's plan. */
  Attachment: async (
    row: { reportId: string | null; indicatorId: string | null; taskOutputId: string | null },
    ctx: Context,
  ): Promise<boolean> => {
    if (row.reportId && row.indicatorId) {
      return readGuard.IndicatorLine({ reportId: row.reportId, indicatorId: row.indicatorId }, ctx);
    }
    if (row.reportId) return reportReadable(ctx, await loaders(ctx).report.load(row.reportId));
    if (row.taskOutputId) return planReadable(ctx, await loaders(ctx).taskOutputPlan.load(row.taskOutputId));
    return false;
  },
  /** A comment follows what it is about: its report, or its indicator's or task's plan. */
  Comment: async (
    row: { reportId: string | null; indicatorId: string | null; taskId: string | null },
    ctx: Context,
  ) => {
    if (row.reportId) return reportReadable(ctx, await loaders(ctx).report.load(row.reportId));
    if (row.indicatorId) return planReadable(ctx, await loaders(ctx).indicatorPlan.load(row.indicatorId));
    if (row.taskId) return planReadable(ctx, await loaders(ctx).taskPlan.load(row.taskId));
    return false;
  },
  Measurement: async (row: { periodId: string }, ctx: Context) => {
    const period = await loaders(ctx).period.load(row.periodId);
    return (
      !!period &&
      mayRead(ctx.viewer, "Measurement", {
        jurisdictionId: period.jurisdictionId,
        published: period.publishedAt !== null && period.plan.publishedAt !== null,
      })
    );
  },
  /** The request that signs in is still anonymous but may read the account it signed in. */
  User: (row: { id: string; jurisdictionId: string }, ctx: Context) =>
    row.id === ctx.signedInUserId ||
    mayRead(ctx.viewer, "User", { jurisdictionId: row.jurisdictionId, userId: row.id }),
  RoleGrant: (row: { userId: string; jurisdictionId: string }, ctx: Context) =>
    row.userId === ctx.signedInUserId ||
    mayRead(ctx.viewer, "User", { jurisdictionId: row.jurisdictionId, userId: row.userId }),
  ApiToken: async (row: { userId: string }, ctx: Context) =>
    mayRead(ctx.viewer, "ApiToken", { jurisdictionId: await loaders(ctx).userJurisdiction.load(row.userId) }),
  AuditEvent: (row: { jurisdictionId: string | null }, ctx: Context) =>
    mayRead(ctx.viewer, "AuditEvent", { jurisdictionId: row.jurisdictionId }),
  WardReport: async (row: { periodId: string; publishedAt: Date | null }, ctx: Context) => {
    const period = await loaders(ctx).period.load(row.periodId);
    return (
      !!period &&
      mayRead(ctx.viewer, "WardReport", {
        jurisdictionId: period.jurisdictionId,
        published: row.publishedAt !== null && period.plan.publishedAt !== null,
      })
    );
  },
  Notification: (row: { jurisdictionId: string; unitId: string }, ctx: Context) =>
    mayRead(ctx.viewer, "Notification", { jurisdictionId: row.jurisdictionId, unitId: row.unitId }),
  Recommendation: (row: { jurisdictionId: string; unitId: string | null }, ctx: Context) =>
    mayRead(ctx.viewer, "Recommendation", { jurisdictionId: row.jurisdictionId, unitId: row.unitId }),
} satisfies Record<string, (row: never, ctx: Context) => boolean | Promise<boolean>>;

/**
 * Every GraphQL object type that holds a ward's data, with the policy table it is checked by. A test
 * walks the schema and fails when a type is missing here or its guard is not installed.
 */
export const GUARDED_TYPES: Record<string, ProtectedKind> = {
  Plan: "Plan",
  Indicator: FOLLOWS.Indicator,
  IndicatorGroup: FOLLOWS.IndicatorGroup,
  Target: FOLLOWS.Target,
  Task: FOLLOWS.Task,
  TaskOutput: FOLLOWS.TaskOutput,
  Assignment: FOLLOWS.Assignment,
  ReportingPeriod: FOLLOWS.ReportingPeriod,
  ProgressReport: "ProgressReport",
  ProgressReportIndicatorLine: FOLLOWS.ProgressReportIndicatorLine,
  ProgressReportTaskLine: FOLLOWS.ProgressReportTaskLine,
  Comment: "ProgressReport",
  // An evidence file follows its owner: a report line's report, or a task output's plan.
  Attachment: "ProgressReport",
  Measurement: "Measurement",
  User: "User",
  RoleGrant: FOLLOWS.RoleGrant,
  ApiToken: "ApiToken",
  AuditEvent: "AuditEvent",
  WardReport: "WardReport",
  Notification: "Notification",
  Recommendation: "Recommendation",
};
