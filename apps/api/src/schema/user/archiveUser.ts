// mutation archiveUser: stops a user signing in and revokes its sessions at once. ADMIN for anyone
// but itself; a UNIT_HEAD for its own unit's staff. API clients are retired with revokeApiToken.

import { recordAudit } from "../../audit/record.ts";
import { isApiClient } from "../../auth/viewer.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction, updateVersioned } from "../../write.ts";
import { userPayload } from "../organisation/payloads.ts";
import { viewerJurisdiction } from "../organisation/shared.ts";
import { globalIdOf, versionSchema } from "../validators.ts";
import { ACCOUNT_EDITOR_ROLES, managedUser, userSnapshot, userWithGrants } from "./userInput.ts";

const ArchiveUserInput = builder.inputType("ArchiveUserInput", {
  description: "Người dùng cần ngừng sử dụng.",
  fields: (t) => ({
    id: t.id({
      required: true,
      description: "ID toàn cục của người dùng.",
      validate: globalIdOf("User", "người dùng"),
    }),
    version: t.int({ required: true, description: "Phiên bản đã đọc (User.version).", validate: versionSchema }),
  }),
});

const ArchiveUserPayload = userPayload("ArchiveUserPayload", "Người dùng đã ngừng sử dụng.");

builder.mutationField("archiveUser", (t) =>
  t.field({
    type: ArchiveUserPayload,
    description:
      "Ngừng sử dụng tài khoản và thu hồi mọi phiên đăng nhập của nó (quản trị; trưởng đơn vị với cán bộ của đơn vị mình).",
    authScopes: { roles: ACCOUNT_EDITOR_ROLES },
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "ArchiveUserResult", description: "Kết quả ngừng sử dụng tài khoản: người dùng hoặc lỗi." },
    },
    args: { input: t.arg({ type: ArchiveUserInput, required: true, description: "Người dùng và phiên bản." }) },
    resolve: async (_root, { input }, ctx) => {
      const jurisdictionId = viewerJurisdiction(ctx.viewer);
      const id = input.id;
      await inTransaction(ctx, async (tx) => {
        const before = await managedUser(tx, ctx.viewer, jurisdictionId, id);
        const path = ["input", "id"];
        if (id === ctx.viewer.userId) {
          throw new ValidationError([{ path, message: "Không thể tự ngừng sử dụng tài khoản của mình." }]);
        }
        if (isApiClient(before)) {
          throw new ValidationError([
            { path, message: "Tài khoản ứng dụng (API_CLIENT) được ngừng bằng revokeApiToken." },
          ]);
        }
        if (before.version !== input.version) throw new ConflictError("Người dùng", before.version);
        if (before.archivedAt) {
          throw new ValidationError([{ path, message: `Tài khoản ${before.username} đã ngừng sử dụng rồi.` }]);
        }
        const now = ctx.clock.now();
        await updateVersioned(tx.user, "Người dùng", id, input.version, { archivedAt: now });
        const revoked = await tx.session.updateMany({
          where: { userId: id, revokedAt: null },
          data: { revokedAt: now },
        });
        const after = await tx.user.findUniqueOrThrow({ where: { id }, include: userWithGrants });
        await recordAudit(tx, ctx, {
          name: "user.archived",
          entityId: id,
          before: userSnapshot(before),
          after: { ...userSnapshot(after), sessionsRevoked: revoked.count },
        });
      });
      return { userId: id };
    },
  }),
);
