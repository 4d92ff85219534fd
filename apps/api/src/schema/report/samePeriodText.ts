// "So với cùng kỳ" of a line or a measurement, in words, from the domain's one comparison rule.
import {
  comparedWithSamePeriod,
  figureInputOf,
  type Locale,
  type Numeric,
  samePeriodWording,
  type TargetRowLike,
  targetSpecFromRow,
  toNumber,
} from "@kehoach/domain";

export function samePeriodText(
  figures: { valueToDate: Numeric | null; samePeriodLastYear: Numeric | null },
  targets: readonly TargetRowLike[],
  locale: Locale,
): string | null {
  const unit = figureInputOf(targets.map(targetSpecFromRow)).unit;
  const comparison = comparedWithSamePeriod(toNumber(figures.valueToDate), toNumber(figures.samePeriodLastYear), unit);
  return comparison && samePeriodWording(comparison, locale);
}
