// The official figures an approval writes (Measurement rows), as the audit log keeps them: the
// approval records what it wrote and what it replaced, and reopening a report records the figures
// approved so far, so that no approved figure is ever lost when a report is approved again. The
// report's history (history.ts) reads them back.
import type { PrismaNamespace } from "@kehoach/db";
import type { Tx } from "../../write.ts";

export interface ApprovedFigure {
  measurementId: string;
  indicatorId: string;
  indicatorCode: string;
  indicatorName: string;
  kind: "ACTUAL" | "ESTIMATE";
  /** The exact decimal as text, as the API's Decimal scalar gives it. */
  value: string | null;
  /** The period's own figure and last year's for the same period (absent in events older than them). */
  periodValue?: string | null;
  samePeriodLastYear?: string | null;
  achieved: boolean | null;
  eventCount: number | null;
  source: string;
}

export const approvedFigureSelect = {
  id: true,
  indicatorId: true,
  kind: true,
  value: true,
  periodValue: true,
  samePeriodLastYear: true,
  achieved: true,
  eventCount: true,
  source: true,
  indicator: { select: { code: true, name: true } },
} as const satisfies PrismaNamespace.MeasurementSelect;

type FigureRow = PrismaNamespace.MeasurementGetPayload<{ select: typeof approvedFigureSelect }>;

export function approvedFigureOf(row: FigureRow): ApprovedFigure {
  return {
    measurementId: row.id,
    indicatorId: row.indicatorId,
    indicatorCode: row.indicator.code,
    indicatorName: row.indicator.name,
    kind: row.kind,
    value: row.value === null ? null : row.value.toString(),
    periodValue: row.periodValue === null ? null : row.periodValue.toString(),
    samePeriodLastYear: row.samePeriodLastYear === null ? null : row.samePeriodLastYear.toString(),
    achieved: row.achieved,
    eventCount: row.eventCount,
    source: row.source,
  };
}

/** The official figures of a period that came from this report's lines (as approved, not yet replaced). */
export async function figuresApprovedFrom(tx: Tx, reportId: string): Promise<ApprovedFigure[]> {
  const rows = await tx.measurement.findMany({
    where: { reportLine: { reportId } },
    select: approvedFigureSelect,
    orderBy: [{ indicator: { position: "asc" } }, { kind: "asc" }],
  });
  return rows.map(approvedFigureOf);
}

/** The figures kept in an audit event's before/after (`measurements`); none in events older than this rule. */
export function figuresIn(snapshot: unknown): ApprovedFigure[] {
  const list = (snapshot as { measurements?: unknown } | null)?.measurements;
  if (!Array.isArray(list)) return [];
  return list.filter((f): f is ApprovedFigure => typeof f === "object" && f !== null && "indicatorCode" in f);
}
