// Bulk writes straight through `pg`: multi-row INSERTs of as many rows as PostgreSQL's 65,535
// parameters allow. Prisma's createMany does the same with more work per row; at a country's
// millions of rows the difference is minutes.
import type pg from "pg";

export type Row = Record<string, unknown>;

/** The tables a synthetic city writes, in the order their foreign keys need. */
export const TABLES = [
  "Jurisdiction",
  "Area",
  "Document",
  "Unit",
  "User",
  "RoleGrant",
  "RoleGrantArea",
  "Plan",
  "PlanLegalBasis",
  "IndicatorGroup",
  "Indicator",
  "Target",
  "Task",
  "TaskOutput",
  "Assignment",
  "AssignmentCooperatingUnit",
  "ReportingPeriod",
  "ProgressReport",
  "ProgressReportIndicatorLine",
  "ProgressReportTaskLine",
  "Measurement",
  "Recommendation",
] as const;
export type Table = (typeof TABLES)[number];

/** Rows per table, kept in TABLES order. */
export class Tables {
  readonly rows = new Map<Table, Row[]>(TABLES.map((t) => [t, []]));

  add(table: Table, row: Row) {
    this.rows.get(table)?.push(row);
  }
}

const MAX_PARAMETERS = 65_535;

/** INSERT the rows (all with the same columns, those of the first row) into a table. */
export async function insertRows(client: pg.ClientBase, table: string, rows: Row[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (const row of chunk) {
      const marks: string[] = [];
      for (const c of columns) {
        values.push(row[c] ?? null);
        marks.push(`$${values.length}`);
      }
      tuples.push(`(${marks.join(",")})`);
    }
    await client.query(head + tuples.join(","), values);
  }
}

/** Writes every table of `tables` in its insertion order, in one transaction. */
export async function writeTables(pool: pg.Pool, tables: Tables): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (const [table, rows] of tables.rows) await insertRows(client, table, rows);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
