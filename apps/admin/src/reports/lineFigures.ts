// A report line's figures in one phrase ("Thực hiện trong kỳ 1,2 tỷ đồng · Thực hiện lũy kế đến kỳ
// 9,8 tỷ đồng · Ước thực hiện cả năm 14,5 tỷ đồng · Cùng kỳ năm trước 8 tỷ đồng", "Đạt", "Số vụ việc xảy ra trong kỳ: 0"): for a cooperating unit's contribution and for
// the unit's own line of the month before.
import {
  comparedWithSamePeriod,
  formatNumber,
  type Locale,
  type Numeric,
  samePeriodWording,
  toNumber,
} from "@kehoach/domain";

export interface LineFigures {
  periodValue?: string | null;
  valueToDate?: string | null;
  yearEndEstimate?: string | null;
  samePeriodLastYear?: string | null;
  achieved?: boolean | null;
  eventCount?: number | null;
}

export function figuresText(c: LineFigures, unit: string | null, locale: Locale, t: (key: string) => string) {
  const amount = (value: string) =>
    `${formatNumber(value, locale)}${unit ? (unit.startsWith("%") ? unit : ` ${unit}`) : ""}`;
  const parts = [
    c.periodValue != null ? `${t("app.report.line.periodValue")} ${amount(c.periodValue)}` : null,
    c.valueToDate != null ? `${t("app.report.line.valueToDate")} ${amount(c.valueToDate)}` : null,
    c.yearEndEstimate != null ? `${t("app.report.line.yearEndEstimate")} ${amount(c.yearEndEstimate)}` : null,
    c.samePeriodLastYear != null ? `${t("app.report.line.samePeriodLastYear")} ${amount(c.samePeriodLastYear)}` : null,
    c.achieved != null ? t(c.achieved ? "app.report.line.achieved_yes" : "app.report.line.achieved_no") : null,
    c.eventCount != null ? `${t("app.report.line.eventCount")}: ${c.eventCount}` : null,
  ];
  return parts.filter((part) => part !== null).join(" · ");
}

/**
 * "So với cùng kỳ" of a line in words ("bằng 122,5% cùng kỳ"), or "" when it cannot be said; `unit`
 * is the target's unit as the plan writes it (figureInput's), not as shown.
 */
export function comparisonText(
  c: { valueToDate?: Numeric | null; samePeriodLastYear?: Numeric | null },
  unit: string | null,
  locale: Locale,
): string {
  const comparison = comparedWithSamePeriod(toNumber(c.valueToDate), toNumber(c.samePeriodLastYear), unit);
  return comparison ? samePeriodWording(comparison, locale) : "";
}
