// Who reports what: the one rule, read by the API (who may save and submit a unit's report, whose
// figures become the indicator's, who is expected to report) and by the console (which lines a
// unit's form shows and how each is marked).
//
// - The lead unit (chủ trì) of an assignment enters the official figure of its indicator or the
//   progress of its task. A cooperating unit's (phối hợp) line is a contribution: kept in its own
//   report, shown to the lead unit, and official only when the lead unit adopts it.
// - Units of the People's Committee report monthly (plan section IV.2): the office, specialised
//   offices, centres, police, military command, schools and other units under the committee.
//   Bodies that supervise or are self-governing — the Fatherland Front, mass organisations,
//   residential groups — are never expected reporters: they cooperate through the lead unit.
// - A part of a composite indicator ((15.1)) answers to its own assignment, or to its parent's when
//   it has none. When the parts of a composite are led by different units, no single unit can give
//   the composite's own figure: the office leads the composite's line and adopts the figures the
//   parts' units send on it, while each part stays with its own lead unit.
// - Within a unit, staff and the head draft; the head submits. The office's own staff (role OFFICE)
//   report for the office as its head would, since the office leads tasks like any unit.

export const UNIT_KINDS = [
  "OFFICE",
  "SPECIALISED_OFFICE",
  "CENTRE",
  "POLICE",
  "MILITARY",
  "FRONT",
  "MASS_ORGANISATION",
  "RESIDENTIAL_GROUP",
  "SCHOOL",
  "OTHER",
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Bodies that never report to the committee: they supervise (Front) or are self-governing. */
const NON_REPORTING_KINDS: ReadonlySet<UnitKind> = new Set(["FRONT", "MASS_ORGANISATION", "RESIDENTIAL_GROUP"]);

/** True for a unit that reports monthly to the People's Committee. */
export function reportsToCommittee(kind: UnitKind): boolean {
  return !NON_REPORTING_KINDS.has(kind);
}

/** The lead unit and the cooperating units of an indicator's or a task's assignment. */
export interface AssignmentUnits {
  leadUnitId: string;
  cooperatingUnitIds: readonly string[];
}

/** LEAD: the unit's figure is the official one. CONTRIBUTION: a cooperating unit's figure. */
export const LINE_ROLES = ["LEAD", "CONTRIBUTION"] as const;
export type LineRole = (typeof LINE_ROLES)[number];

/** The role of a unit's line about an assigned item, or null when the item is not the unit's. */
export function lineRoleOf(assignment: AssignmentUnits, unitId: string): LineRole | null {
  if (assignment.leadUnitId === unitId) return "LEAD";
  return assignment.cooperatingUnitIds.includes(unitId) ? "CONTRIBUTION" : null;
}

/** An indicator as the reporting rule reads it: its own assignment, its parent's, its parts'. */
export interface IndicatorAssignments {
  own: AssignmentUnits | null;
  /** The assignment of the composite a part belongs to; null or absent for a top-level indicator. */
  parent?: AssignmentUnits | null;
  /** The own assignments of a composite's parts (null for a part assigned with its parent). */
  parts?: readonly (AssignmentUnits | null)[];
}

/** True when the parts of a composite are led by more than one unit (each part's own lead, else the composite's). */
export function partsLedByDifferentUnits(indicator: IndicatorAssignments): boolean {
  const leads = new Set(
    (indicator.parts ?? []).map((part) => (part ?? indicator.own)?.leadUnitId).filter((id) => id !== undefined),
  );
  return leads.size > 1;
}

/**
 * The assignment a report line on this indicator answers to (read with `lineRoleOf`): a part's
 * own or its parent's; for a composite whose parts are led by different units, the office leads
 * and every unit of the composite and of its parts contributes; otherwise the indicator's own.
 */
export function reportingAssignmentOf(
  indicator: IndicatorAssignments,
  officeUnitId: string | null,
): AssignmentUnits | null {
  if (indicator.parent !== undefined && indicator.parent !== null) return indicator.own ?? indicator.parent;
  if (officeUnitId === null || !partsLedByDifferentUnits(indicator)) return indicator.own;
  const contributors = [indicator.own, ...(indicator.parts ?? [])].flatMap((a) =>
    a ? [a.leadUnitId, ...a.cooperatingUnitIds] : [],
  );
  return {
    leadUnitId: officeUnitId,
    cooperatingUnitIds: [...new Set(contributors)].filter((id) => id !== officeUnitId),
  };
}

/** The units expected to report on an assignment: its lead and cooperating units that report to the committee. */
export function reportersOf(assignment: AssignmentUnits, kindOf: (unitId: string) => UnitKind | undefined): string[] {
  return [assignment.leadUnitId, ...assignment.cooperatingUnitIds].filter((unitId, index, all) => {
    const kind = kindOf(unitId);
    return kind !== undefined && reportsToCommittee(kind) && all.indexOf(unitId) === index;
  });
}

/** Every unit expected to report on a plan: the union of `reportersOf` over its assignments. */
export function expectedReporters(
  assignments: Iterable<AssignmentUnits>,
  kindOf: (unitId: string) => UnitKind | undefined,
): Set<string> {
  const units = new Set<string>();
  for (const assignment of assignments) for (const unitId of reportersOf(assignment, kindOf)) units.add(unitId);
  return units;
}

/** The roles a user holds for one unit (grants of UNIT_HEAD / UNIT_STAFF carry a unit; OFFICE the office's). */
export interface UnitRoles {
  roles: readonly string[];
  /** The units the user belongs to for reporting. */
  unitIds: readonly string[];
}

export type ReportStep = "DRAFT" | "SUBMIT";

const ROLES_FOR: Record<ReportStep, readonly string[]> = {
  DRAFT: ["UNIT_STAFF", "UNIT_HEAD", "OFFICE"],
  SUBMIT: ["UNIT_HEAD", "OFFICE"],
};

/** Every role that may draft a unit's report (for the API's scope on the mutation). */
export const REPORT_DRAFT_ROLES = ROLES_FOR.DRAFT;
/** Every role that may submit a unit's report. */
export const REPORT_SUBMIT_ROLES = ROLES_FOR.SUBMIT;

/**
 * May this user draft or submit the report of a unit? Its own unit only, as staff or head of a
 * unit that reports to the committee (the office's staff for the office).
 */
export function mayReportFor(user: UnitRoles, unit: { id: string; kind: UnitKind }, action: ReportStep): boolean {
  if (!reportsToCommittee(unit.kind) || !user.unitIds.includes(unit.id)) return false;
  return ROLES_FOR[action].some((role) => user.roles.includes(role) && (role !== "OFFICE" || unit.kind === "OFFICE"));
}
