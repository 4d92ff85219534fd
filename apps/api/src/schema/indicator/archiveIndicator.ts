// mutation archiveIndicator: takes an indicator (and with it its sub-indicators) out of the plan's
// lists, keeping its history. ADMIN and OFFICE; versioned, audited.
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction, updateVersioned } from "../../write.ts";
import { planEditorScopes } from "../plan/access.ts";
import { IndicatorPayload } from "../plan/payloads.ts";
import { globalIdOf, versionSchema } from "../validators.ts";
import { indicatorForWrite } from "./inputs.ts";

const ArchiveIndicatorInput = builder.inputType("ArchiveIndicatorInput", {
  description: "Chỉ tiêu cần lưu trữ và phiên bản đã đọc.",
  fields: (t) => ({
    id: t.id({
      required: true,
      description: "ID toàn cục của chỉ tiêu.",
      validate: globalIdOf("Indicator", "chỉ tiêu"),
    }),
    version: t.int({ required: true, description: "Phiên bản đã đọc (Indicator.version).", validate: versionSchema }),
  }),
});

builder.mutationField("archiveIndicator", (t) =>
  t.field({
    type: IndicatorPayload,
    description: "Lưu trữ chỉ tiêu (bỏ khỏi danh sách, giữ lịch sử). Quản trị và văn phòng.",
    authScopes: planEditorScopes,
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "ArchiveIndicatorResult", description: "Kết quả lưu trữ chỉ tiêu." },
    },
    args: { input: t.arg({ type: ArchiveIndicatorInput, required: true, description: "Chỉ tiêu và phiên bản." }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, async (tx) => {
        const { indicator: before, plan } = await indicatorForWrite(tx, ctx, input.id);
        if (before.archivedAt) {
          throw new ValidationError([{ path: ["input", "id"], message: "Chỉ tiêu đã lưu trữ rồi." }]);
        }
        await updateVersioned(tx.indicator, "Chỉ tiêu", before.id, input.version, { archivedAt: ctx.clock.now() });
        const after = await tx.indicator.findUniqueOrThrow({ where: { id: before.id } });
        const { targets: _targets, ...beforeRow } = before;
        await recordAudit(tx, ctx, {
          name: "indicator.archived",
          entityId: before.id,
          jurisdictionId: plan.jurisdictionId,
          before: beforeRow,
          after,
        });
        return { id: before.id };
      }),
  }),
);
