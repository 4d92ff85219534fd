// mutation login: username + password → a revocable Bearer token and the viewer. The same
// InvalidCredentials answer for an unknown user and a wrong password; throttled per user and IP.
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { verifyPassword } from "../../auth/password.ts";
import { newToken, SESSION_PREFIX } from "../../auth/tokens.ts";
import { builder } from "../../builder.ts";
import { InvalidCredentialsError, TooManyAttemptsError } from "../../errors.ts";
import { inTransaction } from "../../write.ts";
import { UserRef } from "../user/user.ts";

/** How long a sign-in lasts. */
export const SESSION_HOURS = 12;

const LoginInput = builder.inputType("LoginInput", {
  description: "Thông tin đăng nhập.",
  fields: (t) => ({
    username: t.string({
      required: true,
      description: "Tên đăng nhập.",
      validate: z.string().trim().min(1, "Nhập tên đăng nhập.").max(100, "Tên đăng nhập dài tối đa 100 ký tự."),
    }),
    password: t.string({
      required: true,
      description: "Mật khẩu.",
      validate: z.string().min(1, "Nhập mật khẩu.").max(200, "Mật khẩu dài tối đa 200 ký tự."),
    }),
  }),
});

interface LoginResult {
  token: string;
  expiresAt: Date;
  userId: string;
}

const LoginPayload = builder.objectRef<LoginResult>("LoginPayload").implement({
  description: "Đăng nhập thành công.",
  fields: (t) => ({
    token: t.exposeString("token", { description: "Token gửi kèm mỗi yêu cầu: Authorization: Bearer <token>." }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", description: "Thời điểm token hết hạn." }),
    viewer: t.prismaField({
      type: UserRef,
      description: "Người dùng vừa đăng nhập.",
      resolve: (query, result, _args, ctx) =>
        ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: result.userId } }),
    }),
  }),
});

builder.mutationField("login", (t) =>
  t.field({
    type: LoginPayload,
    description: "Đăng nhập bằng tên và mật khẩu; trả về token Bearer. Sai quá 10 lần trong 15 phút thì bị chặn tạm.",
    authScopes: { public: true },
    errors: {
      types: [InvalidCredentialsError, TooManyAttemptsError],
      directResult: true,
      union: { name: "LoginResult", description: "Kết quả đăng nhập: token hoặc lỗi." },
    },
    args: { input: t.arg({ type: LoginInput, required: true, description: "Tên đăng nhập và mật khẩu." }) },
    resolve: async (_root, { input }, ctx) => {
      const username = input.username.trim().toLowerCase();
      const wait = await ctx.loginLimiter.retryAfter(username, ctx.ip);
      if (wait > 0) throw new TooManyAttemptsError(wait);
      const user = await ctx.prisma.user.findUnique({ where: { username } });
      const ok = await verifyPassword(user && !user.archivedAt ? user.passwordHash : null, input.password);
      if (!user || !ok) {
        await ctx.loginLimiter.recordFailure(username, ctx.ip);
        throw new InvalidCredentialsError();
      }
      await ctx.loginLimiter.recordSuccess(username);
      const { token, hash } = newToken(SESSION_PREFIX);
      const signedInAt = ctx.clock.now();
      const expiresAt = new Date(signedInAt.getTime() + SESSION_HOURS * 3600_000);
      await inTransaction(ctx, async (tx) => {
        const session = await tx.session.create({
          data: {
            userId: user.id,
            tokenHash: hash,
            expiresAt,
            lastUsedAt: signedInAt,
            ip: ctx.ip,
            userAgent: ctx.userAgent,
          },
        });
        await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: signedInAt } });
        await recordAudit(
          tx,
          { ...ctx, viewer: { ...ctx.viewer, userId: user.id } },
          {
            name: "session.created",
            entityId: session.id,
            jurisdictionId: user.jurisdictionId,
            after: { username: user.username, expiresAt },
          },
        );
      });
      ctx.signedInUserId = user.id;
      return { token, expiresAt, userId: user.id };
    },
  }),
);
