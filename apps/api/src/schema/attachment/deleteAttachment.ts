// mutation deleteAttachment: removes an evidence file from its report line or task output, by the
// same rule as attaching it (packages/domain attachments/rules.ts). The row is kept, marked deleted,
// so that the audit log still names what was removed.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { ownerForChange, ownerReadable } from "../../attachments/owner.ts";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { NotFoundError } from "../../errors.ts";
import { inTransaction } from "../../write.ts";
import { globalIdOf } from "../validators.ts";

const DeleteAttachmentInput = builder.inputType("DeleteAttachmentInput", {
  description: "Tệp minh chứng cần xóa.",
  fields: (t) => ({
    id: t.id({
      required: true,
      description: "ID toàn cục của tệp.",
      validate: globalIdOf("Attachment", "tệp đính kèm"),
    }),
  }),
});

const DeleteAttachmentPayload = builder.objectRef<{ id: string }>("DeleteAttachmentPayload").implement({
  description: "Tệp đã xóa.",
  fields: (t) => ({
    deletedId: t.id({
      description: "ID toàn cục của tệp vừa xóa.",
      resolve: (result) => encodeGlobalID("Attachment", result.id),
    }),
  }),
});

builder.mutationField("deleteAttachment", (t) =>
  t.field({
    type: DeleteAttachmentPayload,
    description:
      "Xóa một tệp minh chứng. Cán bộ đơn vị với dòng báo cáo của đơn vị khi báo cáo còn là nháp hoặc bị trả lại; Văn phòng và cán bộ đơn vị chủ trì với sản phẩm đầu ra của nhiệm vụ.",
    authScopes: { signedIn: true },
    errors: {
      types: [NotFoundError],
      directResult: true,
      union: { name: "DeleteAttachmentResult", description: "Tệp đã xóa, hoặc lỗi." },
    },
    args: { input: t.arg({ type: DeleteAttachmentInput, required: true, description: "Tệp cần xóa." }) },
    resolve: async (_root, { input }, ctx) => {
      const notFound = () => new NotFoundError("tệp đính kèm", input.id, "Attachment");
      const file = await ctx.prisma.attachment.findFirst({
        where: { id: input.id, deletedAt: null },
        select: {
          fileName: true,
          contentType: true,
          size: true,
          sha256: true,
          reportId: true,
          indicatorId: true,
          taskId: true,
          taskOutputId: true,
        },
      });
      if (!file) throw notFound();
      const { fileName, contentType, size, sha256, ...key } = file;
      const readable = await ownerReadable(ctx, key);
      return inTransaction(ctx, async (tx) => {
        const facts = await ownerForChange(tx, ctx, key, readable, notFound);
        const { count } = await tx.attachment.updateMany({
          where: { id: input.id, deletedAt: null },
          data: { deletedAt: ctx.clock.now() },
        });
        if (count === 0) throw notFound();
        await recordAudit(tx, ctx, {
          name: "attachment.deleted",
          entityId: input.id,
          jurisdictionId: facts.jurisdictionId,
          before: { ...key, fileName, contentType, size, sha256 },
        });
        return { id: input.id };
      });
    },
  }),
);
