// mutation revokeApiToken (ADMIN): the token stops working at once and its API_CLIENT account is
// archived (one account per token).
import { rolesFor } from "@kehoach/domain";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction } from "../../write.ts";
import { viewerJurisdiction } from "../organisation/shared.ts";
import { globalIdOf } from "../validators.ts";
import { ApiTokenRef } from "./apiToken.ts";

const RevokeApiTokenInput = builder.inputType("RevokeApiTokenInput", {
  description: "Token API cần thu hồi.",
  fields: (t) => ({
    id: t.id({
      required: true,
      description: "ID toàn cục của token API.",
      validate: globalIdOf("ApiToken", "token API"),
    }),
  }),
});

const RevokeApiTokenPayload = builder.objectRef<{ apiTokenId: string }>("RevokeApiTokenPayload").implement({
  description: "Token API đã thu hồi.",
  fields: (t) => ({
    apiToken: t.prismaField({
      type: ApiTokenRef,
      description: "Token sau khi thu hồi.",
      resolve: (query, p, _args, ctx) =>
        ctx.prisma.apiToken.findUniqueOrThrow({ ...query, where: { id: p.apiTokenId } }),
    }),
  }),
});

builder.mutationField("revokeApiToken", (t) =>
  t.field({
    type: RevokeApiTokenPayload,
    description: "Thu hồi token API (chỉ quản trị); token bị từ chối ngay sau đó.",
    authScopes: { roles: rolesFor("token.manage") },
    errors: {
      types: [NotFoundError],
      directResult: true,
      union: { name: "RevokeApiTokenResult", description: "Kết quả thu hồi token API: token hoặc lỗi." },
    },
    args: { input: t.arg({ type: RevokeApiTokenInput, required: true, description: "Token cần thu hồi." }) },
    resolve: async (_root, { input }, ctx) => {
      const jurisdictionId = viewerJurisdiction(ctx.viewer);
      const id = input.id;
      await inTransaction(ctx, async (tx) => {
        const before = await tx.apiToken.findFirst({ where: { id, user: { jurisdictionId } } });
        if (!before) throw new NotFoundError("token API", input.id, "ApiToken");
        if (before.revokedAt) {
          throw new ValidationError([{ path: ["input", "id"], message: `Token ${before.name} đã bị thu hồi rồi.` }]);
        }
        const now = ctx.clock.now();
        await tx.apiToken.update({ where: { id }, data: { revokedAt: now } });
        await tx.user.update({ where: { id: before.userId }, data: { archivedAt: now, version: { increment: 1 } } });
        await recordAudit(tx, ctx, {
          name: "apiToken.revoked",
          entityId: id,
          before: { name: before.name, prefix: before.prefix, revokedAt: null },
          after: { name: before.name, prefix: before.prefix, revokedAt: now },
        });
      });
      return { apiTokenId: id };
    },
  }),
);
