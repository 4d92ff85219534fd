// mutation createIndicator: a new indicator (chỉ tiêu) in a group of a plan, or a sub-indicator
// under a parent. ADMIN and OFFICE of the plan's jurisdiction.
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction, type Tx } from "../../write.ts";
import { planEditorScopes, planForWrite } from "../plan/access.ts";
import { IndicatorPayload } from "../plan/payloads.ts";
import { globalIdOf, optionalText, positionSchema, requiredText, yearSchema } from "../validators.ts";
import { indicatorNumberSchema } from "./inputs.ts";
import { TargetInput, targetIssues, targetListSchema, targetRows } from "./targetInput.ts";

const CreateIndicatorInput = builder.inputType("CreateIndicatorInput", {
  description: "Chỉ tiêu mới, có thể kèm các mức chỉ tiêu (đổi sau bằng setIndicatorTargets).",
  fields: (t) => ({
    groupId: t.id({
      required: true,
      description: "ID toàn cục của nhóm chỉ tiêu (IndicatorGroup); xác định kế hoạch.",
      validate: globalIdOf("IndicatorGroup", "nhóm chỉ tiêu"),
    }),
    parentId: t.id({
      description: "ID toàn cục của chỉ tiêu cha, khi tạo chỉ tiêu con (thành phần).",
      validate: globalIdOf("Indicator", "chỉ tiêu").nullish(),
    }),
    areaId: t.id({
      description: "ID toàn cục của lĩnh vực; mặc định lĩnh vực của chỉ tiêu cha hoặc của nhóm.",
      validate: globalIdOf("Area", "lĩnh vực").nullish(),
    }),
    number: t.int({ description: "Số thứ tự (1…999); chỉ tiêu con để trống.", validate: indicatorNumberSchema }),
    code: t.string({
      required: true,
      description: 'Mã hiển thị, duy nhất trong kế hoạch ("19", "1.4").',
      validate: requiredText("mã chỉ tiêu", 20),
    }),
    name: t.string({ required: true, description: "Tên chỉ tiêu.", validate: requiredText("tên chỉ tiêu", 500) }),
    sourceText: t.string({
      description: "Nguyên văn trong kế hoạch; mặc định bằng tên.",
      validate: optionalText("nguyên văn chỉ tiêu", 5000),
    }),
    applicableFromYear: t.int({ description: "Áp dụng từ năm.", validate: yearSchema.nullish() }),
    note: t.string({ description: "Ghi chú.", validate: optionalText("ghi chú", 2000) }),
    position: t.int({ description: "Thứ tự; mặc định cuối danh sách.", validate: positionSchema }),
    targets: t.field({
      type: [TargetInput],
      description: "Các mức chỉ tiêu theo thứ tự (tối đa 20), tạo cùng chỉ tiêu trong một lần ghi.",
      validate: targetListSchema.nullish(),
    }),
  }),
});

/** The next position after the last indicator beside which a new one goes. */
export async function nextIndicatorPosition(tx: Tx, planId: string, parentId: string | null): Promise<number> {
  const last = await tx.indicator.aggregate({ where: { planId, parentId }, _max: { position: true } });
  return (last._max.position ?? 0) + 1;
}

export async function assertIndicatorCodeFree(tx: Tx, planId: string, code: string, exceptId?: string) {
  const taken = await tx.indicator.findFirst({
    where: { planId, code, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) {
    throw new ValidationError([
      { path: ["input", "code"], message: `Mã chỉ tiêu "${code}" đã có trong kế hoạch; chọn mã khác.` },
    ]);
  }
}

builder.mutationField("createIndicator", (t) =>
  t.field({
    type: IndicatorPayload,
    description: "Thêm chỉ tiêu (hoặc chỉ tiêu con) vào kế hoạch. Quản trị và văn phòng.",
    authScopes: planEditorScopes,
    errors: {
      types: [NotFoundError],
      directResult: true,
      union: { name: "CreateIndicatorResult", description: "Kết quả thêm chỉ tiêu: chỉ tiêu mới hoặc lỗi." },
    },
    args: { input: t.arg({ type: CreateIndicatorInput, required: true, description: "Nội dung chỉ tiêu." }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, async (tx) => {
        const targets = input.targets ?? [];
        const issues = targets.flatMap((target, index) => targetIssues(target, index));
        if (issues.length > 0) throw new ValidationError(issues);
        const group = await tx.indicatorGroup.findUnique({ where: { id: input.groupId } });
        if (!group) throw new NotFoundError("Nhóm chỉ tiêu", input.groupId, "IndicatorGroup");
        const plan = await planForWrite(tx, ctx, group.planId, { path: ["input", "groupId"] });
        let parent = null;
        if (input.parentId) {
          parent = await tx.indicator.findUnique({ where: { id: input.parentId } });
          if (!parent || parent.planId !== plan.id)
            throw new NotFoundError("Chỉ tiêu cha", input.parentId, "Indicator");
          const problem = parent.parentId
            ? "Chỉ tiêu con không có chỉ tiêu con: chọn chỉ tiêu cấp cao nhất làm cha."
            : parent.archivedAt
              ? "Chỉ tiêu cha đã lưu trữ; chọn chỉ tiêu khác."
              : null;
          if (problem) throw new ValidationError([{ path: ["input", "parentId"], message: problem }]);
        }
        let areaId = parent?.areaId ?? group.areaId;
        if (input.areaId) {
          const area = await tx.area.findUnique({ where: { id: input.areaId }, select: { id: true } });
          if (!area) throw new NotFoundError("Lĩnh vực", input.areaId, "Area");
          areaId = area.id;
        }
        await assertIndicatorCodeFree(tx, plan.id, input.code);
        const indicator = await tx.indicator.create({
          data: {
            planId: plan.id,
            groupId: group.id,
            areaId,
            parentId: parent?.id ?? null,
            number: input.number ?? null,
            code: input.code,
            name: input.name,
            sourceText: input.sourceText ?? input.name,
            applicableFromYear: input.applicableFromYear ?? null,
            note: input.note ?? null,
            position: input.position ?? (await nextIndicatorPosition(tx, plan.id, parent?.id ?? null)),
          },
        });
        const targetData = targetRows(indicator.id, targets);
        await tx.target.createMany({ data: targetData });
        await recordAudit(tx, ctx, {
          name: "indicator.created",
          entityId: indicator.id,
          jurisdictionId: plan.jurisdictionId,
          after: { ...indicator, targets: targetData },
        });
        return { id: indicator.id };
      }),
  }),
);
