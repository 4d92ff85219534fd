// mutation updateUser: edits a user at the version the client read. Roles (with their units and
// areas) replace the old ones when sent; a changed unit moves the UNIT_HEAD / UNIT_STAFF grants too.
// ADMIN edits anyone (but cannot drop its own ADMIN role); a UNIT_HEAD edits its own unit's staff.

import { recordAudit } from "../../audit/record.ts";
import { isApiClient } from "../../auth/viewer.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction, updateVersioned } from "../../write.ts";
import { userPayload } from "../organisation/payloads.ts";
import { viewerJurisdiction } from "../organisation/shared.ts";
import { blankToNull, globalIdOf, versionSchema } from "../validators.ts";
import {
  ACCOUNT_EDITOR_ROLES,
  assertActiveUnit,
  assertMayManage,
  displayNameSchema,
  emailSchema,
  managedUser,
  phoneSchema,
  type ResolvedGrant,
  RoleGrantInput,
  replaceGrants,
  resolveGrants,
  rolesSchema,
  titleSchema,
  userSnapshot,
  userUnitSchema,
  userWithGrants,
} from "./userInput.ts";

const UpdateUserInput = builder.inputType("UpdateUserInput", {
  description: "Sửa người dùng: chỉ các trường được gửi thay đổi.",
  fields: (t) => ({
    id: t.id({
      required: true,
      description: "ID toàn cục của người dùng.",
      validate: globalIdOf("User", "người dùng"),
    }),
    version: t.int({ required: true, description: "Phiên bản đã đọc (User.version).", validate: versionSchema }),
    displayName: t.string({ required: false, description: "Họ tên hiển thị.", validate: displayNameSchema.nullish() }),
    title: t.string({ required: false, description: "Chức vụ; chuỗi rỗng để xóa.", validate: titleSchema }),
    email: t.string({ required: false, description: "Thư điện tử; chuỗi rỗng để xóa.", validate: emailSchema }),
    phone: t.string({ required: false, description: "Số điện thoại; chuỗi rỗng để xóa.", validate: phoneSchema }),
    unitId: t.id({
      required: false,
      description: "ID toàn cục của đơn vị công tác; null để bỏ.",
      validate: userUnitSchema,
    }),
    roles: t.field({
      type: [RoleGrantInput],
      required: false,
      description: "Các cấp quyền mới (thay toàn bộ).",
      validate: rolesSchema.nullish(),
    }),
  }),
});

const UpdateUserPayload = userPayload("UpdateUserPayload", "Người dùng đã sửa.");

builder.mutationField("updateUser", (t) =>
  t.field({
    type: UpdateUserPayload,
    description:
      "Sửa người dùng, vai trò, đơn vị, lĩnh vực (quản trị; trưởng đơn vị với cán bộ của đơn vị mình); version cũ → ConflictError.",
    authScopes: { roles: ACCOUNT_EDITOR_ROLES },
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "UpdateUserResult", description: "Kết quả sửa người dùng: người dùng hoặc lỗi." },
    },
    args: { input: t.arg({ type: UpdateUserInput, required: true, description: "Các trường cần sửa." }) },
    resolve: async (_root, { input }, ctx) => {
      const jurisdictionId = viewerJurisdiction(ctx.viewer);
      const id = input.id;
      await inTransaction(ctx, async (tx) => {
        const before = await managedUser(tx, ctx.viewer, jurisdictionId, id);
        if (isApiClient(before)) {
          throw new ValidationError([
            {
              path: ["input", "id"],
              message: "Tài khoản ứng dụng (API_CLIENT) được quản lý qua token API: dùng revokeApiToken.",
            },
          ]);
        }
        if (before.version !== input.version) throw new ConflictError("Người dùng", before.version);
        const unitChanged = input.unitId !== undefined;
        const unitId = unitChanged ? (input.unitId ?? null) : before.unitId;
        if (unitChanged && unitId && unitId !== before.unitId) {
          await assertActiveUnit(tx, jurisdictionId, unitId, ["input", "unitId"]);
        }
        const grants: ResolvedGrant[] = input.roles
          ? await resolveGrants(tx, jurisdictionId, input.roles, unitId)
          : before.roleGrants.map((g) => {
              const unitRole = g.role === "UNIT_HEAD" || g.role === "UNIT_STAFF";
              // Without new roles, unit grants follow the user's new unit.
              return {
                role: g.role,
                unitId: unitRole && unitChanged ? unitId : g.unitId,
                areaIds: g.areas.map((a) => a.areaId),
              };
            });
        if (grants.some((g) => (g.role === "UNIT_HEAD" || g.role === "UNIT_STAFF") && !g.unitId)) {
          throw new ValidationError([
            { path: ["input", "unitId"], message: "Người dùng có vai trò UNIT_HEAD/UNIT_STAFF phải thuộc một đơn vị." },
          ]);
        }
        await assertMayManage(tx, ctx.viewer, [{ unitId, grants }]);
        if (id === ctx.viewer.userId && ctx.viewer.roles.includes("ADMIN") && !grants.some((g) => g.role === "ADMIN")) {
          throw new ValidationError([
            {
              path: ["input", "roles"],
              message: "Không thể tự bỏ vai trò ADMIN của mình: nhờ quản trị khác làm việc này.",
            },
          ]);
        }
        const data = {
          ...(input.displayName != null ? { displayName: input.displayName.trim() } : {}),
          ...(input.title !== undefined ? { title: blankToNull(input.title) ?? null } : {}),
          ...(input.email !== undefined ? { email: blankToNull(input.email) ?? null } : {}),
          ...(input.phone !== undefined ? { phone: blankToNull(input.phone) ?? null } : {}),
          ...(unitChanged ? { unitId } : {}),
        };
        await updateVersioned(tx.user, "Người dùng", id, input.version, data);
        await replaceGrants(tx, id, jurisdictionId, grants);
        const after = await tx.user.findUniqueOrThrow({ where: { id }, include: userWithGrants });
        await recordAudit(tx, ctx, {
          name: "user.updated",
          entityId: id,
          before: userSnapshot(before),
          after: userSnapshot(after),
        });
      });
      return { userId: id };
    },
  }),
);
