// mutation createUser: ADMIN creates any user; a UNIT_HEAD creates staff (UNIT_STAFF) of its own
// unit. Username unique within the jurisdiction (another ward may have the same); the initial password (≥ 10 characters) is stored as an argon2 hash.
import { recordAudit } from "../../audit/record.ts";
import { hashPassword } from "../../auth/password.ts";
import { builder } from "../../builder.ts";
import { ValidationError } from "../../errors.ts";
import { inTransaction } from "../../write.ts";
import { userPayload } from "../organisation/payloads.ts";
import { viewerJurisdiction } from "../organisation/shared.ts";
import { blankToNull } from "../validators.ts";
import {
  ACCOUNT_EDITOR_ROLES,
  assertActiveUnit,
  assertMayManage,
  displayNameSchema,
  emailSchema,
  passwordSchema,
  phoneSchema,
  RoleGrantInput,
  replaceGrants,
  resolveGrants,
  rolesSchema,
  titleSchema,
  usernameSchema,
  userSnapshot,
  userUnitSchema,
  userWithGrants,
} from "./userInput.ts";

const CreateUserInput = builder.inputType("CreateUserInput", {
  description: "Người dùng mới.",
  fields: (t) => ({
    username: t.string({
      required: true,
      description: "Tên đăng nhập, duy nhất trong đơn vị hành chính (lưu chữ thường).",
      validate: usernameSchema,
    }),
    displayName: t.string({ required: true, description: "Họ tên hiển thị.", validate: displayNameSchema }),
    title: t.string({ required: false, description: "Chức vụ.", validate: titleSchema }),
    email: t.string({ required: false, description: "Thư điện tử.", validate: emailSchema }),
    phone: t.string({ required: false, description: "Số điện thoại.", validate: phoneSchema }),
    unitId: t.id({ required: false, description: "ID toàn cục của đơn vị công tác.", validate: userUnitSchema }),
    roles: t.field({
      type: [RoleGrantInput],
      required: true,
      description: "Các cấp quyền (ít nhất một).",
      validate: rolesSchema,
    }),
    password: t.string({
      required: true,
      description: "Mật khẩu ban đầu, tối thiểu 10 ký tự.",
      validate: passwordSchema,
    }),
  }),
});

const CreateUserPayload = userPayload("CreateUserPayload", "Người dùng đã tạo.");

builder.mutationField("createUser", (t) =>
  t.field({
    type: CreateUserPayload,
    description: "Tạo người dùng (quản trị; trưởng đơn vị chỉ tạo cán bộ UNIT_STAFF của đơn vị mình).",
    authScopes: { roles: ACCOUNT_EDITOR_ROLES },
    errors: {
      types: [],
      directResult: true,
      union: { name: "CreateUserResult", description: "Kết quả tạo người dùng: người dùng hoặc lỗi." },
    },
    args: { input: t.arg({ type: CreateUserInput, required: true, description: "Người dùng mới." }) },
    resolve: async (_root, { input }, ctx) => {
      const jurisdictionId = viewerJurisdiction(ctx.viewer);
      const username = input.username.trim().toLowerCase();
      const unitId = input.unitId ?? null;
      const passwordHash = await hashPassword(input.password);
      const user = await inTransaction(ctx, async (tx) => {
        if (unitId) await assertActiveUnit(tx, jurisdictionId, unitId, ["input", "unitId"]);
        const grants = await resolveGrants(tx, jurisdictionId, input.roles, unitId);
        await assertMayManage(tx, ctx.viewer, [{ unitId, grants }]);
        if (
          await tx.user.findUnique({
            where: { jurisdictionId_username: { jurisdictionId, username } },
            select: { id: true },
          })
        ) {
          throw new ValidationError([
            { path: ["input", "username"], message: `Tên đăng nhập "${username}" đã có người dùng: chọn tên khác.` },
          ]);
        }
        const created = await tx.user.create({
          data: {
            jurisdictionId,
            username,
            displayName: input.displayName.trim(),
            title: blankToNull(input.title) ?? null,
            email: blankToNull(input.email) ?? null,
            phone: blankToNull(input.phone) ?? null,
            unitId,
            passwordHash,
          },
        });
        await replaceGrants(tx, created.id, jurisdictionId, grants);
        const after = await tx.user.findUniqueOrThrow({ where: { id: created.id }, include: userWithGrants });
        await recordAudit(tx, ctx, { name: "user.created", entityId: created.id, after: userSnapshot(after) });
        return created;
      });
      return { userId: user.id };
    },
  }),
);
