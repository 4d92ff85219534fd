// mutation setIndicatorTargets: replaces the whole list of an indicator's targets (mức chỉ tiêu) with
// structured ones, and bumps the indicator's version. ADMIN and OFFICE; versioned, audited.
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction, updateVersioned } from "../../write.ts";
import { planEditorScopes } from "../plan/access.ts";
import { IndicatorPayload } from "../plan/payloads.ts";
import { globalIdOf, versionSchema } from "../validators.ts";
import { indicatorForWrite } from "./inputs.ts";
import { TargetInput, targetIssues, targetListSchema, targetRows } from "./targetInput.ts";

const SetIndicatorTargetsInput = builder.inputType("SetIndicatorTargetsInput", {
  description: "Toàn bộ danh sách mức chỉ tiêu mới của một chỉ tiêu (thay danh sách cũ).",
  fields: (t) => ({
    indicatorId: t.id({
      required: true,
      description: "ID toàn cục của chỉ tiêu.",
      validate: globalIdOf("Indicator", "chỉ tiêu"),
    }),
    version: t.int({ required: true, description: "Phiên bản đã đọc (Indicator.version).", validate: versionSchema }),
    targets: t.field({
      type: [TargetInput],
      required: true,
      description: "Các mức chỉ tiêu theo thứ tự (tối đa 20; rỗng để xóa hết).",
      validate: targetListSchema,
    }),
  }),
});

builder.mutationField("setIndicatorTargets", (t) =>
  t.field({
    type: IndicatorPayload,
    description:
      "Đặt lại toàn bộ mức chỉ tiêu của một chỉ tiêu (theo phiên bản đã đọc; tăng phiên bản chỉ tiêu). Quản trị và văn phòng.",
    authScopes: planEditorScopes,
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "SetIndicatorTargetsResult", description: "Kết quả đặt mức chỉ tiêu: chỉ tiêu hoặc lỗi." },
    },
    args: {
      input: t.arg({ type: SetIndicatorTargetsInput, required: true, description: "Chỉ tiêu và các mức mới." }),
    },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, async (tx) => {
        const issues = input.targets.flatMap((target, index) => targetIssues(target, index));
        if (issues.length > 0) throw new ValidationError(issues);
        const { indicator: before, plan } = await indicatorForWrite(tx, ctx, input.indicatorId);
        await updateVersioned(tx.indicator, "Chỉ tiêu", before.id, input.version, {});
        await tx.target.deleteMany({ where: { indicatorId: before.id } });
        await tx.target.createMany({
          data: targetRows(before.id, input.targets),
        });
        const after = await tx.indicator.findUniqueOrThrow({
          where: { id: before.id },
          include: { targets: { orderBy: { position: "asc" } } },
        });
        await recordAudit(tx, ctx, {
          name: "indicator.targetsSet",
          entityId: before.id,
          jurisdictionId: plan.jurisdictionId,
          before: { version: before.version, targets: before.targets },
          after: { version: after.version, targets: after.targets },
        });
        return { id: before.id };
      }),
  }),
);
