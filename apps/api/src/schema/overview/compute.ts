// The figures behind the cross-area views: each indicator evaluated as of the period's month exactly
// as `Indicator.evaluation` does, each task put in one bucket (overdue as of the period's end), and
// the reports expected from the units that report on an assignment (packages/domain whoReports.ts). A fixed number of
// queries per view, whatever the size of the plan.
import type { AreaModel, Prisma } from "@kehoach/db";
import { type EvaluationStatus, reportersOf, type UnitKind } from "@kehoach/domain";
import { evaluateIndicatorRow, evaluationSelect } from "../indicator/evaluation.ts";
import { monthlyMeasurementSelect, monthlyMeasurementWhere } from "../indicator/measurementLoader.ts";
import { isOverdue } from "../task/overdue.ts";

/** The ids behind a count; the count is `ids.length`. */
export interface Bucket {
  ids: string[];
}

export const INDICATOR_BUCKETS = [
  "achieved",
  "onTrack",
  "atRisk",
  "offTrack",
  "notAchieved",
  "noData",
  "notApplicable",
] as const;
export type IndicatorBucketName = (typeof INDICATOR_BUCKETS)[number];

const BUCKET_OF_STATUS: Record<EvaluationStatus, IndicatorBucketName> = {
  ACHIEVED: "achieved",
  ON_TRACK: "onTrack",
  AT_RISK: "atRisk",
  OFF_TRACK: "offTrack",
  NOT_ACHIEVED: "notAchieved",
  NO_DATA: "noData",
  NOT_APPLICABLE: "notApplicable",
};

export const TASK_BUCKETS = ["notStarted", "inProgress", "done", "overdue", "cancelled"] as const;
export type TaskBucketName = (typeof TASK_BUCKETS)[number];

export type IndicatorCounts = { total: Bucket } & Record<IndicatorBucketName, Bucket>;
export type TaskCounts = { total: Bucket } & Record<TaskBucketName, Bucket>;
export interface ReportCounts {
  /** Units that lead or cooperate on an assignment of these items. */
  expected: Bucket;
  /** Reports sent (SUBMITTED or APPROVED). */
  submitted: Bucket;
  /** Reports sent and waiting for review. */
  awaitingReview: Bucket;
  approved: Bucket;
  returned: Bucket;
  /** Expected units without a sent report (none, a draft or a returned report). */
  missing: Bucket;
}

export interface Figures {
  indicators: IndicatorCounts;
  tasks: TaskCounts;
  reports: ReportCounts;
}

export interface PeriodLike {
  id: string;
  planId: string;
  year: number;
  endsOn: Date;
}

interface AssignedUnit {
  kind: UnitKind;
  archivedAt: Date | null;
}

interface Assigned {
  leadUnitId: string;
  leadUnit: AssignedUnit;
  cooperatingUnits: { unitId: string; unit: AssignedUnit }[];
}

export interface IndicatorState {
  id: string;
  areaId: string;
  position: number;
  status: EvaluationStatus;
  assignment: Assigned | null;
}

export interface TaskState {
  id: string;
  areaId: string;
  bucket: TaskBucketName;
  assignment: Assigned | null;
}

export interface PlanState {
  period: PeriodLike;
  asOfMonth: number;
  indicators: IndicatorState[];
  tasks: TaskState[];
  reports: { id: string; unitId: string; status: string }[];
  /** Areas that hold indicators or tasks, in display order (whole rows: answers need no query). */
  areas: AreaModel[];
}

const assignedUnitSelect = { select: { kind: true, archivedAt: true } } as const;
const assignmentSelect = {
  select: {
    leadUnitId: true,
    leadUnit: assignedUnitSelect,
    cooperatingUnits: { select: { unitId: true, unit: assignedUnitSelect } },
  },
} as const;

const withMeasurements = {
  measurements: { where: monthlyMeasurementWhere, select: monthlyMeasurementSelect },
} as const;

/** Loads and evaluates a plan's indicators, tasks and reports for a period (5 queries). */
export async function loadPlanState(prisma: Prisma, period: PeriodLike, now: Date): Promise<PlanState> {
  const asOfMonth = period.endsOn.getUTCMonth() + 1;
  const [plan, indicators, tasks, reports] = await Promise.all([
    prisma.plan.findUniqueOrThrow({ where: { id: period.planId }, select: { year: true } }),
    prisma.indicator.findMany({
      where: { planId: period.planId, parentId: null, archivedAt: null },
      orderBy: { position: "asc" },
      select: {
        ...evaluationSelect,
        ...withMeasurements,
        areaId: true,
        position: true,
        assignment: assignmentSelect,
        subIndicators: {
          ...evaluationSelect.subIndicators,
          select: { ...evaluationSelect.subIndicators.select, ...withMeasurements },
        },
      },
    }),
    prisma.task.findMany({
      where: { planId: period.planId, archivedAt: null },
      orderBy: { position: "asc" },
      select: { id: true, areaId: true, status: true, deadline: true, assignment: assignmentSelect },
    }),
    prisma.progressReport.findMany({
      where: { periodId: period.id },
      select: { id: true, unitId: true, status: true },
    }),
  ]);
  const indicatorStates: IndicatorState[] = indicators.map((ind) => {
    const evaluation = evaluateIndicatorRow(ind, period.year === plan.year ? asOfMonth : 12, now);
    return {
      id: ind.id,
      areaId: ind.areaId,
      position: ind.position,
      status: evaluation.status,
      assignment: ind.assignment,
    };
  });
  const taskStates: TaskState[] = tasks.map((task) => ({
    id: task.id,
    areaId: task.areaId,
    assignment: task.assignment,
    bucket:
      task.status === "DONE"
        ? "done"
        : task.status === "CANCELLED"
          ? "cancelled"
          : isOverdue(task, period.endsOn)
            ? "overdue"
            : task.status === "IN_PROGRESS"
              ? "inProgress"
              : "notStarted",
  }));
  const usedAreas = new Set([...indicatorStates.map((i) => i.areaId), ...taskStates.map((t) => t.areaId)]);
  const areas = await prisma.area.findMany({
    where: { id: { in: [...usedAreas] } },
    orderBy: { position: "asc" },
  });
  return {
    period,
    asOfMonth,
    indicators: indicatorStates,
    tasks: taskStates,
    reports,
    areas,
  };
}

