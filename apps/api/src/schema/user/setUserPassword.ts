// mutation setUserPassword: ADMIN sets anyone's password; a signed-in user changes its own with
// its current password. The user's other sessions are revoked.

import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { hashPassword, verifyPassword } from "../../auth/password.ts";
import { builder } from "../../builder.ts";
import { NotAuthorizedError, NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction } from "../../write.ts";
import { userPayload } from "../organisation/payloads.ts";
import { globalIdOf, idOf, viewerJurisdiction } from "../organisation/shared.ts";
import { passwordSchema } from "./userInput.ts";

const SetUserPasswordInput = builder.inputType("SetUserPasswordInput", {
  description: "Đặt mật khẩu mới.",
  fields: (t) => ({
    userId: t.id({
      required: true,
      description: "ID toàn cục của người dùng (chính mình, hoặc bất kỳ ai nếu là quản trị).",
      validate: globalIdOf("User", "người dùng"),
    }),
    currentPassword: t.string({
      required: false,
      description: "Mật khẩu hiện tại (bắt buộc khi tự đổi mật khẩu của mình).",
      validate: z.string().max(200, "Mật khẩu hiện tại dài tối đa 200 ký tự.").nullish(),
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
      "Đặt mật khẩu (quản trị cho mọi người dùng; người dùng tự đổi của mình kèm mật khẩu hiện tại). Các phiên đăng nhập khác của người dùng bị thu hồi.",
    authScopes: { roles: ["ADMIN", "OFFICE", "LEADER", "UNIT_HEAD", "UNIT_STAFF", "SUPERVISOR"] },
    errors: {
      types: [NotFoundError],
      directResult: true,
      union: { name: "SetUserPasswordResult", description: "Kết quả đặt mật khẩu: người dùng hoặc lỗi." },
    },
    args: { input: t.arg({ type: SetUserPasswordInput, required: true, description: "Người dùng và mật khẩu mới." }) },
    resolve: async (_root, { input }, ctx) => {
      const jurisdictionId = viewerJurisdiction(ctx.viewer);
      const id = idOf(input.userId, "User");
      const self = id === ctx.viewer.userId;
      if (!self && !ctx.viewer.roles.includes("ADMIN")) {
        throw new NotAuthorizedError(
          "Chỉ quản trị được đặt mật khẩu cho người khác; bạn chỉ đổi được mật khẩu của mình.",
        );
      }
      const user = await ctx.prisma.user.findFirst({ where: { id, jurisdictionId } });
      if (!user) throw new NotFoundError("người dùng", input.userId);
      if (user.archivedAt) {
        throw new ValidationError([
          { path: ["input", "userId"], message: `Tài khoản ${user.username} đã ngừng sử dụng.` },
        ]);
      }
      if (self && !(await verifyPassword(user.passwordHash, input.currentPassword ?? ""))) {
        throw new ValidationError([
          { path: ["input", "currentPassword"], message: "Mật khẩu hiện tại không đúng: nhập lại mật khẩu đang dùng." },
        ]);
      }
      const passwordHash = await hashPassword(input.newPassword);
      await inTransaction(ctx, async (tx) => {
        await tx.user.update({ where: { id }, data: { passwordHash } });
        const revoked = await tx.session.updateMany({
          where: {
            userId: id,
            revokedAt: null,
            ...(ctx.viewer.sessionId ? { id: { not: ctx.viewer.sessionId } } : {}),
          },
          data: { revokedAt: ctx.clock.now() },
        });
        await recordAudit(tx, ctx, {
          name: "user.passwordSet",
          entityId: id,
          after: { username: user.username, bySelf: self, sessionsRevoked: revoked.count },
        });
      });
      return { userId: id };
    },
  }),
);
