// The monthly report form's values: one line per task and indicator assigned to the unit, filled
// from the unit's saved report when there is one. Names follow the API's SaveReportDraftInput so
// that its field messages ("taskLines.0.percentDone") land under the right inputs.
import { type Locale, toNumber } from "@kehoach/domain";
import type { TaskStatus } from "@kehoach/schema";
import type { AssignedItems, WholeReportRecord } from "../dataProvider/progressReports.ts";

export interface ReportFormValues {
  summary: string;
  taskLines: {
    taskId: string;
    status: TaskStatus;
    percentDone: number | null;
    results: string;
    difficulties: string;
    proposals: string;
  }[];
  indicatorLines: {
    indicatorId: string;
    /** The period's own figure, for amounts and counts that build up (figureInput.ts). */
    periodValue: string;
    valueToDate: string;
    yearEndEstimate: string;
    samePeriodLastYear: string;
    /** Yes/no targets (đạt / chưa đạt); null until chosen. */
    achieved: boolean | null;
    /** Event targets (số vụ việc in the period); null until entered. */
    eventCount: number | null;
    note: string;
    /** A cooperating unit's line whose figures the lead unit uses (reportContributions). */
    adoptedFromLineId: string | null;
  }[];
}

export function reportFormValues(
  items: AssignedItems,
  report: WholeReportRecord | undefined,
  locale: Locale,
): ReportFormValues {
  const taskLines = new Map((report?.taskLines ?? []).map((line) => [line.task.id, line]));
  const indicatorLines = new Map((report?.indicatorLines ?? []).map((line) => [line.indicator.id, line]));
  const decimal = (value: string | null | undefined) => decimalText(value, locale);
  return {
    summary: report?.summary ?? "",
    taskLines: items.tasks.map((task) => {
      const line = taskLines.get(task.id);
      const percent = line ? line.percentDone : task.percentDone;
      return {
        taskId: task.id,
        status: line?.status ?? task.status,
        percentDone: percent == null ? null : Number(percent),
        results: line?.results ?? "",
        difficulties: line?.difficulties ?? "",
        proposals: line?.proposals ?? "",
      };
    }),
    indicatorLines: items.indicators.map((indicator) => {
      const line = indicatorLines.get(indicator.id);
      return {
        indicatorId: indicator.id,
        periodValue: decimal(line?.periodValue),
        valueToDate: decimal(line?.valueToDate),
        yearEndEstimate: decimal(line?.yearEndEstimate),
        samePeriodLastYear: decimal(line?.samePeriodLastYear),
        achieved: line?.achieved ?? null,
        eventCount: line?.eventCount ?? null,
        note: line?.note ?? "",
        adoptedFromLineId: line?.adoptedFrom?.id ?? null,
      };
    }),
  };
}

/**
 * A decimal as the user types it, without grouping so that it reads back unambiguously: "84,9" in
 * Vietnamese, "84.9" in English; empty for none.
 */
export function decimalText(value: string | null | undefined, locale: Locale): string {
  const n = toNumber(value);
  if (n === null) return "";
  return locale === "vi" ? String(n).replace(".", ",") : String(n);
}
