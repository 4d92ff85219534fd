// mutation login: username + password → a revocable session: its Bearer token in the answer (for
// other teams' clients) and in the console's HttpOnly cookie (auth/sessionCookie.ts). The same
// InvalidCredentials answer for an unknown user, a wrong password and an API_CLIENT account (which
// has no password); throttled per account and per (account, address), slowed per address (rateLimit.ts).
import { parseSignInName } from "@kehoach/domain";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { verifyPassword } from "../../auth/password.ts";
import { LOGIN_LIMITS } from "../../auth/rateLimit.ts";
import { newToken, SESSION_PREFIX } from "../../auth/tokens.ts";
import { isApiClient } from "../../auth/viewer.ts";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { InvalidCredentialsError, TooManyAttemptsError } from "../../errors.ts";
import { inTransaction } from "../../write.ts";
import { UserRef } from "../user/user.ts";

/** At most this many accounts of one name (in different wards) are tried with a password. */
const SAME_NAME_LIMIT = 5;

/**
 * The account a sign-in name and password open, or null. Usernames are unique within a ward only:
 * "name@code" names one ward's account; a bare name opens the one account of that name whose
 * password matches (an unknown name costs the same time, so it reveals nothing).
 */
async function signInAccount(ctx: Context, login: string, password: string) {
  const { username, jurisdictionCode } = parseSignInName(login);
  const accounts = await ctx.prisma.user.findMany({
    where: { username, archivedAt: null, ...(jurisdictionCode ? { jurisdiction: { code: jurisdictionCode } } : {}) },
    include: { roleGrants: { select: { role: true } } },
    orderBy: { id: "asc" },
    take: SAME_NAME_LIMIT,
  });
  const usable = accounts.filter((user) => !isApiClient(user));
  if (usable.length === 0) {
    await verifyPassword(null, password);
    return null;
  }
  const opened = [];
  for (const user of usable) if (await verifyPassword(user.passwordHash, password)) opened.push(user);
  return opened.length === 1 ? opened[0] : null;
}

/** How long a sign-in lasts. */
export const SESSION_HOURS = 12;

const LoginInput = builder.inputType("LoginInput", {
  description: "Thông tin đăng nhập.",
  fields: (t) => ({
    username: t.string({
      required: true,
      description: "Tên đăng nhập; khi phường khác có cùng tên, thêm @ và mã đơn vị hành chính (kt.canbo@10537).",
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
    description: `Đăng nhập bằng tên và mật khẩu; trả về token Bearer và đặt cookie phiên (HttpOnly) cho giao diện quản trị. Một tài khoản nhập sai ${LOGIN_LIMITS.accountAddressFailures} lần trong ${LOGIN_LIMITS.windowSeconds / 60} phút từ cùng một địa chỉ (hoặc ${LOGIN_LIMITS.accountFailures} lần từ mọi địa chỉ) thì tài khoản đó bị chặn tạm; các tài khoản khác không bị ảnh hưởng.`,
    authScopes: { public: true },
    errors: {
      types: [InvalidCredentialsError, TooManyAttemptsError],
      directResult: true,
      union: { name: "LoginResult", description: "Kết quả đăng nhập: token hoặc lỗi." },
    },
    args: { input: t.arg({ type: LoginInput, required: true, description: "Tên đăng nhập và mật khẩu." }) },
    resolve: async (_root, { input }, ctx) => {
      const username = input.username.trim().toLowerCase();
      const wait = await ctx.loginLimiter.admit(username, ctx.ip);
      if (wait > 0) throw new TooManyAttemptsError(wait);
      const user = await signInAccount(ctx, input.username, input.password);
      if (!user) {
        await ctx.loginLimiter.recordFailure(username, ctx.ip);
        throw new InvalidCredentialsError();
      }
      await ctx.loginLimiter.recordSuccess(username, ctx.ip);
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
      ctx.sessionCookie.set(token, SESSION_HOURS * 3600);
      ctx.signedInUserId = user.id;
      return { token, expiresAt, userId: user.id };
    },
  }),
);
