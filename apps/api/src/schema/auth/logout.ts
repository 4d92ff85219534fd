// mutation logout: revokes the session of the token that sent it; the token stops working at once.
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { inTransaction } from "../../write.ts";

builder.mutationField("logout", (t) =>
  t.boolean({
    description: "Đăng xuất: thu hồi token hiện tại. Trả về true khi đã thu hồi.",
    authScopes: { authenticated: true },
    resolve: async (_root, _args, ctx) => {
      const sessionId = ctx.viewer.sessionId;
      if (!sessionId) return false;
      await inTransaction(ctx, async (tx) => {
        await tx.session.update({ where: { id: sessionId }, data: { revokedAt: ctx.clock.now() } });
        await recordAudit(tx, ctx, { name: "session.revoked", entityId: sessionId });
      });
      return true;
    },
  }),
);
