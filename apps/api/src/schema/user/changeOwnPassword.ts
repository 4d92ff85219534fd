// mutation changeOwnPassword: a signed-in user (not an API token) replaces its own password,
// proving the current one. The new one follows the domain's password rule and must differ from
// the current; wrong guesses count against the same throttle as sign-in. The user's other
// sessions end; the one that asked stays signed in.
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordWeakness, passwordWeakness } from "@kehoach/domain";
import { z } from "zod";
import { hashPassword, verifyPassword } from "../../auth/password.ts";
import { builder } from "../../builder.ts";
import { TooManyAttemptsError, WeakPasswordError, WrongCurrentPasswordError } from "../../errors.ts";
import { inTransaction } from "../../write.ts";
import { ErrorInterface } from "../errors/errors.ts";
import { replacePassword } from "./replacePassword.ts";
import { UserRef } from "./user.ts";

const weaknesses: Record<PasswordWeakness, { description: string }> = {
  TOO_SHORT: { description: `Ngắn hơn ${PASSWORD_MIN_LENGTH} ký tự.` },
  TOO_LONG: { description: `Dài hơn ${PASSWORD_MAX_LENGTH} ký tự.` },
  SAME_AS_CURRENT: { description: "Trùng mật khẩu hiện tại." },
};

const WeakPasswordReasonEnum = builder.enumType("WeakPasswordReason", {
  description: "Vì sao mật khẩu mới không được nhận (quy tắc mật khẩu).",
  values: weaknesses,
});

builder.objectType(WrongCurrentPasswordError, {
  name: "WrongCurrentPassword",
  description: "Mật khẩu hiện tại không đúng: không có gì bị thay đổi.",
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof WrongCurrentPasswordError,
});

builder.objectType(WeakPasswordError, {
  name: "WeakPassword",
  description: "Mật khẩu mới không theo quy tắc mật khẩu: không có gì bị thay đổi.",
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof WeakPasswordError,
  fields: (t) => ({
    reason: t.field({ type: WeakPasswordReasonEnum, description: "Lý do.", resolve: (e) => e.reason }),
  }),
});

const ChangeOwnPasswordInput = builder.inputType("ChangeOwnPasswordInput", {
  description: "Mật khẩu đang dùng và mật khẩu mới.",
  fields: (t) => ({
    currentPassword: t.string({
      required: true,
      description: "Mật khẩu đang dùng.",
      validate: z.string().min(1, "Nhập mật khẩu hiện tại.").max(200, "Mật khẩu hiện tại dài tối đa 200 ký tự."),
    }),
    newPassword: t.string({
      required: true,
      description: `Mật khẩu mới: ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} ký tự, khác mật khẩu hiện tại.`,
    }),
  }),
});

const ChangeOwnPasswordPayload = builder
  .objectRef<{ userId: string; otherSessionsEnded: number }>("ChangeOwnPasswordPayload")
  .implement({
    description: "Đã đổi mật khẩu.",
    fields: (t) => ({
      user: t.prismaField({
        type: UserRef,
        description: "Người dùng vừa đổi mật khẩu.",
        resolve: (query, p, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: p.userId } }),
      }),
      otherSessionsEnded: t.exposeInt("otherSessionsEnded", {
        description: "Số phiên đăng nhập khác của người dùng vừa bị kết thúc.",
      }),
    }),
  });

builder.mutationField("changeOwnPassword", (t) =>
  t.field({
    type: ChangeOwnPasswordPayload,
    description:
      "Tự đổi mật khẩu của mình (người dùng đã đăng nhập, không dùng token API): kiểm tra mật khẩu hiện tại, mật khẩu mới theo quy tắc mật khẩu. Các phiên đăng nhập khác của người dùng kết thúc; phiên hiện tại giữ nguyên.",
    authScopes: { signedIn: true },
    errors: {
      types: [WrongCurrentPasswordError, WeakPasswordError, TooManyAttemptsError],
      directResult: true,
      union: { name: "ChangeOwnPasswordResult", description: "Kết quả đổi mật khẩu: người dùng hoặc lỗi." },
    },
    args: {
      input: t.arg({ type: ChangeOwnPasswordInput, required: true, description: "Mật khẩu hiện tại và mới." }),
    },
    resolve: async (_root, { input }, ctx) => {
      const weakness = passwordWeakness(input.newPassword, input.currentPassword);
      if (weakness) throw new WeakPasswordError(weakness);
      const userId = ctx.viewer.userId as string;
      const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId } });
      const wait = await ctx.loginLimiter.admit(user.username, ctx.ip);
      if (wait > 0) throw new TooManyAttemptsError(wait);
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        await ctx.loginLimiter.recordFailure(user.username, ctx.ip);
        throw new WrongCurrentPasswordError();
      }
      await ctx.loginLimiter.recordSuccess(user.username, ctx.ip);
      const passwordHash = await hashPassword(input.newPassword);
      const ended = await inTransaction(ctx, (tx) =>
        replacePassword(tx, ctx, { user, passwordHash, event: "user.passwordChanged", replacing: user.passwordHash }),
      );
      // Changed by another request since it was verified: the current password given is no longer it.
      if (ended === null) throw new WrongCurrentPasswordError();
      return { userId, otherSessionsEnded: ended };
    },
  }),
);
