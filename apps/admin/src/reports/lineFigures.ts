// A report line's figures in one phrase ("Thực hiện lũy kế đến kỳ 99,2% · Ước thực hiện cả năm
// 99,5%", "Đạt", "Số vụ việc xảy ra trong kỳ: 0"): for a cooperating unit's contribution and for
// the unit's own line of the month before.
import { formatNumber, type Locale } from "@kehoach/domain";

export interface LineFigures {
  valueToDate?: string | null;
  yearEndEstimate?: string | null;
  achieved?: boolean | null;
  eventCount?: number | null;
}

export function figuresText(c: LineFigures, unit: string | null, locale: Locale, t: (key: string) => string) {
  const amount = (value: string) =>
    `${formatNumber(value, locale)}${unit ? (unit.startsWith("%") ? unit : ` ${unit}`) : ""}`;
  const parts = [
    c.valueToDate != null ? `${t("app.report.line.valueToDate")} ${amount(c.valueToDate)}` : null,
    c.yearEndEstimate != null ? `${t("app.report.line.yearEndEstimate")} ${amount(c.yearEndEstimate)}` : null,
    c.achieved != null ? t(c.achieved ? "app.report.line.achieved_yes" : "app.report.line.achieved_no") : null,
    c.eventCount != null ? `${t("app.report.line.eventCount")}: ${c.eventCount}` : null,
  ];
  return parts.filter((part) => part !== null).join(" · ");
}
