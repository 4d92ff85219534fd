// mutation createJurisdiction: a city's (or province's) ADMIN adds a ward, commune or special zone
// under its own city, with the ward's first ADMIN — so a city onboards its wards without SQL
// (packages/domain jurisdictions.ts). A ward of the official list already in the database (the
// city's wards are seeded from it) is taken as it is, if it has no accounts yet. The ward's
// usernames are its own: the same name may exist in another ward.
import { childKindsOf, jurisdictionCodeProblem, mayCreateJurisdiction, rolesFor } from "@kehoach/domain";
import { recordAudit } from "../../audit/record.ts";
import { hashPassword } from "../../auth/password.ts";
import { builder } from "../../builder.ts";
import { NotAuthorizedError, ValidationError } from "../../errors.ts";
import { inTransaction } from "../../write.ts";
import { JurisdictionKindEnum } from "../enums.ts";
import { viewerJurisdiction } from "../organisation/shared.ts";
import { UserRef } from "../user/user.ts";
import {
  displayNameSchema,
  emailSchema,
  passwordSchema,
  phoneSchema,
  usernameSchema,
  userSnapshot,
  userWithGrants,
} from "../user/userInput.ts";
import { blankToNull, requiredText } from "../validators.ts";
import { JurisdictionRef } from "./jurisdiction.ts";

const FirstAdministratorInput = builder.inputType("FirstAdministratorInput", {
  description: "Tài khoản quản trị (ADMIN) đầu tiên của đơn vị hành chính mới.",
  fields: (t) => ({
    username: t.string({
      required: true,
      description: "Tên đăng nhập, duy nhất trong đơn vị hành chính mới (lưu chữ thường).",
      validate: usernameSchema,
    }),
    displayName: t.string({ required: true, description: "Họ tên hiển thị.", validate: displayNameSchema }),
    email: t.string({ required: false, description: "Thư điện tử.", validate: emailSchema }),
    phone: t.string({ required: false, description: "Số điện thoại.", validate: phoneSchema }),
    password: t.string({
      required: true,
      description: "Mật khẩu ban đầu, tối thiểu 10 ký tự; người dùng đổi sau lần đăng nhập đầu.",
      validate: passwordSchema,
    }),
  }),
});

const CreateJurisdictionInput = builder.inputType("CreateJurisdictionInput", {
  description: "Phường, xã, đặc khu mới trực thuộc thành phố, tỉnh của người tạo, với quản trị đầu tiên.",
  fields: (t) => ({
    code: t.string({
      required: true,
      description: "Mã đơn vị hành chính theo danh mục chính thức (5 chữ số, ví dụ 10537).",
      validate: requiredText("mã đơn vị hành chính", 10),
    }),
    name: t.string({
      required: true,
      description: "Tên đơn vị hành chính (Phường Tân Hưng).",
      validate: requiredText("tên đơn vị hành chính", 200),
    }),
    kind: t.field({ type: JurisdictionKindEnum, required: true, description: "Cấp: WARD, COMMUNE, SPECIAL_ZONE." }),
    administrator: t.field({
      type: FirstAdministratorInput,
      required: true,
      description: "Tài khoản quản trị đầu tiên.",
    }),
  }),
});

const CreateJurisdictionPayload = builder
  .objectRef<{ jurisdictionId: string; administratorId: string }>("CreateJurisdictionPayload")
  .implement({
    description: "Đơn vị hành chính đã thêm và tài khoản quản trị đầu tiên của nó.",
    fields: (t) => ({
      jurisdiction: t.prismaField({
        type: JurisdictionRef,
        description: "Đơn vị hành chính.",
        resolve: (query, p, _args, ctx) =>
          ctx.prisma.jurisdiction.findUniqueOrThrow({ ...query, where: { id: p.jurisdictionId } }),
      }),
      administrator: t.prismaField({
        type: UserRef,
        description: "Quản trị đầu tiên (đăng nhập bằng tên, hoặc tên@mã khi trùng tên ở phường khác).",
        resolve: (query, p, _args, ctx) =>
          ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: p.administratorId } }),
      }),
    }),
  });

const KIND_NAMES: Record<string, string> = { WARD: "phường", COMMUNE: "xã", SPECIAL_ZONE: "đặc khu" };

