// Who may read and review progress reports: row filters (Prisma `where`) and checks used by the
// report and overview parts. Drafts are private to their unit; unit staff see only their unit.
import type { PrismaNamespace, Role } from "@kehoach/db";
import type { Viewer } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import type { Tx } from "../../write.ts";

/** The client to read with: inside a write, its transaction (the embedded database has one connection). */
type Db = Pick<Tx, "area" | "progressReport">;

/** Roles that read every non-draft report of their jurisdiction. */
const WIDE_READERS: Role[] = ["ADMIN", "OFFICE", "LEADER", "SUPERVISOR"];

/** Read scopes of API tokens that give report and overview reads. */
export const REPORT_READ_SCOPE = "report:read";
export const OVERVIEW_READ_SCOPE = "overview:read";

const NONE = { id: { in: [] as string[] } };

function hasScope(viewer: Viewer, scope: string): boolean {
  return viewer.kind === "apiClient" && viewer.scopes.includes(scope);
}

/** The viewer's jurisdiction and those directly below it (a city admin sees its wards). */
export function jurisdictionWhere(viewer: Viewer): PrismaNamespace.JurisdictionWhereInput | null {
  if (!viewer.jurisdictionId) return null;
  return { OR: [{ id: viewer.jurisdictionId }, { parentId: viewer.jurisdictionId }] };
}

/** Plans of the viewer's jurisdiction (and below). */
export function planWhere(viewer: Viewer): PrismaNamespace.PlanWhereInput {
  const jurisdiction = jurisdictionWhere(viewer);
  return jurisdiction ? { jurisdiction } : NONE;
}

/** Whether the viewer reads every non-draft report of its jurisdiction. */
export function readsAllReports(viewer: Viewer): boolean {
  return (
    viewer.roles.some((r) => WIDE_READERS.includes(r)) ||
    hasScope(viewer, REPORT_READ_SCOPE) ||
    hasScope(viewer, OVERVIEW_READ_SCOPE)
  );
}

/** The reports the viewer may see: nothing for anonymous; drafts only of the viewer's own unit. */
export function reportWhere(viewer: Viewer): PrismaNamespace.ProgressReportWhereInput {
  const jurisdiction = jurisdictionWhere(viewer);
  if (!jurisdiction) return NONE;
  if (readsAllReports(viewer)) {
    return {
      plan: { jurisdiction },
      OR: [{ status: { not: "DRAFT" } }, { unitId: { in: viewer.unitIds } }],
    };
  }
  if (viewer.unitIds.length > 0) return { plan: { jurisdiction }, unitId: { in: viewer.unitIds } };
  return NONE;
}

/** The same rule for one loaded report (node(id), nested fields); the jurisdiction by its plan. */
export function canReadReport(
  viewer: Viewer,
  report: { unitId: string; status: string },
  planJurisdiction: { id: string; parentId: string | null } | null,
): boolean {
  const j = viewer.jurisdictionId;
  if (!j || !planJurisdiction || (planJurisdiction.id !== j && planJurisdiction.parentId !== j)) return false;
  if (viewer.unitIds.includes(report.unitId)) return true;
  return readsAllReports(viewer) && report.status !== "DRAFT";
}

const planJurisdictions = new WeakMap<object, Map<string, Promise<{ id: string; parentId: string | null } | null>>>();

/** The jurisdiction of a plan, looked up once per request and plan. */
export function planJurisdiction(ctx: Context, planId: string) {
  let cache = planJurisdictions.get(ctx);
  if (!cache) {
    cache = new Map();
    planJurisdictions.set(ctx, cache);
  }
  let found = cache.get(planId);
  if (!found) {
    found = ctx.prisma.plan
      .findUnique({ where: { id: planId }, select: { jurisdiction: { select: { id: true, parentId: true } } } })
      .then((p) => p?.jurisdiction ?? null);
    cache.set(planId, found);
  }
  return found;
}

/**
 * Areas a leader is in charge of, with their sub-areas (a leader of DEFENCE_SECURITY is in charge
 * of MILITARY and PUBLIC_ORDER); `null` means every area.
 */
export async function leaderAreaIds(ctx: Context, db: Db = ctx.prisma): Promise<string[] | null> {
  const { viewer } = ctx;
  if (viewer.allAreas) return null;
  if (viewer.areaIds.length === 0) return [];
  const children = await db.area.findMany({
    where: { parentId: { in: viewer.areaIds } },
    select: { id: true },
  });
  return [...new Set([...viewer.areaIds, ...children.map((c) => c.id)])];
}

/** Reports with at least one line about a task or indicator in these areas (`null`: any report). */
export function reportInAreasWhere(areaIds: string[] | null): PrismaNamespace.ProgressReportWhereInput {
  if (areaIds === null) return {};
  return {
    OR: [
      { taskLines: { some: { task: { areaId: { in: areaIds } } } } },
      { indicatorLines: { some: { indicator: { areaId: { in: areaIds } } } } },
    ],
  };
}

/**
 * Whether the viewer may approve or return a report: the office always; a leader when in charge of
 * the area of at least one of the report's lines.
 */
export async function canReview(ctx: Context, db: Db, reportId: string): Promise<boolean> {
  const { viewer } = ctx;
  if (viewer.kind !== "user") return false;
  if (viewer.roles.includes("OFFICE")) return true;
  if (!viewer.roles.includes("LEADER")) return false;
  const areas = await leaderAreaIds(ctx, db);
  const hit = await db.progressReport.count({ where: { id: reportId, ...reportInAreasWhere(areas) } });
  return hit > 0;
}
