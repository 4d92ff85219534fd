// What a report line asks for an indicator, from its targets, and the one validation of a reported
// figure: the API refuses what this refuses, and the console's form checks the same before sending.
//
// - A number with the target's unit for quantitative targets: never negative for amounts, counts
//   and rates of a level; a percentage of a level lies in 0–100 (decimals allowed, no step); a
//   change (tăng 10%, giảm 2 điểm %) may be negative. The year-end estimate is asked too, and the
//   same period of last year ("cùng kỳ năm trước", optional) so the report can say how this year
//   compares. An amount or a count that builds up over the year (tổng giá trị sản phẩm, số cơ sở
//   thành lập mới) also asks the period's own figure beside the figure to date, and the period's own
//   figure cannot exceed the figure to date.
// - "Complete the assigned figure" (hoàn thành kế hoạch thành phố giao): the share of the assigned
//   figure done, in percent (may pass 100), so that 45,2 tỷ đồng is never read as 45,2%.
// - Yes/no (đạt / chưa đạt) for qualitative targets ("Phường đạt chuẩn tiếp cận pháp luật").
// - Events (số vụ) for "không để xảy ra" targets: a whole number ≥ 0 in the period; 0 means none.
// - Text only (the note) when the indicator has no target that can be measured.
import type { Locale } from "../format.ts";
import type { TargetSpec } from "../target.ts";

export type FigureInputKind = "NUMBER" | "YES_NO" | "EVENTS" | "TEXT";

export interface FigureInput {
  kind: FigureInputKind;
  /** Shown beside the field ("tỷ đồng", "%", "% kế hoạch giao", "vụ"); null when there is none. */
  unit: string | null;
  /** Bounds of the number or count, inclusive; null when unbounded. */
  min: number | null;
  max: number | null;
  /** Whether the line asks for the year-end estimate (ước cả năm) too. */
  estimate: boolean;
  /** Whether the line asks for the period's own figure (thực hiện trong kỳ) beside the figure to date. */
  period: boolean;
  /** Whether the line asks for last year's figure for the same period (cùng kỳ năm trước). */
  lastYear: boolean;
}

const NO_NUMBER = { estimate: false, period: false, lastYear: false } as const;

/** The unit of a "complete the assigned figure" line: a share of what the city assigned. */
export const ASSIGNED_SHARE_UNIT: Record<Locale, string> = { vi: "% kế hoạch giao", en: "% of the assigned figure" };

/** What a line about an indicator with these (own) targets asks for; the first target decides. */
export function figureInputOf(targets: readonly TargetSpec[]): FigureInput {
  const target = targets[0];
  if (!target) return { kind: "TEXT", unit: null, min: null, max: null, ...NO_NUMBER };
  if (target.kind === "QUALITATIVE") {
    switch (target.qualitativeKind) {
      case "ACHIEVED":
        return { kind: "YES_NO", unit: null, min: null, max: null, ...NO_NUMBER };
      case "ZERO_EVENTS":
        return { kind: "EVENTS", unit: "vụ", min: 0, max: null, ...NO_NUMBER };
      case "COMPLETE_ASSIGNED":
        return {
          kind: "NUMBER",
          unit: ASSIGNED_SHARE_UNIT.vi,
          min: 0,
          max: null,
          estimate: true,
          period: false,
          lastYear: false,
        };
      default:
        return { kind: "TEXT", unit: null, min: null, max: null, ...NO_NUMBER };
    }
  }
  const unit = target.unit?.trim() || null;
  const level = target.basis === "LEVEL" || target.basis === "ADDITIONAL";
  const number = { kind: "NUMBER", unit, estimate: true, period: false, lastYear: true } as const;
  if (!level || target.measure === "PERCENTAGE_POINT" || target.measure === "OTHER") {
    return { ...number, min: null, max: null };
  }
  if (target.measure === "PERCENT" && target.basis === "LEVEL") return { ...number, min: 0, max: 100 };
  return { ...number, min: 0, max: null, period: target.measure === "MONEY" || target.measure === "COUNT" };
}

/** A reported line's figures, as the API's input and the form's parsed values carry them. */
export interface FigureLine {
  valueToDate?: number | null;
  periodValue?: number | null;
  yearEndEstimate?: number | null;
  samePeriodLastYear?: number | null;
  achieved?: boolean | null;
  eventCount?: number | null;
}

export type FigureField = keyof FigureLine;

export type FigureIssueCode = "NOT_ASKED" | "BELOW_MIN" | "ABOVE_MAX" | "NOT_WHOLE" | "PERIOD_ABOVE_TO_DATE";

export interface FigureIssue {
  field: FigureField;
  code: FigureIssueCode;
  /** The bound broken, for BELOW_MIN and ABOVE_MAX. */
  bound?: number;
}

