// Comparison of one measured number with one quantitative target: met or not, how far short, and progress.
//
// The measured value is oriented like the target: for CHANGE and AVERAGE_ANNUAL_CHANGE it is the
// size of the change in the target's direction (a 55% reduction meets "giảm 50% trở lên", DECREASE
// CHANGE GTE 50), so comparators apply as written. EQ means "reach": at least the value when higher is
// better, at most the value when lower is better, which is only for DECREASE targets on a LEVEL basis
// ("tỷ lệ hộ nghèo còn 1%"). MAINTAIN counts as higher-is-better ("giữ vững 100%").
import { toNumber } from "./numeric.ts";
import type { TargetSpec } from "./target.ts";

/** ≈ is met within 5% of the target value (relative). */
export const APPROX_TOLERANCE = 0.05;
/** A value short of the target by at most 5% of it (relative) is at risk rather than off track. */
export const AT_RISK_TOLERANCE = 0.05;

export interface TargetComparison {
  met: boolean;
  /** How far short, relative to the target value (0.02 = 2% short); 0 when met or exactly on a strict bound. */
  shortfall: number;
  /** 0..1: how much of the target the value reaches (1 when met). */
  progress: number;
  /** The value the target asks for (the bound being missed, for ranges). */
  expected: number;
}

/** Lower is better for ≤ and <, and for reductions stated as a level ("còn 1%"); higher otherwise. */
export function lowerIsBetter(spec: Pick<TargetSpec, "direction" | "basis" | "comparator">): boolean {
  if (spec.comparator === "LT" || spec.comparator === "LTE") return true;
  return spec.direction === "DECREASE" && spec.basis === "LEVEL";
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Relative distance by which `value` misses `bound`, measured against `reference`. */
function gap(missBy: number, reference: number): number {
  if (missBy <= 0) return 0;
  return reference === 0 ? Number.POSITIVE_INFINITY : missBy / Math.abs(reference);
}

// Progress towards a bound to be reached from below (value/bound) or from above (bound/value).
function progressUp(value: number, bound: number): number {
  return bound > 0 ? clamp01(value / bound) : value >= bound ? 1 : 0;
}
function progressDown(value: number, bound: number): number {
  return value > 0 ? clamp01(bound / value) : value <= bound ? 1 : 0;
}

/**
 * Compares a value with a quantitative target; `null` when the target lacks the numbers its
 * comparator needs (then nothing can be said).
 */
export function compareWithTarget(value: number, spec: TargetSpec): TargetComparison | null {
  const comparator = spec.comparator;
  if (!comparator) return null;
  if (comparator === "RANGE") {
    const min = toNumber(spec.min);
    const max = toNumber(spec.max);
    if (min === null || max === null) return null;
    if (value < min)
      return { met: false, shortfall: gap(min - value, min), progress: progressUp(value, min), expected: min };
    if (value > max)
      return { met: false, shortfall: gap(value - max, max), progress: progressDown(value, max), expected: max };
    return { met: true, shortfall: 0, progress: 1, expected: min };
  }
  const target = toNumber(spec.value);
  if (target === null) return null;
  const result = (met: boolean, missBy: number, progress: number): TargetComparison => ({
    met,
    shortfall: met ? 0 : gap(missBy, target),
    progress: met ? 1 : progress,
    expected: target,
  });
  const down = lowerIsBetter(spec);
  switch (comparator) {
    case "GT":
      return result(value > target, target - value, progressUp(value, target));
    case "GTE":
      return result(value >= target, target - value, progressUp(value, target));
    case "LT":
      return result(value < target, value - target, progressDown(value, target));
    case "LTE":
      return result(value <= target, value - target, progressDown(value, target));
    case "EQ":
      return down
        ? result(value <= target, value - target, progressDown(value, target))
        : result(value >= target, target - value, progressUp(value, target));
    case "APPROX": {
      // Within the band is met; beyond it on the good side is better than asked, so met too,
      // except for MAINTAIN where the value is meant to stay where it is.
      const band = APPROX_TOLERANCE * Math.abs(target);
      const lower = target - band;
      const upper = target + band;
      if (spec.direction === "MAINTAIN") {
        if (value < lower) return result(false, lower - value, progressUp(value, lower));
        if (value > upper) return result(false, value - upper, progressDown(value, upper));
        return result(true, 0, 1);
      }
      return down
        ? result(value <= upper, value - upper, progressDown(value, upper))
        : result(value >= lower, lower - value, progressUp(value, lower));
    }
  }
}
