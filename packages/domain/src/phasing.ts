// Phasing a yearly target over the months, so that "on track" in March means on track for March:
// a count that builds up over the year ("thành lập mới trên 20 cơ sở") is due in equal monthly
// parts, in whole units, and an actual to date is compared with the part due by its month. Rates,
// percentages, averages, changes and amounts (an amount may be a level, like income per head) are
// not phased: they are compared with the year's target as they are. A year-end estimate, and every
// figure once the year is closed, is compared with the whole target.
import type { TargetSpec } from "./target.ts";

export type Phasing = "LINEAR" | "NONE";

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
 * is the last. Whole units: a target of 1 is due only in December.
 */
export function phasedTarget(spec: TargetSpec, month: number): TargetSpec | null {
  if (month >= 12 || defaultPhasing(spec) === "NONE") return null;
  const whole = Number(spec.value);
  if (!Number.isFinite(whole)) return null;
  const due = Math.floor((whole * Math.max(1, month)) / 12);
  // "Đạt 20" and "từ 20 trở lên" are both at least the part due; "trên 20" stays strict.
  return { ...spec, comparator: spec.comparator === "GT" ? "GT" : "GTE", value: due };
}
