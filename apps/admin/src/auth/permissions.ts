// What the signed-in user may do in the console, derived from `me` (roles, unit, areas). The UI
// shows menus, buttons and fields by the access policy of packages/domain (access/policy.ts and
// reporting/whoReports.ts), the same tables the API enforces on every call.
import {
  type Action,
  mayDoInOwnJurisdiction,
  mayReadInOwnJurisdiction,
  mayReportFor,
  type ReportStep,
} from "@kehoach/domain";
import type { Role, UnitKind, ViewerFieldsFragment } from "@kehoach/schema";

export interface Permissions {
  userId: string;
  username: string;
  roles: Role[];
  unitId: string | null;
  unitName: string | null;
  unitKind: UnitKind | null;
  areaIds: string[];
}

export function permissionsOf(viewer: ViewerFieldsFragment): Permissions {
  return {
    userId: viewer.id,
    username: viewer.username,
    roles: [...viewer.roles],
    unitId: viewer.unit?.id ?? null,
    unitName: viewer.unit?.name ?? null,
    unitKind: viewer.unit?.kind ?? null,
    areaIds: viewer.areas.map((area) => area.id),
  };
}

export function hasRole(permissions: Permissions | undefined, ...roles: Role[]): boolean {
  return !!permissions && permissions.roles.some((role) => roles.includes(role));
}

/** May the user do this action in its own ward, by the access policy? */
export const canDo = (p: Permissions | undefined, action: Action) => !!p && mayDoInOwnJurisdiction(p.roles, action);

/** Editing the plan, its indicators, tasks, periods and assignments. */
export const canEditPlan = (p: Permissions | undefined) => canDo(p, "plan.edit");
/** Users, roles and API tokens. */
export const canManageUsers = (p: Permissions | undefined) => canDo(p, "user.manage");
/** Units. */
export const canManageUnits = (p: Permissions | undefined) => canDo(p, "unit.manage");
/** The audit log. */
export const canReadAudit = (p: Permissions | undefined) => !!p && mayReadInOwnJurisdiction(p.roles, "AuditEvent");
/** Approving or returning reports (a leader only in its areas; the API checks the area). */
export const canReviewReports = (p: Permissions | undefined) => canDo(p, "report.review");
/** Drafting (or submitting) the monthly report of one's own unit: the rule of packages/domain whoReports.ts. */
export function canReport(p: Permissions | undefined, action: ReportStep): boolean {
  if (!p?.unitId || !p.unitKind) return false;
  return mayReportFor({ roles: p.roles, unitIds: [p.unitId] }, { id: p.unitId, kind: p.unitKind }, action);
}
/** Filling in the monthly report of one's own unit. */
export const canFillReport = (p: Permissions | undefined) => canReport(p, "DRAFT");
/** The leader dashboard is the landing page of these roles. */
export const seesDashboard = (p: Permissions | undefined) => hasRole(p, "ADMIN", "OFFICE", "LEADER", "SUPERVISOR");
/** The staff of a unit land on their unit's monthly report; everyone else on the dashboard. */
export const landsOnMonthlyReport = (p: Permissions | undefined) => canFillReport(p) && !seesDashboard(p);
