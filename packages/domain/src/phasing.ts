// Phasing a yearly target over the months, so that "on track" in March means on track for March:
// by default a count that builds up over the year ("thành lập mới trên 20 cơ sở") is due in equal
// monthly parts, in whole units, and an actual to date is compared with the part due by its month.
// Rates, percentages, averages, changes and amounts (an amount may be a level, like income per head)
// are not phased by default: they are compared with the year's target as they are. The office may
// set a target's phasing itself: by month, by quarter (a quarter's part is due once the quarter
// ends), or none. A year-end estimate, and every figure once the year is closed, is compared with
// the whole target.
import type { TargetSpec } from "./target.ts";

export type Phasing = "LINEAR" | "QUARTERLY" | "NONE";

export const PHASINGS: readonly Phasing[] = ["LINEAR", "QUARTERLY", "NONE"];

/** A target's phasing: the office's setting, else the default rule. */
export function phasingOf(spec: TargetSpec): Phasing {
  return spec.phasing ?? defaultPhasing(spec);
}

/** Can this target be phased at all: a quantitative target with one value to reach or exceed. */
export function phaseable(spec: { kind: string; comparator?: string | null }): boolean {
  return (
    spec.kind === "QUANTITATIVE" && (spec.comparator === "GT" || spec.comparator === "GTE" || spec.comparator === "EQ")
  );
}

/** How a target is phased by default: linearly for a count to reach by increase, otherwise not. */
export function defaultPhasing(spec: TargetSpec): Phasing {
  const buildsUp =
    spec.kind === "QUANTITATIVE" &&
    spec.measure === "COUNT" &&
    spec.direction === "INCREASE" &&
    (spec.basis === "LEVEL" || spec.basis === "ADDITIONAL") &&
    (spec.comparator === "GT" || spec.comparator === "GTE" || spec.comparator === "EQ");
  return buildsUp ? "LINEAR" : "NONE";
}

/**
 * The part of a yearly target due by the end of `month` (1–12), as a target of its own ("trên 5 cơ
 * sở" in March for "trên 20 cơ sở" in the year), or null when the target is not phased or the month
 * is the last. Whole units: a target of 1 is due only in December. By quarter, nothing is due
 * before the first quarter ends, then a quarter's part at each quarter's end.
 */
export function phasedTarget(spec: TargetSpec, month: number): TargetSpec | null {
  const phasing = phasingOf(spec);
  if (month >= 12 || phasing === "NONE" || !phaseable(spec)) return null;
  const whole = Number(spec.value);
  if (!Number.isFinite(whole)) return null;
  const share = phasing === "QUARTERLY" ? Math.floor(month / 3) / 4 : Math.max(1, month) / 12;
  // Counts are due in whole units; an amount or a rate the office phases, in its own decimals.
  const due = spec.measure === "COUNT" ? Math.floor(whole * share + 1e-9) : Math.round(whole * share * 1e6) / 1e6;
  // "Đạt 20" and "từ 20 trở lên" are both at least the part due; "trên 20" stays strict, but
  // nothing due yet is met by nothing.
  return { ...spec, comparator: spec.comparator === "GT" && due > 0 ? "GT" : "GTE", value: due };
}
