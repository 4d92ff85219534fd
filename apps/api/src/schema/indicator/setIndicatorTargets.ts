// mutation setIndicatorTargets: replaces the whole list of an indicator's targets (mức chỉ tiêu) with
// structured ones, and bumps the indicator's version. ADMIN and OFFICE; versioned, audited.

import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import type { FieldIssue } from "../../errors.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction, updateVersioned } from "../../write.ts";
import {
  ComparatorEnum,
  MeasureKindEnum,
  QualitativeKindEnum,
  TargetBasisEnum,
  TargetDirectionEnum,
  TargetKindEnum,
} from "../enums.ts";
import { planEditorScopes } from "../plan/access.ts";
import { IndicatorPayload } from "../plan/payloads.ts";
import { globalIdOf, optionalText, requiredText, targetDecimal, versionSchema } from "../plan/validation.ts";
import { indicatorForWrite } from "./inputs.ts";

const TargetInput = builder.inputType("TargetInput", {
  description:
    "Một mức chỉ tiêu. Định lượng: phép so sánh và giá trị (RANGE: minValue < maxValue). Định tính: loại định tính.",
  fields: (t) => ({
    kind: t.field({ type: TargetKindEnum, required: true, description: "Định lượng hay định tính." }),
    comparator: t.field({ type: ComparatorEnum, description: "Phép so sánh (bắt buộc với định lượng)." }),
    value: t.field({ type: "Decimal", description: "Giá trị (định lượng, trừ RANGE).", validate: targetDecimal }),
    minValue: t.field({ type: "Decimal", description: "Cận dưới (RANGE).", validate: targetDecimal }),
    maxValue: t.field({ type: "Decimal", description: "Cận trên (RANGE).", validate: targetDecimal }),
    unit: t.string({
      description: "Đơn vị tính như trong kế hoạch (%, tỷ đồng, cơ sở…).",
      validate: optionalText("đơn vị tính", 50),
    }),
    measure: t.field({ type: MeasureKindEnum, description: "Đại lượng của đơn vị tính." }),
    currency: t.string({ description: "Tiền tệ (VND, USD).", validate: optionalText("tiền tệ", 10) }),
    scale: t.field({ type: "Decimal", description: "Hệ số của đơn vị (triệu = 1000000).", validate: targetDecimal }),
    perQuantity: t.field({ type: "Decimal", description: "Mẫu số của tỷ suất (10000 dân).", validate: targetDecimal }),
    perUnit: t.string({ description: "Đơn vị của mẫu số tỷ suất (dân).", validate: optionalText("đơn vị mẫu số", 50) }),
    direction: t.field({ type: TargetDirectionEnum, description: "Hướng; mặc định INCREASE." }),
    basis: t.field({ type: TargetBasisEnum, description: "Cách đo; mặc định LEVEL." }),
    qualitativeKind: t.field({ type: QualitativeKindEnum, description: "Loại định tính (bắt buộc với định tính)." }),
    text: t.string({
      required: true,
      description: "Nguyên văn cụm chỉ tiêu (trên 10%/năm).",
      validate: requiredText("nguyên văn mức chỉ tiêu", 500),
    }),
  }),
});

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
      validate: z.array(z.any()).max(20, "Tối đa 20 mức chỉ tiêu cho một chỉ tiêu."),
    }),
  }),
});

interface TargetValues {
  kind: string;
  comparator?: string | null;
  value?: string | null;
  minValue?: string | null;
  maxValue?: string | null;
  qualitativeKind?: string | null;
}

/** The rules across fields of one target; each issue names the field to fix. */
export function targetIssues(target: TargetValues, index: number): FieldIssue[] {
  const at = (field: string, message: string): FieldIssue => ({
    path: ["input", "targets", String(index), field],
    message: `Mức chỉ tiêu ${index + 1}: ${message}`,
  });
  const issues: FieldIssue[] = [];
  if (target.kind === "QUANTITATIVE") {
    if (!target.comparator) issues.push(at("comparator", "chỉ tiêu định lượng cần phép so sánh (GT, GTE, EQ…)."));
    if (target.qualitativeKind) issues.push(at("qualitativeKind", "chỉ tiêu định lượng không có loại định tính."));
    if (target.comparator === "RANGE") {
      if (target.minValue == null || target.maxValue == null) {
        issues.push(at("minValue", "khoảng giá trị (RANGE) cần cả minValue và maxValue."));
      } else if (!(Number(target.minValue) < Number(target.maxValue))) {
        issues.push(at("maxValue", "khoảng giá trị (RANGE) cần minValue nhỏ hơn maxValue."));
      }
    } else if (target.comparator && target.value == null) {
      issues.push(at("value", "chỉ tiêu định lượng cần giá trị (value)."));
    }
  } else {
    if (!target.qualitativeKind) {
      issues.push(at("qualitativeKind", "chỉ tiêu định tính cần loại (ACHIEVED, ZERO_EVENTS, COMPLETE_ASSIGNED)."));
    }
    if (target.comparator) issues.push(at("comparator", "chỉ tiêu định tính không có phép so sánh; bỏ comparator."));
  }
  return issues;
}

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
          data: input.targets.map((target, position) => ({
            indicatorId: before.id,
            kind: target.kind,
            comparator: target.kind === "QUANTITATIVE" ? (target.comparator ?? null) : null,
            value: target.comparator === "RANGE" ? null : (target.value ?? null),
            minValue: target.comparator === "RANGE" ? (target.minValue ?? null) : null,
            maxValue: target.comparator === "RANGE" ? (target.maxValue ?? null) : null,
            unit: target.unit ?? null,
            measure: target.measure ?? null,
            currency: target.currency ?? null,
            scale: target.scale ?? null,
            perQuantity: target.perQuantity ?? null,
            perUnit: target.perUnit ?? null,
            direction: target.direction ?? "INCREASE",
            basis: target.basis ?? "LEVEL",
            qualitativeKind: target.kind === "QUALITATIVE" ? (target.qualitativeKind ?? null) : null,
            text: target.text,
            position,
          })),
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
