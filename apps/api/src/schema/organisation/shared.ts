// Shared pieces of the organisation part: input validators (Vietnamese messages), global-ID
// decoding, jurisdiction guards and the row filters of units and assignments.
import type { PrismaNamespace } from "@kehoach/db";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import { z } from "zod";
import { readableJurisdictions } from "../../auth/readableJurisdictions.ts";
import type { Viewer } from "../../auth/viewer.ts";
import { NotAuthorizedError, ValidationError } from "../../errors.ts";
import { PLAN_READ_SCOPE } from "../plan/access.ts";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The database id inside a global ID of `typename`, or null when it is not one. */
export function decodeId(globalId: string, typename: string): string | null {
  try {
    const decoded = decodeGlobalID(globalId.trim());
    return decoded.typename === typename && UUID_RE.test(decoded.id) ? decoded.id : null;
  } catch {
    return null;
  }
}

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

/** Units the viewer may list: its jurisdiction (and below, for ADMIN); API tokens need plan:read. */
export function unitWhere(viewer: Viewer): PrismaNamespace.UnitWhereInput {
  if (viewer.kind === "anonymous" || !viewer.jurisdictionId) return { id: { in: [] } };
  if (viewer.kind === "apiClient" && !viewer.scopes.includes(PLAN_READ_SCOPE)) return { id: { in: [] } };
  return readableJurisdictions(viewer);
}

/**
 * Assignments the viewer may read: the annexes of the plans of its jurisdiction, and below for ADMIN
 * (every role reads the plan); anonymous readers only those of published plans; API tokens need plan:read.
 */
export function assignmentWhere(viewer: Viewer): PrismaNamespace.AssignmentWhereInput {
  if (viewer.kind === "anonymous" || !viewer.jurisdictionId) return { plan: { publishedAt: { not: null } } };
  if (viewer.kind === "apiClient" && !viewer.scopes.includes(PLAN_READ_SCOPE)) return { id: { in: [] } };
  return { plan: readableJurisdictions(viewer) };
}

/** A denied list query: a GraphQL error with `extensions.code = "NOT_AUTHORIZED"` (the field is null). */
export function deniedListError(what: string) {
  return new GraphQLError(`Bạn không có quyền xem ${what}.`, { extensions: { code: "NOT_AUTHORIZED" } });
}