/** The units expected to report on an item (packages/domain whoReports.ts); archived units are not. */
function reportingUnitsOf(assignment: Assigned | null): string[] {
  if (!assignment) return [];
  const units = new Map<string, AssignedUnit>([
    [assignment.leadUnitId, assignment.leadUnit],
    ...assignment.cooperatingUnits.map((c): [string, AssignedUnit] => [c.unitId, c.unit]),
  ]);
  const kindOf = (unitId: string) => {
    const unit = units.get(unitId);
    return unit && !unit.archivedAt ? unit.kind : undefined;
  };
  const cooperatingUnitIds = assignment.cooperatingUnits.map((c) => c.unitId);
  return reportersOf({ leadUnitId: assignment.leadUnitId, cooperatingUnitIds }, kindOf);
}

export function countIndicators(items: IndicatorState[]): IndicatorCounts {
  const counts = Object.fromEntries(INDICATOR_BUCKETS.map((b) => [b, { ids: [] as string[] }])) as Record<
    IndicatorBucketName,
    Bucket
  >;
  for (const i of items) counts[BUCKET_OF_STATUS[i.status]].ids.push(i.id);
  return { total: { ids: items.map((i) => i.id) }, ...counts };
}

export function countTasks(items: TaskState[]): TaskCounts {
  const counts = Object.fromEntries(TASK_BUCKETS.map((b) => [b, { ids: [] as string[] }])) as Record<
    TaskBucketName,
    Bucket
  >;
  for (const t of items) counts[t.bucket].ids.push(t.id);
  return { total: { ids: items.map((t) => t.id) }, ...counts };
}

export function countReports(state: PlanState, expectedUnits: Set<string>): ReportCounts {
  const byUnit = new Map(state.reports.map((r) => [r.unitId, r]));
  const counts: ReportCounts = {
    expected: { ids: [...expectedUnits] },
    submitted: { ids: [] },
    awaitingReview: { ids: [] },
    approved: { ids: [] },
    returned: { ids: [] },
    missing: { ids: [] },
  };
  for (const unitId of expectedUnits) {
    const report = byUnit.get(unitId);
    const sent = report && (report.status === "SUBMITTED" || report.status === "APPROVED");
    if (!report || !sent) counts.missing.ids.push(unitId);
    if (!report) continue;
    if (sent) counts.submitted.ids.push(report.id);
    if (report.status === "SUBMITTED") counts.awaitingReview.ids.push(report.id);
    if (report.status === "APPROVED") counts.approved.ids.push(report.id);
    if (report.status === "RETURNED") counts.returned.ids.push(report.id);
  }
  return counts;
}

/** Figures of the items that pass `keep` (an area, a unit, the whole plan). */
export function figuresOf(
  state: PlanState,
  keepIndicator: (i: IndicatorState) => boolean,
  keepTask: (t: TaskState) => boolean,
): Figures {
  const indicators = state.indicators.filter(keepIndicator);
  const tasks = state.tasks.filter(keepTask);
  const expected = new Set([...indicators, ...tasks].flatMap((x) => reportingUnitsOf(x.assignment)));
  return { indicators: countIndicators(indicators), tasks: countTasks(tasks), reports: countReports(state, expected) };
}

/** The whole plan's figures and each area's, in display order, as planOverview and cityOverview show them. */
export interface PlanFigures {
  plan: Figures;
  areas: { area: AreaModel; figures: Figures }[];
}

// A state is cached and never changed (stateCache.ts): its figures are counted once, not per request.
const planFiguresCache = new WeakMap<PlanState, PlanFigures>();

/** Figures of the whole plan and of each of its areas, computed once per state. */
export function planFiguresOf(state: PlanState): PlanFigures {
  let figures = planFiguresCache.get(state);
  if (!figures) {
    figures = {
      plan: figuresOf(
        state,
        () => true,
        () => true,
      ),
      areas: state.areas.map((area) => ({
        area,
        figures: figuresOf(
          state,
          (i) => i.areaId === area.id,
          (x) => x.areaId === area.id,
        ),
      })),
    };
    planFiguresCache.set(state, figures);
  }
  return figures;
}

export function isLead(unitId: string) {
  return (x: { assignment: Assigned | null }) => x.assignment?.leadUnitId === unitId;
}

export function isCooperating(unitId: string) {
  return (x: { assignment: Assigned | null }) =>
    x.assignment?.cooperatingUnits.some((c) => c.unitId === unitId) ?? false;
}
