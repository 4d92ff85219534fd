// What the signed-in user may do in the console, derived from `me` (roles, unit, areas). The UI
// shows menus, buttons and fields by the access policy of packages/domain (access/policy.ts and
// reporting/whoReports.ts), the same tables the API enforces on every call.
import {
  type Action,
  childKindsOf,
  mayDoInOwnJurisdiction,
  mayReadInOwnJurisdiction,
  mayReportFor,
  type ProtectedKind,
  type ReportStep,
  readerRoles,
} from "@kehoach/domain";
import type { JurisdictionKind, Role, UnitKind, ViewerFieldsFragment } from "@kehoach/schema";

export interface Permissions {
  userId: string;
  username: string;
  roles: Role[];
  unitId: string | null;
  unitName: string | null;
  unitKind: UnitKind | null;
  /** The kind of the user's own jurisdiction (a city has wards below it). */
  jurisdictionKind: JurisdictionKind;
}

export function permissionsOf(viewer: ViewerFieldsFragment): Permissions {
  return {
    userId: viewer.id,
    username: viewer.username,
    roles: [...viewer.roles],
    unitId: viewer.unit?.id ?? null,
    unitName: viewer.unit?.name ?? null,
    unitKind: viewer.unit?.kind ?? null,
    jurisdictionKind: viewer.jurisdiction.kindValue,
  };
}

export function hasRole(permissions: Permissions | undefined, ...roles: Role[]): boolean {
  return !!permissions && permissions.roles.some((role) => roles.includes(role));
}

/** A city's leader, office or administrator: lands on the roll-up of the city's wards. */
export const landsOnCityOverview = (p: Permissions | undefined) =>
  !!p &&
  (p.jurisdictionKind === "CITY" || p.jurisdictionKind === "PROVINCE") &&
  mayReadInOwnJurisdiction(p.roles, "CityRollup");

/** May the user do this action in its own ward, by the access policy? */
export const canDo = (p: Permissions | undefined, action: Action) => !!p && mayDoInOwnJurisdiction(p.roles, action);

/** Editing the plan, its indicators, tasks, periods and assignments. */
export const canEditPlan = (p: Permissions | undefined) => canDo(p, "plan.edit");
/** Opening and closing reporting periods, and setting the ward's reporting calendar. */
export const canManagePeriods = (p: Permissions | undefined) => canDo(p, "period.manage");
/** Approving or returning reports (a leader only in its areas; the API checks the area). */
export const canReviewReports = (p: Permissions | undefined) => canDo(p, "report.review");
/**
 * Each console resource: what its list and show pages need (reading an object type, or an action
 * when the pages are for managing) and the action its create, edit and delete forms need. A resource
 * without `writes` is changed only through its own workflow pages (the monthly report).
 */
export const CONSOLE_RESOURCES: Record<
  string,
  {
    reads: ProtectedKind | { action: Action };
    writes?: Action;
    /** About the jurisdictions below the user's: only for a city's (or province's) people. */
    below?: true;
  }
> = {
  plans: { reads: "Plan", writes: "plan.edit" },
  indicators: { reads: "Plan", writes: "plan.edit" },
  tasks: { reads: "Plan", writes: "plan.edit" },
  reportingPeriods: { reads: "Plan", writes: "period.manage" },
  assignments: { reads: "Plan", writes: "assignment.edit" },
  progressReports: { reads: "ProgressReport" },
  units: { reads: "Unit", writes: "unit.manage" },
  users: { reads: { action: "user.manage" }, writes: "user.manage" },
  auditEvents: { reads: "AuditEvent" },
  jurisdictions: { reads: { action: "jurisdiction.create" }, writes: "jurisdiction.create", below: true },
  // Reminders to one's unit. No `writes`: marking them read is the reader's own state, open to all who read them.
  notifications: { reads: "Notification" },
  recommendations: { reads: "Recommendation", writes: "recommendation.record" },
};

const READ_ACTIONS = new Set(["list", "show", "export"]);

/**
 * react-admin's `canAccess` question (menus, routes, Create/Edit/Delete buttons) answered from the
 * access policy; the API enforces the same tables on every call, row by row.
 */
export function canAccess(p: Permissions | undefined, resource: string, action: string): boolean {
  const entry = CONSOLE_RESOURCES[resource];
  if (!p || !entry) return false;
  if (entry.below && childKindsOf(p.jurisdictionKind).length === 0) return false;
  if (READ_ACTIONS.has(action)) {
    return typeof entry.reads === "string"
      ? mayReadInOwnJurisdiction(p.roles, entry.reads, !!p.unitId)
      : canDo(p, entry.reads.action);
  }
  return entry.writes ? canDo(p, entry.writes) : false;
}

/** Drafting (or submitting) the monthly report of one's own unit: the rule of packages/domain whoReports.ts. */
export function canReport(p: Permissions | undefined, action: ReportStep): boolean {
  if (!p?.unitId || !p.unitKind) return false;
  return mayReportFor({ roles: p.roles, unitIds: [p.unitId] }, { id: p.unitId, kind: p.unitKind }, action);
}
/** Filling in the monthly report of one's own unit. */
export const canFillReport = (p: Permissions | undefined) => canReport(p, "DRAFT");
/** The leader dashboard (the overview of the ward's sent reports) is the landing page of those who read them. */
export const seesDashboard = (p: Permissions | undefined) => hasRole(p, ...readerRoles("ProgressReport"));
/** The staff of a unit land on their unit's monthly report; everyone else on the dashboard. */
export const landsOnMonthlyReport = (p: Permissions | undefined) => canFillReport(p) && !seesDashboard(p);
