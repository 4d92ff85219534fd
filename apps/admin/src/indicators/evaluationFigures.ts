// An evaluation's figures in words: the latest value against the expected one, in the unit of the
// indicator's first target ("84,9 triệu đồng", "96%"), and progress as a percentage (the API gives 0..1).
import { formatQuantity, type Locale } from "@kehoach/domain";
import type { TargetSpec } from "../targets/formatTarget.ts";

export interface EvaluationLike {
  progress: number | null;
  latestValue: number | null;
  expectedValue: number | null;
}

type Unit = Pick<TargetSpec, "unit" | "measure">;

export function figure(value: number | null, target: Unit | undefined, locale: Locale): string {
  if (value == null) return "—";
  return formatQuantity(value, { unit: target?.unit ?? null, measure: target?.measure ?? null }, locale);
}

export function progressPercent(evaluation: Pick<EvaluationLike, "progress">): number | null {
  return evaluation.progress == null ? null : evaluation.progress * 100;
}
