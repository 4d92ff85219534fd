// mutation setUserPassword: an administrator sets another user's password (a forgotten one, a new
// account). The user's sessions end. Users change their own with changeOwnPassword, which asks
// for the current password. An API_CLIENT account has no password: it acts only through its token.

import { rolesFor } from "@kehoach/domain";
import { hashPassword } from "../../auth/password.ts";
import { isApiClient } from "../../auth/viewer.ts";
import { builder } from "../../builder.ts";
import { NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction } from "../../write.ts";
import { userPayload } from "../organisation/payloads.ts";
import { viewerJurisdiction } from "../organisation/shared.ts";
import { globalIdOf } from "../validators.ts";
import { replacePassword } from "./replacePassword.ts";
import { passwordSchema } from "./userInput.ts";

const SetUserPasswordInput = builder.inputType("SetUserPasswordInput", {
  description: "Đặt mật khẩu mới cho một người dùng.",
  fields: (t) => ({
    userId: t.id({
      required: true,
      description: "ID toàn cục của người dùng (không phải chính mình: tự đổi bằng changeOwnPassword).",
      validate: globalIdOf("User", "người dùng"),
    }),
    newPassword: t.string({
      required: true,
      description: "Mật khẩu mới, tối thiểu 10 ký tự.",
      validate: passwordSchema,
    }),
  }),
});

const SetUserPasswordPayload = userPayload("SetUserPasswordPayload", "Đã đặt mật khẩu mới.");

builder.mutationField("setUserPassword", (t) =>
  t.field({
    type: SetUserPasswordPayload,
    description:
      "Quản trị đặt mật khẩu cho một người dùng khác; các phiên đăng nhập của người đó bị thu hồi. Tự đổi mật khẩu của mình: changeOwnPassword.",
    authScopes: { roles: rolesFor("user.manage") },
    errors: {
      types: [NotFoundError],
      directResult: true,
      union: { name: "SetUserPasswordResult", description: "Kết quả đặt mật khẩu: người dùng hoặc lỗi." },
    },
    args: { input: t.arg({ type: SetUserPasswordInput, required: true, description: "Người dùng và mật khẩu mới." }) },
    resolve: async (_root, { input }, ctx) => {
      const jurisdictionId = viewerJurisdiction(ctx.viewer);
      const id = input.userId;
      if (id === ctx.viewer.userId) {
        throw new ValidationError([
          {
            path: ["input", "userId"],
            message: "Mật khẩu của chính mình đổi ở mục Đổi mật khẩu (changeOwnPassword), kèm mật khẩu hiện tại.",
          },
        ]);
      }
      const user = await ctx.prisma.user.findFirst({
        where: { id, jurisdictionId },
        include: { roleGrants: { select: { role: true } } },
      });
      if (!user) throw new NotFoundError("người dùng", input.userId, "User");
      if (user.archivedAt) {
        throw new ValidationError([
          { path: ["input", "userId"], message: `Tài khoản ${user.username} đã ngừng sử dụng.` },
        ]);
      }
      if (isApiClient(user)) {
        throw new ValidationError([
          {
            path: ["input", "userId"],
            message: `Tài khoản ${user.username} là tài khoản ứng dụng (API_CLIENT): không có mật khẩu, chỉ dùng token API.`,
          },
        ]);
      }
      const passwordHash = await hashPassword(input.newPassword);
      await inTransaction(ctx, (tx) => replacePassword(tx, ctx, { user, passwordHash, event: "user.passwordSet" }));
      return { userId: id };
    },
  }),
);
