// The Tân Hưng seed, read once and flattened into the template every synthetic ward is cloned from:
// its units, accounts (the seed's accounts plus staff, ~30), plan, indicators with their targets,
// tasks, assignments, reporting periods, and who reports on what each month.
import { DECREE_09_CALENDAR, type PeriodStatus, type ReportingPeriodSpec, reportsToCommittee } from "@kehoach/domain";
import type { Role } from "../generated/prisma/enums.ts";
import { isoDayOf, reportingPeriodRows } from "../reportingPeriodRows.ts";
import type {
  AssignmentSeed,
  GrantSeed,
  IndicatorSeed,
  PlanSeed,
  SeedData,
  TargetSeed,
  TaskSeed,
  UnitSeed,
} from "../seed/load.ts";

/** The plan year, and the day the city is seeded "as of": months 1–11 are reported. */
export const PLAN_YEAR = 2026;
export const AS_OF = "2026-12-14";
export const REPORTED_MONTHS = 11;

export interface UserTemplate {
  username: string;
  title: string | null;
  unitCode: string | null;
  grants: GrantSeed[];
  /** The seed's name for an account whose name the plan gives; else a generated one. */
  fixedName: string | null;
}

export interface PlacedIndicator {
  ind: IndicatorSeed;
  groupCode: string;
  parentCode: string | null;
  position: number;
}

export interface ReportingUnit {
  code: string;
  /** Indicators with a target of the plan year that the unit reports on, and whether it leads them. */
  indicators: { code: string; lead: boolean }[];
  tasks: { code: string; lead: boolean }[];
}

/** A reporting period as the domain lays it out, with its status on the seeded day. */
export type PeriodTemplate = ReportingPeriodSpec & { status: PeriodStatus };

export interface WardTemplate {
  plan: PlanSeed;
  units: UnitSeed[];
  users: UserTemplate[];
  placed: PlacedIndicator[];
  tasks: TaskSeed[];
  assignments: { indicatorCode: string | null; taskCode: string | null; a: AssignmentSeed }[];
  periods: PeriodTemplate[];
  reportingUnits: ReportingUnit[];
  /** The first target of each indicator that has one (the figure a line reports). */
  reportedTargets: Map<string, TargetSeed>;
}

/** Extra staff per reporting unit so that a ward has about thirty accounts, as a real one does. */
const STAFF_PER_UNIT = 2;

export function wardTemplate(data: SeedData): WardTemplate {
  const p = data.plan;
  const units = data.units.units;
  const unitKind = new Map(units.map((u) => [u.code, u.kind]));

  const placed: PlacedIndicator[] = [];
  for (const g of p.indicatorGroups) {
    for (const ind of g.indicators) {
      placed.push({ ind, groupCode: g.code, parentCode: null, position: placed.length + 1 });
      for (const sub of ind.subIndicators)
        placed.push({ ind: sub, groupCode: g.code, parentCode: ind.code, position: placed.length + 1 });
    }
  }
  const byCode = new Map(placed.map((x) => [x.ind.code, x]));

  const assignments: WardTemplate["assignments"] = [
    ...placed.flatMap((x) =>
      x.ind.assignment ? [{ indicatorCode: x.ind.code, taskCode: null, a: x.ind.assignment }] : [],
    ),
    ...p.tasks.map((t) => ({ indicatorCode: null, taskCode: t.code, a: t.assignment })),
  ];

  // Who reports what (packages/domain whoReports.ts): a part answers to its own assignment or its
  // parent's; only units of the committee report; a lead line is official, a cooperating one a contribution.
  const reporting = new Map<string, ReportingUnit>();
  const reporter = (code: string) => {
    const kind = unitKind.get(code);
    if (!kind || !reportsToCommittee(kind)) return null;
    let r = reporting.get(code);
    if (!r) {
      r = { code, indicators: [], tasks: [] };
      reporting.set(code, r);
    }
    return r;
  };
  const reportedTargets = new Map<string, TargetSeed>();
  for (const x of placed) {
    const target = x.ind.targets[0];
    if (!target || (x.ind.applicableFromYear ?? 0) > PLAN_YEAR) continue;
    const a = x.ind.assignment ?? (x.parentCode ? byCode.get(x.parentCode)?.ind.assignment : null);
    if (!a) continue;
    reportedTargets.set(x.ind.code, target);
    reporter(a.leadUnitCode)?.indicators.push({ code: x.ind.code, lead: true });
    for (const c of a.cooperatingUnitCodes) reporter(c)?.indicators.push({ code: x.ind.code, lead: false });
  }
  for (const t of p.tasks) {
    reporter(t.assignment.leadUnitCode)?.tasks.push({ code: t.code, lead: true });
    for (const c of t.assignment.cooperatingUnitCodes) reporter(c)?.tasks.push({ code: t.code, lead: false });
  }
  const reportingUnits = units.flatMap((u) => {
    const r = reporting.get(u.code);
    return r ? [r] : [];
  });

  // The seed's accounts (leaders and the demo roles), then staff for every reporting unit.
  const users: UserTemplate[] = data.users.users.map((u) => ({
    username: u.username,
    title: u.title,
    unitCode: u.unitCode,
    grants: u.grants,
    fixedName: u.demo ? null : u.displayName,
  }));
  for (const r of reportingUnits) {
    const role: Role = unitKind.get(r.code) === "OFFICE" ? "OFFICE" : "UNIT_STAFF";
    for (let i = 1; i <= STAFF_PER_UNIT; i++) {
      users.push({
        username: `${r.code}.cb${i}`,
        title: "Chuyên viên",
        unitCode: r.code,
        grants: [{ role, unitCode: role === "OFFICE" ? null : r.code, areaCodes: [] }],
        fixedName: null,
      });
    }
  }

  const periods = reportingPeriodRows({
    id: "",
    jurisdictionId: "",
    year: PLAN_YEAR,
    today: AS_OF,
    calendar: DECREE_09_CALENDAR,
  }).map((r) => ({
    kind: r.kind,
    year: r.year,
    number: r.number,
    label: r.label,
    startsOn: isoDayOf(r.startsOn as Date),
    endsOn: isoDayOf(r.endsOn as Date),
    cutoffOn: isoDayOf(r.cutoffOn as Date),
    dueOn: isoDayOf(r.dueOn as Date),
    status: r.status as PeriodStatus,
  }));

  return {
    plan: p,
    units,
    users,
    placed,
    tasks: p.tasks,
    assignments,
    periods,
    reportingUnits,
    reportedTargets,
  };
}
