// The figures an approved report line gives its indicator for the period: the lead unit's line
// is official (value to date → ACTUAL, with the yes/no flag or the event count, and beside it the
// period's own figure and last year's for the same period; year-end estimate → ESTIMATE); a cooperating unit's line is a contribution and gives none until the lead unit adopts
// it into its own line (whoReports.ts).
import type { MeasurementKind } from "../evaluation.ts";
import type { FigureLine } from "./figureInput.ts";
import type { LineRole } from "./whoReports.ts";

export interface OfficialFigure {
  kind: MeasurementKind;
  value: number | null;
  /** For ACTUAL: the period's own figure (value is the figure to date). */
  periodValue: number | null;
  /** For ACTUAL: last year's figure for the same period. */
  samePeriodLastYear: number | null;
  achieved: boolean | null;
  eventCount: number | null;
}

export function officialFiguresOf(line: FigureLine, role: LineRole): OfficialFigure[] {
  if (role !== "LEAD") return [];
  const actual: OfficialFigure = {
    kind: "ACTUAL",
    value: line.valueToDate ?? null,
    periodValue: line.periodValue ?? null,
    samePeriodLastYear: line.samePeriodLastYear ?? null,
    achieved: line.achieved ?? null,
    eventCount: line.eventCount ?? null,
  };
  const estimate: OfficialFigure = {
    kind: "ESTIMATE",
    value: line.yearEndEstimate ?? null,
    periodValue: null,
    samePeriodLastYear: null,
    achieved: null,
    eventCount: null,
  };
  return [actual, estimate].filter(
    (f) =>
      f.value !== null ||
      f.periodValue !== null ||
      f.samePeriodLastYear !== null ||
      f.achieved !== null ||
      f.eventCount !== null,
  );
}
