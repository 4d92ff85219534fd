// Validated input of users: role grants (role, unit, areas), contact fields, the audit snapshot,
// and the rule that a unit head manages only its own unit's staff.
import type { Role } from "@kehoach/db";
import { passwordWeakness, rolesFor } from "@kehoach/domain";
import { z } from "zod";
import type { Viewer } from "../../auth/viewer.ts";
import { builder } from "../../builder.ts";
import {
  type FieldIssue,
  NotAuthorizedError,
  NotFoundError,
  ValidationError,
  weakPasswordMessage,
} from "../../errors.ts";
import type { Tx } from "../../write.ts";
import { RoleEnum } from "../enums.ts";
import { globalIdOf, optionalText, requiredText } from "../validators.ts";

/** Who creates, edits and archives accounts: administrators, and a unit head for its own unit's staff. */
export const ACCOUNT_EDITOR_ROLES: Role[] = [...rolesFor("user.manage"), ...rolesFor("unit.staff.manage")];

export const RoleGrantInput = builder.inputType("RoleGrantInput", {
  description: "Một cấp quyền: vai trò, đơn vị (UNIT_HEAD, UNIT_STAFF), lĩnh vực phụ trách (LEADER).",
  fields: (t) => ({
    role: t.field({ type: RoleEnum, required: true, description: "Vai trò (API_CLIENT chỉ cấp qua createApiToken)." }),
    unitId: t.id({
      required: false,
      description: "Đơn vị của UNIT_HEAD, UNIT_STAFF; bỏ trống thì dùng đơn vị công tác của người dùng.",
      validate: globalIdOf("Unit", "đơn vị của vai trò").nullish(),
    }),
    areaIds: t.idList({
      required: false,
      description: "Lĩnh vực phụ trách (chỉ với LEADER); bỏ trống là mọi lĩnh vực.",
      validate: z.array(globalIdOf("Area", "lĩnh vực")).max(20, "Tối đa 20 lĩnh vực.").nullish(),
    }),
  }),
});

export const rolesSchema = z
  .array(z.any())
  .min(1, "Chọn ít nhất một vai trò.")
  .max(10, "Tối đa 10 cấp quyền cho một người dùng.");

export const usernameSchema = requiredText("tên đăng nhập", 50).regex(
  /^[a-zA-Z0-9][a-zA-Z0-9._-]{2,}$/,
  "Tên đăng nhập 3–50 ký tự, chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (ví dụ kt.canbo2).",
);
export const displayNameSchema = requiredText("họ tên", 200);
export const titleSchema = optionalText("chức vụ", 200);
export const emailSchema = optionalText("thư điện tử", 200).refine(
  (v) => v == null || v === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  "Thư điện tử không hợp lệ (ví dụ ten@tanhung.gov.vn).",
);
export const phoneSchema = optionalText("số điện thoại", 30).refine(
  (v) => v == null || v === "" || /^[0-9+().\s-]{6,30}$/.test(v),
  "Số điện thoại chỉ gồm chữ số, dấu +, dấu cách, gạch ngang (ví dụ 0225 3 123 456).",
);
/** A password set for a user: the domain's password rule. */
export const passwordSchema = z.string().superRefine((password, issues) => {
  const weakness = passwordWeakness(password);
  if (weakness) issues.addIssue({ code: "custom", message: weakPasswordMessage(weakness) });
});
export const userUnitSchema = globalIdOf("Unit", "đơn vị công tác").nullish();

export interface GrantRequest {
  role: Role;
  unitId?: string | null;
  areaIds?: readonly string[] | null;
}

export interface ResolvedGrant {
  role: Role;
  /** Database ids. */
  unitId: string | null;
  areaIds: string[];
}

const UNIT_ROLES: Role[] = ["UNIT_HEAD", "UNIT_STAFF"];

/** An active unit of the jurisdiction, or a ValidationError at `path`. */
export async function assertActiveUnit(tx: Tx, jurisdictionId: string, unitId: string, path: string[]) {
  const unit = await tx.unit.findFirst({ where: { id: unitId, jurisdictionId } });
  if (!unit) throw new ValidationError([{ path, message: "Không có đơn vị này trong phường: chọn đơn vị khác." }]);
  if (unit.archivedAt) {
    throw new ValidationError([{ path, message: `Đơn vị ${unit.name} đã ngừng sử dụng: chọn đơn vị khác.` }]);
  }
  return unit;
}

/**
 * Checks the grants (global IDs in `requests`) and returns them with database ids. `userUnitId` is
 * the unit UNIT_HEAD / UNIT_STAFF grants default to.
 */
