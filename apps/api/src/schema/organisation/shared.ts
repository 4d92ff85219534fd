// Shared pieces of the organisation part: the jurisdiction guard and the row filters of units and
// assignments (input validators are in ../validators.ts).
import type { PrismaNamespace } from "@kehoach/db";
import { GraphQLError } from "graphql";
import { inReadablePlan } from "../../access/readable.ts";
import type { Viewer } from "../../auth/viewer.ts";
import { NotAuthorizedError } from "../../errors.ts";

/** The jurisdiction every write of a signed-in user applies to. */
export function viewerJurisdiction(viewer: Viewer): string {
  if (!viewer.jurisdictionId) throw new NotAuthorizedError();
  return viewer.jurisdictionId;
}

/** Units the viewer lists: those of its jurisdiction (and below, for a city's ADMIN); API tokens need plan:read. */
export function unitWhere(viewer: Viewer): PrismaNamespace.UnitWhereInput {
  if (viewer.kind === "anonymous" || !viewer.jurisdictionId) return { id: { in: [] } };
  if (viewer.kind === "apiClient" && !viewer.scopes.includes("plan:read")) return { id: { in: [] } };
  const below = viewer.roles.includes("ADMIN") && viewer.kind === "user" ? viewer.belowJurisdictionIds : [];
  return { jurisdictionId: { in: [viewer.jurisdictionId, ...below] } };
}

/** Assignments the viewer may read: those of the plans it reads (the access policy's Plan rule). */
export function assignmentWhere(viewer: Viewer): PrismaNamespace.AssignmentWhereInput {
  return inReadablePlan(viewer);
}

/** A denied list query: a GraphQL error with `extensions.code = "NOT_AUTHORIZED"` (the field is null). */
export function deniedListError(what: string) {
  return new GraphQLError(`Bạn không có quyền xem ${what}.`, { extensions: { code: "NOT_AUTHORIZED" } });
}
