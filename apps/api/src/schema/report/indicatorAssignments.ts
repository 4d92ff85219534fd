// The assignment each report line on an indicator answers to, read from the database and decided
// by packages/domain whoReports.ts (`reportingAssignmentOf`): saving a draft, adopting a
// contribution, approving, the contributions a lead unit sees and the report form's lines all ask here.

import type { PrismaNamespace } from "@kehoach/db";
import { type AssignmentUnits, reportingAssignmentOf } from "@kehoach/domain";
import type { Tx } from "../../write.ts";

/** The lead and cooperating units of an assignment, as `lineRoleOf` reads them. */
export const assignmentUnitsSelect = {
  select: { leadUnitId: true, cooperatingUnits: { select: { unitId: true } } },
} as const;

/** What `reportingAssignmentOf` needs of an indicator: its own, its parent's and its parts' assignments. */
export const indicatorAssignmentsSelect = {
  assignment: assignmentUnitsSelect,
  parent: { select: { assignment: assignmentUnitsSelect } },
  subIndicators: { where: { archivedAt: null }, select: { assignment: assignmentUnitsSelect } },
} satisfies PrismaNamespace.IndicatorSelect;

type AssignmentRow = { leadUnitId: string; cooperatingUnits: { unitId: string }[] } | null;

export interface IndicatorAssignmentsRow {
  assignment: AssignmentRow;
  parent: { assignment: AssignmentRow } | null;
  subIndicators: { assignment: AssignmentRow }[];
}

function unitsOf(row: AssignmentRow): AssignmentUnits | null {
  return row ? { leadUnitId: row.leadUnitId, cooperatingUnitIds: row.cooperatingUnits.map((c) => c.unitId) } : null;
}

/** The assignment a line on this indicator answers to, given the ward's office (null when it has none). */
export function reportingAssignmentOfRow(row: IndicatorAssignmentsRow, officeUnitId: string | null) {
  return reportingAssignmentOf(
    {
      own: unitsOf(row.assignment),
      parent: row.parent ? unitsOf(row.parent.assignment) : null,
      parts: row.subIndicators.map((part) => unitsOf(part.assignment)),
    },
    officeUnitId,
  );
}

/** The office of a jurisdiction: the unit that leads a composite whose parts have different leads. */
export async function officeUnitIdOf(tx: Pick<Tx, "unit">, jurisdictionId: string): Promise<string | null> {
  const office = await tx.unit.findFirst({
    where: { jurisdictionId, kind: "OFFICE", archivedAt: null },
    orderBy: { code: "asc" },
    select: { id: true },
  });
  return office?.id ?? null;
}