export async function resolveGrants(
  tx: Tx,
  jurisdictionId: string,
  requests: readonly GrantRequest[],
  userUnitId: string | null,
): Promise<ResolvedGrant[]> {
  const issues: FieldIssue[] = [];
  const seen = new Set<Role>();
  const grants: ResolvedGrant[] = [];
  for (const [i, request] of requests.entries()) {
    const path = ["input", "roles", String(i)];
    if (seen.has(request.role)) issues.push({ path: [...path, "role"], message: `Vai trò ${request.role} bị lặp.` });
    seen.add(request.role);
    if (request.role === "API_CLIENT") {
      issues.push({ path: [...path, "role"], message: "Vai trò API_CLIENT chỉ được cấp qua createApiToken." });
    }
    let unitId: string | null = null;
    if (UNIT_ROLES.includes(request.role)) {
      unitId = request.unitId ?? userUnitId;
      if (!unitId) {
        issues.push({
          path: [...path, "unitId"],
          message: `Vai trò ${request.role} cần đơn vị: chọn unitId của vai trò hoặc đơn vị công tác của người dùng.`,
        });
      } else {
        await assertActiveUnit(tx, jurisdictionId, unitId, [...path, "unitId"]);
      }
    } else if (request.unitId) {
      issues.push({
        path: [...path, "unitId"],
        message: "Chỉ vai trò UNIT_HEAD, UNIT_STAFF gắn với đơn vị: bỏ unitId.",
      });
    }
    const areaIds = [...new Set(request.areaIds ?? [])];
    if (areaIds.length > 0 && request.role !== "LEADER") {
      issues.push({ path: [...path, "areaIds"], message: "Chỉ vai trò LEADER có lĩnh vực phụ trách: bỏ areaIds." });
    } else if (areaIds.length > 0) {
      const found = await tx.area.count({ where: { id: { in: areaIds } } });
      if (found !== areaIds.length) issues.push({ path: [...path, "areaIds"], message: "Có lĩnh vực không tồn tại." });
    }
    grants.push({ role: request.role, unitId, areaIds });
  }
  if (issues.length) throw new ValidationError(issues);
  return grants;
}

/** Replaces every grant of the user. */
export async function replaceGrants(tx: Tx, userId: string, jurisdictionId: string, grants: ResolvedGrant[]) {
  await tx.roleGrant.deleteMany({ where: { userId } });
  for (const grant of grants) {
    await tx.roleGrant.create({
      data: {
        userId,
        jurisdictionId,
        role: grant.role,
        unitId: grant.unitId,
        areas: { create: grant.areaIds.map((areaId) => ({ areaId })) },
      },
    });
  }
}

/** The units the viewer heads (UNIT_HEAD grants); empty for everyone else. */
export async function headedUnits(tx: Tx, viewer: Viewer): Promise<string[]> {
  if (!viewer.userId || !viewer.roles.includes("UNIT_HEAD")) return [];
  const grants = await tx.roleGrant.findMany({
    where: { userId: viewer.userId, role: "UNIT_HEAD", unitId: { not: null } },
    select: { unitId: true },
  });
  return grants.flatMap((g) => (g.unitId ? [g.unitId] : []));
}

const HEAD_ONLY_STAFF = "Trưởng đơn vị chỉ quản lý tài khoản cán bộ (UNIT_STAFF) của đơn vị mình.";

/**
 * An administrator manages every user; a unit head only users that are (and stay) plain staff
 * (UNIT_STAFF only) of a unit it heads. Throws NotAuthorized otherwise.
 */
export async function assertMayManage(
  tx: Tx,
  viewer: Viewer,
  subjects: { unitId: string | null; grants: { role: Role; unitId: string | null }[] }[],
) {
  if (viewer.roles.includes("ADMIN")) return;
  const heads = await headedUnits(tx, viewer);
  const ok = subjects.every(
    (s) =>
      s.unitId !== null &&
      heads.includes(s.unitId) &&
      s.grants.length > 0 &&
      s.grants.every((g) => g.role === "UNIT_STAFF" && g.unitId !== null && heads.includes(g.unitId)),
  );
  if (!ok) throw new NotAuthorizedError(HEAD_ONLY_STAFF);
}

export const userWithGrants = {
  roleGrants: { include: { areas: { select: { areaId: true } } }, orderBy: { role: "asc" } },
} as const;

/**
 * The user an update or archive is about: in the viewer's ward (else NotFound, naming the ID the
 * client sent) and one the viewer may manage (else NotAuthorized).
 */
export async function managedUser(tx: Tx, viewer: Viewer, jurisdictionId: string, id: string) {
  const user = await tx.user.findFirst({ where: { id, jurisdictionId }, include: userWithGrants });
  if (!user) throw new NotFoundError("người dùng", id, "User");
  await assertMayManage(tx, viewer, [{ unitId: user.unitId, grants: user.roleGrants }]);
  return user;
}

/** What the audit log keeps of a user (never the password hash). */
export function userSnapshot(user: {
  username: string;
  displayName: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  unitId: string | null;
  archivedAt: Date | null;
  version: number;
  roleGrants: { role: Role; unitId: string | null; areas: { areaId: string }[] }[];
}) {
  const { username, displayName, title, email, phone, unitId, archivedAt, version } = user;
  return {
    username,
    displayName,
    title,
    email,
    phone,
    unitId,
    archivedAt,
    version,
    grants: user.roleGrants.map((g) => ({ role: g.role, unitId: g.unitId, areaIds: g.areas.map((a) => a.areaId) })),
  };
}
