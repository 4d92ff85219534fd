// An indicator's monthly figures as chart points: per month, the value to date (ACTUAL), the
// year-end estimate (ESTIMATE) and, where the unit gave it, last year's figure for the same period;
// months without a figure are left out.
import type { IndicatorDetailFieldsFragment } from "@kehoach/schema";

type Measurement = IndicatorDetailFieldsFragment["measurements"][number];

export interface TrendPoint {
  month: number;
  actual: number | null;
  estimate: number | null;
  lastYear: number | null;
}

export function monthlySeries(measurements: readonly Measurement[]): TrendPoint[] {
  const byMonth = new Map<number, TrendPoint>();
  for (const measurement of measurements) {
    if (measurement.period.kind !== "MONTH" || measurement.value == null) continue;
    const month = measurement.period.number;
    const point = byMonth.get(month) ?? { month, actual: null, estimate: null, lastYear: null };
    const value = Number(measurement.value);
    if (measurement.kind === "ACTUAL") {
      point.actual = value;
      if (measurement.samePeriodLastYear != null) point.lastYear = Number(measurement.samePeriodLastYear);
    } else point.estimate = value;
    byMonth.set(month, point);
  }
  return [...byMonth.values()].sort((a, b) => a.month - b.month);
}
