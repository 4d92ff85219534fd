// Who may write plans (Kế hoạch) and their content, by the access policy's "plan.edit" rule
// (packages/domain access/policy.ts); who reads them is the policy's Plan rule (access/readable.ts).
import type { PrismaNamespace } from "@kehoach/db";
import { rolesFor } from "@kehoach/domain";
import { ownJurisdiction } from "../../access/readable.ts";
import type { Viewer } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import { NotFoundError, ValidationError } from "../../errors.ts";
import type { Tx } from "../../write.ts";

/** The roles that edit plans, their indicators and tasks. */
const PLAN_EDITOR_ROLES = rolesFor("plan.edit");

/** Plans the viewer may change: its own jurisdiction's, for a person holding a plan editor role. */
export function writablePlansWhere(viewer: Viewer): PrismaNamespace.PlanWhereInput {
  if (viewer.kind !== "user" || !viewer.roles.some((role) => PLAN_EDITOR_ROLES.includes(role))) {
    return { id: { in: [] } };
  }
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
  if (!plan) throw new NotFoundError("Kế hoạch", planId, "Plan");
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
  return ctx.viewer.kind === "user" ? { roles: PLAN_EDITOR_ROLES } : false;
}

/** Drops the keys a partial update left out (undefined), keeping explicit nulls that clear a field. */
export function definedOnly<T extends Record<string, unknown>>(data: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as never;
}
