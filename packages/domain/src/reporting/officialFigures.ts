// The figures an approved report line gives its indicator for the period: the lead unit's line
// is official (value to date → ACTUAL, with the yes/no flag or the event count; year-end estimate →
// ESTIMATE); a cooperating unit's line is a contribution and gives none until the lead unit adopts
// it into its own line (whoReports.ts).
import type { MeasurementKind } from "../evaluation.ts";
import type { FigureLine } from "./figureInput.ts";
import type { LineRole } from "./whoReports.ts";

export interface OfficialFigure {
  kind: MeasurementKind;
  value: number | null;
  achieved: boolean | null;
  eventCount: number | null;
}

export function officialFiguresOf(line: FigureLine, role: LineRole): OfficialFigure[] {
  if (role !== "LEAD") return [];
  const actual: OfficialFigure = {
    kind: "ACTUAL",
    value: line.valueToDate ?? null,
    achieved: line.achieved ?? null,
    eventCount: line.eventCount ?? null,
  };
  const estimate: OfficialFigure = {
    kind: "ESTIMATE",
    value: line.yearEndEstimate ?? null,
    achieved: null,
    eventCount: null,
  };
  return [actual, estimate].filter((f) => f.value !== null || f.achieved !== null || f.eventCount !== null);
}