/** Every figure field, in the order a line shows them. */
export const FIGURE_FIELDS: readonly FigureField[] = [
  "periodValue",
  "valueToDate",
  "yearEndEstimate",
  "samePeriodLastYear",
  "achieved",
  "eventCount",
];

const ASKED: Record<FigureInputKind, readonly FigureField[]> = {
  NUMBER: ["periodValue", "valueToDate", "yearEndEstimate", "samePeriodLastYear"],
  YES_NO: ["achieved"],
  EVENTS: ["eventCount"],
  TEXT: [],
};

const OPTIONAL: Partial<Record<FigureField, keyof Pick<FigureInput, "estimate" | "period" | "lastYear">>> = {
  yearEndEstimate: "estimate",
  periodValue: "period",
  samePeriodLastYear: "lastYear",
};

/** The fields of a line the input asks for (the estimate, the period's figure and last year's only where asked). */
export function askedFields(input: FigureInput): readonly FigureField[] {
  return ASKED[input.kind].filter((field) => {
    const flag = OPTIONAL[field];
    return flag === undefined || input[flag];
  });
}

/** What is wrong with a line's figures for this input; empty when nothing is. */
export function figureIssues(input: FigureInput, line: FigureLine): FigureIssue[] {
  const asked = askedFields(input);
  const issues: FigureIssue[] = [];
  for (const field of FIGURE_FIELDS) {
    const value = line[field];
    if (value === null || value === undefined) continue;
    if (!asked.includes(field)) {
      issues.push({ field, code: "NOT_ASKED" });
      continue;
    }
    if (typeof value !== "number") continue;
    if (field === "eventCount" && !Number.isInteger(value)) issues.push({ field, code: "NOT_WHOLE" });
    else if (input.min !== null && value < input.min) issues.push({ field, code: "BELOW_MIN", bound: input.min });
    else if (input.max !== null && value > input.max) issues.push({ field, code: "ABOVE_MAX", bound: input.max });
  }
  const { periodValue, valueToDate } = line;
  if (
    typeof periodValue === "number" &&
    typeof valueToDate === "number" &&
    periodValue > valueToDate &&
    !issues.some((i) => i.field === "periodValue")
  ) {
    issues.push({ field: "periodValue", code: "PERIOD_ABOVE_TO_DATE", bound: valueToDate });
  }
  return issues;
}

const NOT_ASKED: Record<FigureInputKind, Record<Locale, string>> = {
  NUMBER: { vi: "Chỉ tiêu này báo bằng số.", en: "This indicator is reported as a number." },
  YES_NO: {
    vi: "Chỉ tiêu này báo Đạt hoặc Chưa đạt, không nhập số.",
    en: "This indicator is reported as achieved or not achieved, not as a number.",
  },
  EVENTS: {
    vi: "Chỉ tiêu này báo số vụ việc xảy ra (0 nếu không xảy ra), không nhập số liệu khác.",
    en: "This indicator is reported as the number of occurrences (0 when none), nothing else.",
  },
  TEXT: {
    vi: "Chỉ tiêu này chưa có mức đo được: ghi kết quả vào phần ghi chú.",
    en: "This indicator has no measurable target: write the result in the note.",
  },
};

/** A sentence saying what to fix, in the user's language. */
export function figureIssueMessage(input: FigureInput, issue: FigureIssue, locale: Locale): string {
  const vi = locale === "vi";
  const bound = issue.bound === undefined ? "" : String(issue.bound).replace(".", vi ? "," : ".");
  const unit = input.unit === ASSIGNED_SHARE_UNIT.vi ? ASSIGNED_SHARE_UNIT[locale] : (input.unit ?? "");
  // "100%", "0% kế hoạch giao", "0 tỷ đồng": no space before a percent sign.
  const amount = unit === "" ? bound : unit.startsWith("%") ? `${bound}${unit}` : `${bound} ${unit}`;
  switch (issue.code) {
    case "NOT_ASKED":
      return NOT_ASKED[input.kind][locale];
    case "NOT_WHOLE":
      return vi ? "Số vụ việc phải là số nguyên (0, 1, 2…)." : "The number of occurrences must be a whole number.";
    case "BELOW_MIN":
      return vi ? `Không được nhỏ hơn ${amount}.` : `Must not be below ${amount}.`;
    case "PERIOD_ABOVE_TO_DATE":
      return vi
        ? `Số trong kỳ không được lớn hơn số lũy kế đến kỳ (${amount}): lũy kế đã gồm cả kỳ này.`
        : `The figure for the period must not exceed the figure to date (${amount}), which includes this period.`;
    case "ABOVE_MAX":
      return vi ? `Không được lớn hơn ${amount}.` : `Must not be above ${amount}.`;
  }
}
