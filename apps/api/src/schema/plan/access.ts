// Who may read and write plans (Kế hoạch) and their content: row filters from the viewer, shared by
// the plan, indicator and task parts. Roles table: shared/design/ARCHITECTURE.md.
import type { PrismaNamespace } from "@kehoach/db";
import { readableJurisdictions } from "../../auth/readableJurisdictions.ts";
import type { Viewer } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { NotFoundError, ValidationError } from "../../errors.ts";
import type { Tx } from "../../write.ts";

type PlanWhere = PrismaNamespace.PlanWhereInput;

/** The read scope an API token needs to read plans. */
export const PLAN_READ_SCOPE = "plan:read";

/** Roles that may read draft plans and write plans, indicators and tasks. */
export const PLAN_EDITOR_ROLES = ["ADMIN", "OFFICE"] as const;

const published: PlanWhere = { publishedAt: { not: null } };
/** Matches no row (an API token without the plan:read scope). */
const nothing: PlanWhere = { id: { in: [] } };

export function isPlanEditor(viewer: Viewer): boolean {
  return viewer.roles.some((role) => role === "ADMIN" || role === "OFFICE");
}

/** The viewer's own jurisdiction and, for ADMIN, the ones directly below it. */
function ownJurisdiction(viewer: Viewer): PlanWhere {
  return viewer.jurisdictionId ? readableJurisdictions(viewer) : nothing;
}

/**
 * Plans the viewer may read: anonymous → published only; signed-in users → published ones and those
 * of their jurisdiction, drafts only for ADMIN and OFFICE; API tokens → the same, with `plan:read`.
 */
export function visiblePlansWhere(viewer: Viewer): PlanWhere {
  if (viewer.kind === "anonymous") return published;
  if (viewer.kind === "apiClient" && !viewer.scopes.includes(PLAN_READ_SCOPE)) return nothing;
  if (isPlanEditor(viewer)) return { OR: [published, ownJurisdiction(viewer)] };
  return { OR: [published, { AND: [ownJurisdiction(viewer), { status: { not: "DRAFT" } }] }] };
}

/** Plans the viewer may change: ADMIN and OFFICE, in their jurisdiction. */
export function writablePlansWhere(viewer: Viewer): PlanWhere {
  if (viewer.kind !== "user" || !isPlanEditor(viewer)) return nothing;
  return ownJurisdiction(viewer);
}

/**
 * Loads a plan the viewer may write, inside the transaction: unknown or out of reach → NotFound
 * (nothing is said about plans of other wards); archived → ValidationError unless `allowArchived`.
 */
export async function planForWrite(
  tx: Tx,
  ctx: Pick<Context, "viewer">,
  planId: string,
  options: { allowArchived?: boolean; path?: string[] } = {},
) {
  const plan = await tx.plan.findFirst({ where: { AND: [{ id: planId }, writablePlansWhere(ctx.viewer)] } });
  if (!plan) throw new NotFoundError("Kế hoạch", planId);
  if (plan.status === "ARCHIVED" && !options.allowArchived) {
    throw new ValidationError([
      {
        path: options.path ?? ["input", "planId"],
        message: "Kế hoạch đã lưu trữ, không sửa được nội dung. Chọn kế hoạch đang thực hiện hoặc dự thảo.",
      },
    ]);
  }
  return plan;
}

/** Scope of every plan-content mutation: a signed-in ADMIN or OFFICE user (never an API token). */
export function planEditorScopes(_parent: unknown, _args: unknown, ctx: Pick<Context, "viewer">) {
  return ctx.viewer.kind === "user" ? { roles: ["ADMIN" as const, "OFFICE" as const] } : false;
}

/** Drops the keys a partial update left out (undefined), keeping explicit nulls that clear a field. */
export function definedOnly<T extends Record<string, unknown>>(data: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as never;
}
