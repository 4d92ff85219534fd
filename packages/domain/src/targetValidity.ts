// Whether a target's fields fit together: the one rule behind createIndicator/updateIndicator and the
// confirmation of an imported plan, so that a draft cannot hold a target the form would refuse.
import { type Numeric, toNumber } from "./numeric.ts";
import { phaseable } from "./phasing.ts";

export interface TargetFields {
  kind: string;
  comparator?: string | null;
  value?: Numeric | null;
  min?: Numeric | null;
  max?: Numeric | null;
  qualitativeKind?: string | null;
  /** The year by which it is to be reached ("đến năm 2030"), if the plan says. */
  year?: number | null;
  /** The office's phasing over the year (phasing.ts); null: the default rule. */
  phasing?: string | null;
}

export type TargetField = "comparator" | "value" | "min" | "max" | "qualitativeKind" | "year" | "phasing";

/** The years a target may be set for. */
export const TARGET_YEARS = { min: 1900, max: 2200 } as const;

export interface TargetProblem {
  field: TargetField;
  /** In Vietnamese, saying what to fix. */
  message: string;
}

/** What is wrong with a target's fields taken together; empty when it is valid. */
export function targetProblems(target: TargetFields): TargetProblem[] {
  const problems: TargetProblem[] = [];
  const add = (field: TargetField, message: string) => problems.push({ field, message });
  if (target.kind === "QUANTITATIVE") {
    if (!target.comparator) add("comparator", "chỉ tiêu định lượng cần phép so sánh (GT, GTE, EQ…).");
    if (target.qualitativeKind) add("qualitativeKind", "chỉ tiêu định lượng không có loại định tính.");
    if (target.comparator === "RANGE") {
      const min = toNumber(target.min);
      const max = toNumber(target.max);
      if (min === null || max === null) {
        add("min", "khoảng giá trị (RANGE) cần cả giá trị nhỏ nhất và lớn nhất.");
      } else if (!(min < max)) {
        add("max", "khoảng giá trị (RANGE) cần giá trị nhỏ nhất nhỏ hơn giá trị lớn nhất.");
      }
    } else if (target.comparator && target.value == null) {
      add("value", "chỉ tiêu định lượng cần giá trị (value).");
    }
  } else {
    if (!target.qualitativeKind) {
      add("qualitativeKind", "chỉ tiêu định tính cần loại (ACHIEVED, ZERO_EVENTS, COMPLETE_ASSIGNED).");
    }
    if (target.comparator) add("comparator", "chỉ tiêu định tính không có phép so sánh; bỏ comparator.");
  }
  const phased = target.phasing === "LINEAR" || target.phasing === "QUARTERLY";
  if (phased && !phaseable(target)) {
    add(
      "phasing",
      "chỉ phân kỳ theo tháng, quý được mức chỉ tiêu định lượng cần đạt hoặc vượt một giá trị (trên, từ … trở lên, đạt).",
    );
  }
  if (target.year != null && (target.year < TARGET_YEARS.min || target.year > TARGET_YEARS.max)) {
    add("year", `Năm từ ${TARGET_YEARS.min} đến ${TARGET_YEARS.max}.`);
  }
  return problems;
}