builder.mutationField("createJurisdiction", (t) =>
  t.field({
    type: CreateJurisdictionPayload,
    description:
      "Thêm phường, xã, đặc khu trực thuộc thành phố, tỉnh của người dùng, cùng tài khoản quản trị đầu tiên (chỉ quản trị cấp thành phố, tỉnh). Phường đã có trong danh mục mà chưa có tài khoản thì được mở tài khoản.",
    authScopes: { roles: rolesFor("jurisdiction.create") },
    errors: {
      types: [],
      directResult: true,
      union: { name: "CreateJurisdictionResult", description: "Kết quả: đơn vị hành chính đã thêm, hoặc lỗi." },
    },
    args: { input: t.arg({ type: CreateJurisdictionInput, required: true, description: "Đơn vị hành chính mới." }) },
    resolve: async (_root, { input }, ctx) => {
      const parentId = viewerJurisdiction(ctx.viewer);
      const code = input.code.trim();
      const name = input.name.trim();
      const username = input.administrator.username.trim().toLowerCase();
      const passwordHash = await hashPassword(input.administrator.password);
      const created = await inTransaction(ctx, async (tx) => {
        const parent = await tx.jurisdiction.findUniqueOrThrow({
          where: { id: parentId },
          select: { id: true, kind: true, name: true },
        });
        if (!mayCreateJurisdiction(ctx.viewer, parent, input.kind)) {
          throw new NotAuthorizedError(
            childKindsOf(parent.kind).length === 0
              ? `Chỉ quản trị của thành phố, tỉnh thêm phường, xã; ${parent.name} không có đơn vị hành chính trực thuộc.`
              : "Chỉ quản trị thêm phường, xã, đặc khu trực thuộc thành phố, tỉnh của mình.",
          );
        }
        const codeProblem = jurisdictionCodeProblem(code, input.kind);
        if (codeProblem) throw new ValidationError([{ path: ["input", "code"], message: codeProblem }]);
        const existing = await tx.jurisdiction.findUnique({
          where: { code },
          select: { id: true, name: true, kind: true, parentId: true, _count: { select: { users: true } } },
        });
        let jurisdictionId: string;
        if (existing) {
          const problem =
            existing.parentId !== parent.id
              ? { field: "code", message: `Mã ${code} là của ${existing.name}, không trực thuộc ${parent.name}.` }
              : existing._count.users > 0
                ? {
                    field: "code",
                    message: `${existing.name} đã có tài khoản: quản trị của ${KIND_NAMES[existing.kind] ?? "đơn vị"} tạo thêm người dùng.`,
                  }
                : existing.name.toLocaleLowerCase("vi") !== name.toLocaleLowerCase("vi")
                  ? {
                      field: "name",
                      message: `Mã ${code} là ${existing.name} theo danh mục: sửa tên hoặc mã cho khớp.`,
                    }
                  : existing.kind !== input.kind
                    ? {
                        field: "kind",
                        message: `${existing.name} là ${KIND_NAMES[existing.kind] ?? existing.kind} theo danh mục.`,
                      }
                    : null;
          if (problem) throw new ValidationError([{ path: ["input", problem.field], message: problem.message }]);
          jurisdictionId = existing.id;
        } else {
          const created = await tx.jurisdiction.create({ data: { code, name, kind: input.kind, parentId: parent.id } });
          jurisdictionId = created.id;
          await recordAudit(tx, ctx, {
            name: "jurisdiction.created",
            entityId: created.id,
            jurisdictionId: parent.id,
            after: { code, name, kind: input.kind, parentId: parent.id },
          });
        }
        const administrator = await tx.user.create({
          data: {
            jurisdictionId,
            username,
            displayName: input.administrator.displayName.trim(),
            email: blankToNull(input.administrator.email) ?? null,
            phone: blankToNull(input.administrator.phone) ?? null,
            passwordHash,
            roleGrants: { create: { role: "ADMIN", jurisdictionId } },
          },
          include: userWithGrants,
        });
        await recordAudit(tx, ctx, {
          name: "user.created",
          entityId: administrator.id,
          jurisdictionId,
          after: userSnapshot(administrator),
        });
        return { jurisdictionId, administratorId: administrator.id };
      });
      // The viewer's reach was read before the ward existed: the payload is read with the ward below it.
      // (A copy: the viewer object is shared by the requests of the same token.)
      if (!ctx.viewer.belowJurisdictionIds.includes(created.jurisdictionId)) {
        ctx.viewer = {
          ...ctx.viewer,
          belowJurisdictionIds: [...ctx.viewer.belowJurisdictionIds, created.jurisdictionId],
        };
      }
      return created;
    },
  }),
);
