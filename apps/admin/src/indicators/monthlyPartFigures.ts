// A composite indicator's figures month by month and part by part (its own headline figure, then
// each sub-indicator): per month that has a figure in any part, each part's value to date (ACTUAL)
// and year-end estimate (ESTIMATE), and how a figure reads: a number in the part's unit, a yes/no,
// or a count of events.
import type { IndicatorMeasurementFieldsFragment } from "@kehoach/schema";

export type Measurement = IndicatorMeasurementFieldsFragment;

export interface PartCell {
  actual: Measurement | null;
  estimate: Measurement | null;
}

export interface MonthFigures {
  month: number;
  /** One per part, in the parts' order. */
  cells: PartCell[];
}

/** What a figure says, most specific first: a value, else a count of events, else a yes/no. */
export type FigureReading =
  | { kind: "value"; value: string }
  | { kind: "events"; count: number }
  | { kind: "achieved"; achieved: boolean };

export function readFigure(measurement: Measurement | null): FigureReading | null {
  if (!measurement) return null;
  if (measurement.value != null) return { kind: "value", value: measurement.value };
  if (measurement.eventCount != null) return { kind: "events", count: measurement.eventCount };
  if (measurement.achieved != null) return { kind: "achieved", achieved: measurement.achieved };
  return null;
}

export function monthlyPartFigures(parts: readonly { measurements: readonly Measurement[] }[]): MonthFigures[] {
  const byMonth = new Map<number, MonthFigures>();
  parts.forEach((part, index) => {
    for (const measurement of part.measurements) {
      if (measurement.period.kind !== "MONTH" || readFigure(measurement) === null) continue;
      const month = measurement.period.number;
      let row = byMonth.get(month);
      if (!row) {
        row = { month, cells: parts.map(() => ({ actual: null, estimate: null })) };
        byMonth.set(month, row);
      }
      const cell = row.cells[index] as PartCell;
      if (measurement.kind === "ACTUAL") cell.actual = measurement;
      else cell.estimate = measurement;
    }
  });
  return [...byMonth.values()].sort((a, b) => a.month - b.month);
}
