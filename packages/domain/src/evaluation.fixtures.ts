// Test builders shared by the evaluation specifications: a measurement of one month.
import type { MeasurementInput } from "./evaluation.ts";

function measurement(kind: MeasurementInput["kind"]) {
  return (periodMonth: number, value: number | null, extra: Partial<MeasurementInput> = {}): MeasurementInput => ({
    periodMonth,
    kind,
    value,
    ...extra,
  });
}

/** Số thực hiện (actual) of a month. */
export const actual = measurement("ACTUAL");
/** Ước thực hiện cả năm (year-end estimate) reported in a month. */
export const estimate = measurement("ESTIMATE");
