// A target (mức chỉ tiêu) as writes take it: the GraphQL input, the rules across its fields and
// the rows it becomes. Shared by setIndicatorTargets and createIndicator.
import { type TargetField, targetProblems } from "@kehoach/domain";
import { z } from "zod";
import { builder } from "../../builder.ts";
import type { FieldIssue } from "../../errors.ts";
import {
  ComparatorEnum,
  MeasureKindEnum,
  QualitativeKindEnum,
  TargetBasisEnum,
  TargetDirectionEnum,
  TargetKindEnum,
  TargetPhasingEnum,
} from "../enums.ts";
import { optionalText, requiredText, targetDecimal } from "../validators.ts";

export const TargetInput = builder.inputType("TargetInput", {
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
    year: t.int({ description: "Năm phải đạt (đến năm 2030); bỏ trống: năm của kế hoạch." }),
    phasing: t.field({
      type: TargetPhasingEnum,
      description:
        "Phân kỳ mục tiêu năm: LINEAR theo tháng, QUARTERLY theo quý, NONE không phân kỳ; bỏ trống: mặc định (số đếm tăng dần chia theo tháng, tỷ lệ và số tiền không phân kỳ). Chỉ mức định lượng cần đạt hoặc vượt một giá trị mới phân kỳ theo tháng, quý được.",
    }),
    text: t.string({
      required: true,
      description: "Nguyên văn cụm chỉ tiêu (trên 10%/năm).",
      validate: requiredText("nguyên văn mức chỉ tiêu", 500),
    }),
  }),
});

/** At most this many targets for one indicator. */
export const targetListSchema = z.array(z.any()).max(20, "Tối đa 20 mức chỉ tiêu cho một chỉ tiêu.");

interface TargetValues {
  kind: string;
  comparator?: string | null;
  value?: string | null;
  minValue?: string | null;
  maxValue?: string | null;
  qualitativeKind?: string | null;
  year?: number | null;
  phasing?: string | null;
}

const INPUT_FIELD: Record<TargetField, string> = {
  comparator: "comparator",
  value: "value",
  min: "minValue",
  max: "maxValue",
  qualitativeKind: "qualitativeKind",
  year: "year",
  phasing: "phasing",
};

/** The rules across fields of one target (one home: `targetProblems`); each issue names the input field. */
export function targetIssues(target: TargetValues, index: number): FieldIssue[] {
  const problems = targetProblems({ ...target, min: target.minValue, max: target.maxValue });
  return problems.map(({ field, message }) => ({
    path: ["input", "targets", String(index), INPUT_FIELD[field]],
    message: `Mức chỉ tiêu ${index + 1}: ${message}`,
  }));
}

/** The rows of `targets` for the indicator, in order; fields that do not apply to the kind are dropped. */
export function targetRows(indicatorId: string, targets: readonly (typeof TargetInput.$inferInput)[]) {
  return targets.map((target, position) => ({
    indicatorId,
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
    year: target.year ?? null,
    phasing: target.kind === "QUANTITATIVE" ? (target.phasing ?? null) : null,
    text: target.text,
    position,
  }));
}
