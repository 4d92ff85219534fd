// "So với cùng kỳ": how a figure to date compares with last year's figure for the same period, as
// the monthly report writes it. An amount or a count is compared as a share ("bằng 112,5% cùng
// kỳ"); a percentage is compared in points ("tăng 1,2 điểm % so với cùng kỳ"), since a share of a
// percentage says nothing a reader can use.
import { formatNumber, formatPercent, type Locale } from "../format.ts";

export type SamePeriodComparison = { kind: "SHARE"; percent: number } | { kind: "POINTS"; points: number };

const isPercentUnit = (unit: string | null) => unit !== null && /^(%|điểm %)/.test(unit.trim());

/** The comparison, or null when either figure is missing or last year's is 0 for a share. */
export function comparedWithSamePeriod(
  toDate: number | null | undefined,
  lastYear: number | null | undefined,
  unit: string | null,
): SamePeriodComparison | null {
  if (typeof toDate !== "number" || typeof lastYear !== "number") return null;
  if (isPercentUnit(unit)) return { kind: "POINTS", points: Math.round((toDate - lastYear) * 1e6) / 1e6 };
  if (lastYear <= 0) return null;
  return { kind: "SHARE", percent: Math.round((toDate / lastYear) * 1e8) / 1e6 };
}

/** The comparison in words: "bằng 112,5% cùng kỳ", "giảm 1,2 điểm % so với cùng kỳ", "bằng cùng kỳ". */
export function samePeriodWording(comparison: SamePeriodComparison, locale: Locale): string {
  const vi = locale === "vi";
  if (comparison.kind === "SHARE") {
    const share = formatPercent(comparison.percent, locale, { maximumFractionDigits: 1 });
    return vi ? `bằng ${share} cùng kỳ` : `${share} of the same period last year`;
  }
  const { points } = comparison;
  if (points === 0) return vi ? "bằng cùng kỳ" : "the same as the same period last year";
  const amount = formatNumber(Math.abs(points), locale, { maximumFractionDigits: 2 });
  if (vi) return `${points > 0 ? "tăng" : "giảm"} ${amount} điểm % so với cùng kỳ`;
  return `${points > 0 ? "up" : "down"} ${amount} percentage points on the same period last year`;
}
