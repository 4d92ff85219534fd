// Shared pieces of the organisation part: input validators (Vietnamese messages), global-ID
// decoding, jurisdiction guards and the row filters of units and assignments.
import type { PrismaNamespace } from "@kehoach/db";
import { GraphQLError } from "graphql";
import { z } from "zod";
import { inReadablePlan } from "../../access/readable.ts";
import type { Viewer } from "../../auth/viewer.ts";
import { NotAuthorizedError, ValidationError } from "../../errors.ts";
import { decodeId } from "../globalId.ts";

export { decodeId };

/** Decodes an already validated global ID (validators below guarantee its type). */
export function idOf(globalId: string, typename: string): string {
  const id = decodeId(globalId, typename);
  if (!id) throw new ValidationError([{ path: ["input"], message: `ID không phải của ${typename}.` }]);
  return id;
}

/** A required global ID of `typename`; `label` names it in Vietnamese ("đơn vị chủ trì"). */
export function globalIdOf(typename: string, label: string) {
  return z
    .string()
    .trim()
    .min(1, `Chọn ${label}.`)
    .max(200, `ID của ${label} không hợp lệ.`)
    .refine((v) => decodeId(v, typename) !== null, {
      message: `ID của ${label} không hợp lệ: cần ID toàn cục của ${typename}.`,
    });
}

/** A required, trimmed text of at most `max` characters. */
export function requiredText(label: string, max: number) {
  return z
    .string()
    .trim()
    .min(1, `Nhập ${label}.`)
    .max(max, `${label[0]?.toUpperCase()}${label.slice(1)} dài tối đa ${max} ký tự.`);
}

/** An optional text of at most `max` characters (null or "" clears it). */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${label[0]?.toUpperCase()}${label.slice(1)} dài tối đa ${max} ký tự.`)
    .nullish();
}

/** Optimistic-concurrency version the client read. */
export const versionSchema = z
  .number()
  .int("Phiên bản phải là số nguyên.")
  .min(1, "Phiên bản không hợp lệ: gửi lại giá trị version đã đọc.");

/** "" → null, otherwise the trimmed text (undefined stays undefined: the field is not changed). */
export function blankToNull(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const text = value?.trim() ?? "";
  return text === "" ? null : text;
}

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
