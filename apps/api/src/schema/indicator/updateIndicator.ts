// mutation updateIndicator: edits an indicator at the version the client read. ADMIN and OFFICE.
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction, updateVersioned } from "../../write.ts";
import { definedOnly, planEditorScopes } from "../plan/access.ts";
import { IndicatorPayload } from "../plan/payloads.ts";
import { globalIdOf, optionalText, positionSchema, presentText, versionSchema, yearSchema } from "../validators.ts";
import { assertIndicatorCodeFree } from "./createIndicator.ts";
import { indicatorForWrite, indicatorNumberSchema } from "./inputs.ts";

const UpdateIndicatorInput = builder.inputType("UpdateIndicatorInput", {
  description: "Sửa chỉ tiêu: chỉ các trường gửi lên được đổi; null xóa trường không bắt buộc.",
  fields: (t) => ({
    id: t.id({
      required: true,
      description: "ID toàn cục của chỉ tiêu.",
      validate: globalIdOf("Indicator", "chỉ tiêu"),
    }),
    version: t.int({ required: true, description: "Phiên bản đã đọc (Indicator.version).", validate: versionSchema }),
    groupId: t.id({
      description: "Chuyển sang nhóm chỉ tiêu khác (cùng kế hoạch).",
      validate: globalIdOf("IndicatorGroup", "nhóm chỉ tiêu").optional(),
    }),
    areaId: t.id({ description: "Đổi lĩnh vực.", validate: globalIdOf("Area", "lĩnh vực").optional() }),
    number: t.int({ description: "Số thứ tự (1…999).", validate: indicatorNumberSchema }),
    code: t.string({ description: "Mã hiển thị, duy nhất trong kế hoạch.", validate: presentText("mã chỉ tiêu", 20) }),
    name: t.string({ description: "Tên chỉ tiêu.", validate: presentText("tên chỉ tiêu", 500) }),
    sourceText: t.string({
      description: "Nguyên văn trong kế hoạch.",
      validate: presentText("nguyên văn chỉ tiêu", 5000),
    }),
    applicableFromYear: t.int({ description: "Áp dụng từ năm; null: áp dụng ngay.", validate: yearSchema.nullish() }),
    note: t.string({ description: "Ghi chú.", validate: optionalText("ghi chú", 2000) }),
    position: t.int({ description: "Thứ tự.", validate: positionSchema }),
  }),
});

builder.mutationField("updateIndicator", (t) =>
  t.field({
    type: IndicatorPayload,
    description: "Sửa chỉ tiêu theo phiên bản đã đọc (phiên bản cũ → ConflictError). Quản trị và văn phòng.",
    authScopes: planEditorScopes,
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "UpdateIndicatorResult", description: "Kết quả sửa chỉ tiêu: chỉ tiêu hoặc lỗi." },
    },
    args: { input: t.arg({ type: UpdateIndicatorInput, required: true, description: "Các trường cần sửa." }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, async (tx) => {
        const { indicator: before, plan } = await indicatorForWrite(tx, ctx, input.id);
        if (input.code === null || input.name === null || input.sourceText === null || input.position === null) {
          throw new ValidationError([
            { path: ["input"], message: "Mã, tên, nguyên văn và thứ tự không được để trống." },
          ]);
        }
        if (input.groupId) {
          const group = await tx.indicatorGroup.findUnique({ where: { id: input.groupId }, select: { planId: true } });
          if (!group || group.planId !== plan.id)
            throw new NotFoundError("Nhóm chỉ tiêu", input.groupId, "IndicatorGroup");
        }
        if (input.areaId) {
          const area = await tx.area.findUnique({ where: { id: input.areaId }, select: { id: true } });
          if (!area) throw new NotFoundError("Lĩnh vực", input.areaId, "Area");
        }
        if (input.code && input.code !== before.code) await assertIndicatorCodeFree(tx, plan.id, input.code, before.id);
        const data = definedOnly({
          groupId: input.groupId ?? undefined,
          areaId: input.areaId ?? undefined,
          number: input.number,
          code: input.code,
          name: input.name,
          sourceText: input.sourceText,
          applicableFromYear: input.applicableFromYear,
          note: input.note,
          position: input.position,
        });
        await updateVersioned(tx.indicator, "Chỉ tiêu", before.id, input.version, data);
        const after = await tx.indicator.findUniqueOrThrow({ where: { id: before.id } });
        const { targets: _targets, ...beforeRow } = before;
        await recordAudit(tx, ctx, {
          name: "indicator.updated",
          entityId: before.id,
          jurisdictionId: plan.jurisdictionId,
          before: beforeRow,
          after,
        });
        return { id: before.id };
      }),
  }),
);
