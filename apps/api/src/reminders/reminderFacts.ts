// What the reminder rule (packages/domain reporting/reminders.ts) needs to know, read from the
// database in a fixed number of queries for every ward at once: the monthly periods of issued plans
// whose due day is near or recently past, the units expected on each (whoReports.ts) and those whose
// report is sent, returned reports, and unfinished tasks with their lead unit.
import { type Database, isoDayOf } from "@kehoach/db";
import {
  expectedReporters,
  OVERDUE_REMINDER_WINDOW_DAYS,
  REMINDER_DAYS_BEFORE_DUE,
  type ReminderFacts,
  type UnitKind,
  vietnamDate,
} from "@kehoach/domain";

const DAY_MS = 86_400_000;
const ISSUED = { status: { in: ["ACTIVE" as const] } };

export interface FactsWithPlaces extends ReminderFacts {
  /** The jurisdiction of each unit, to file each notification under its ward. */
  jurisdictionOfUnit: Map<string, string>;
}

export async function reminderFacts(db: Database, now: Date): Promise<FactsWithPlaces> {
  const today = vietnamDate(now);
  const todayUtc = new Date(`${today}T00:00:00.000Z`);
  const [periods, returned, tasks, units] = await Promise.all([
    db.prisma.reportingPeriod.findMany({
      where: {
        kind: "MONTH",
        plan: ISSUED,
        dueOn: {
          gte: new Date(todayUtc.getTime() - OVERDUE_REMINDER_WINDOW_DAYS * DAY_MS),
          lte: new Date(todayUtc.getTime() + REMINDER_DAYS_BEFORE_DUE * DAY_MS),
        },
      },
      select: {
        id: true,
        label: true,
        status: true,
        dueOn: true,
        reports: { where: { status: { in: ["SUBMITTED", "APPROVED"] } }, select: { unitId: true } },
        plan: {
          select: {
            assignments: {
              where: { OR: [{ indicator: { archivedAt: null } }, { task: { archivedAt: null } }] },
              select: { leadUnitId: true, cooperatingUnits: { select: { unitId: true } } },
            },
          },
        },
      },
    }),
    db.prisma.progressReport.findMany({
      where: { status: "RETURNED", plan: ISSUED },
      select: {
        id: true,
        unitId: true,
        reviewedAt: true,
        updatedAt: true,
        returnReason: true,
        period: { select: { label: true } },
      },
    }),
    db.prisma.task.findMany({
      where: { plan: ISSUED, archivedAt: null, status: { notIn: ["DONE", "CANCELLED"] }, deadline: { lt: todayUtc } },
      select: { id: true, code: true, title: true, deadline: true, assignment: { select: { leadUnitId: true } } },
    }),
    db.prisma.unit.findMany({ select: { id: true, kind: true, archivedAt: true, jurisdictionId: true } }),
  ]);
  const kinds = new Map(units.map((u) => [u.id, u.archivedAt ? undefined : (u.kind as UnitKind)]));
  const kindOf = (unitId: string) => kinds.get(unitId);
  return {
    today,
    jurisdictionOfUnit: new Map(units.map((u) => [u.id, u.jurisdictionId])),
    periods: periods.map((p) => ({
      id: p.id,
      label: p.label,
      status: p.status,
      dueOn: isoDayOf(p.dueOn),
      expectedUnitIds: [
        ...expectedReporters(
          p.plan.assignments.map((a) => ({
            leadUnitId: a.leadUnitId,
            cooperatingUnitIds: a.cooperatingUnits.map((c) => c.unitId),
          })),
          kindOf,
        ),
      ],
      sentUnitIds: p.reports.map((r) => r.unitId),
    })),
    returnedReports: returned.map((r) => ({
      id: r.id,
      unitId: r.unitId,
      periodLabel: r.period.label,
      returnedAt: (r.reviewedAt ?? r.updatedAt).toISOString(),
      reason: r.returnReason,
    })),
    openTasks: tasks.flatMap((t) =>
      t.assignment && t.deadline
        ? [
            {
              id: t.id,
              code: t.code,
              title: t.title,
              leadUnitId: t.assignment.leadUnitId,
              deadline: isoDayOf(t.deadline),
            },
          ]
        : [],
    ),
  };
}
