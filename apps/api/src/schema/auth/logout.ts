// mutation logout: revokes the session that sent it (by Bearer token or the console's cookie); the
// token stops working at once and the console's cookie is cleared. Audited with what ended.
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { inTransaction } from "../../write.ts";

builder.mutationField("logout", (t) =>
  t.boolean({
    description:
      "Đăng xuất: thu hồi phiên hiện tại (token hoặc cookie của giao diện quản trị). Trả về true khi đã thu hồi.",
    authScopes: { authenticated: true },
    resolve: async (_root, _args, ctx) => {
      const sessionId = ctx.viewer.sessionId;
      if (!sessionId) return false;
      const revokedAt = ctx.clock.now();
      await inTransaction(ctx, async (tx) => {
        const before = await tx.session.findUniqueOrThrow({
          where: { id: sessionId },
          select: { expiresAt: true, revokedAt: true, user: { select: { username: true } } },
        });
        await tx.session.update({ where: { id: sessionId }, data: { revokedAt } });
        const ended = { username: before.user.username, expiresAt: before.expiresAt };
        await recordAudit(tx, ctx, {
          name: "session.revoked",
          entityId: sessionId,
          before: { ...ended, revokedAt: before.revokedAt },
          after: { ...ended, revokedAt },
        });
      });
      ctx.sessionCookie.clear();
      return true;
    },
  }),
);
