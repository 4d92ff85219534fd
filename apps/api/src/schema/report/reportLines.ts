// Writes a draft's lines as packages/domain reportLineChanges.ts says: lines kept by task or indicator,
// only the changed ones written, so a line keeps its id (measurements and adopted contributions name it).
import type { PrismaNamespace } from "@kehoach/db";
import { type LineValue, reportLineChanges } from "@kehoach/domain";
import type { Tx } from "../../write.ts";

type Saved<K extends string> = { id: string } & { [F in K]: string } & Record<string, LineValue | undefined>;

/** An indicator line's figures (FIGURE_FIELDS in packages/domain), as a select. */
export const lineFiguresSelect = {
  valueToDate: true,
  periodValue: true,
  yearEndEstimate: true,
  samePeriodLastYear: true,
  achieved: true,
  eventCount: true,
} as const satisfies PrismaNamespace.ProgressReportIndicatorLineSelect;

/** What a save selects of the report's saved lines: their ids, keys and every field it writes. */
export const savedLinesSelect = {
  taskLines: {
    select: {
      id: true,
      taskId: true,
      status: true,
      percentDone: true,
      results: true,
      difficulties: true,
      proposals: true,
    },
  },
  indicatorLines: {
    select: {
      id: true,
      indicatorId: true,
      ...lineFiguresSelect,
      note: true,
      adoptedFromLineId: true,
    },
  },
} as const;

type TaskLineData = Omit<
  PrismaNamespace.ProgressReportTaskLineCreateManyInput,
  "id" | "reportId" | "createdAt" | "updatedAt"
> & { taskId: string };
type IndicatorLineData = Omit<
  PrismaNamespace.ProgressReportIndicatorLineCreateManyInput,
  "id" | "reportId" | "createdAt" | "updatedAt"
> & { indicatorId: string };

/** The three writes a draft's lines need, on one table. */
interface LineTable<L> {
  remove(ids: string[]): Promise<unknown>;
  update(id: string, data: L): Promise<unknown>;
  create(lines: L[]): Promise<unknown>;
}

/** Brings a table's lines of one report from `saved` to `wanted`: a statement per kind of change and per changed line. */
async function writeLines<K extends string, L extends { [F in K]: string } & Record<string, LineValue>>(
  key: K,
  saved: readonly Saved<K>[],
  wanted: L[],
  table: LineTable<L>,
): Promise<void> {
  const changes = reportLineChanges(key, saved, wanted);
  if (changes.remove.length) await table.remove(changes.remove);
  for (const { id, data } of changes.update) await table.update(id, data);
  if (changes.create.length) await table.create(changes.create);
}

/** The report's task lines brought to `wanted`. */
export function writeTaskLines(tx: Tx, reportId: string, saved: readonly Saved<"taskId">[], wanted: TaskLineData[]) {
  const lines = tx.progressReportTaskLine;
  return writeLines("taskId", saved, wanted as (TaskLineData & Record<string, LineValue>)[], {
    remove: (ids) => lines.deleteMany({ where: { id: { in: ids } } }),
    update: (id, data) => lines.update({ where: { id }, data }),
    create: (rows) => lines.createMany({ data: rows.map((line) => ({ ...line, reportId })) }),
  });
}

/** The report's indicator lines brought to `wanted`. */
export function writeIndicatorLines(
  tx: Tx,
  reportId: string,
  saved: readonly Saved<"indicatorId">[],
  wanted: IndicatorLineData[],
) {
  const lines = tx.progressReportIndicatorLine;
  return writeLines("indicatorId", saved, wanted as (IndicatorLineData & Record<string, LineValue>)[], {
    remove: (ids) => lines.deleteMany({ where: { id: { in: ids } } }),
    update: (id, data) => lines.update({ where: { id }, data }),
    create: (rows) => lines.createMany({ data: rows.map((line) => ({ ...line, reportId })) }),
  });
}
