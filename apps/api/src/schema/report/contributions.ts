// Contributions: the figures cooperating units report on an indicator another unit leads
// (packages/domain whoReports.ts; for a composite whose parts have different leads, the office leads
// the composite's own line). The lead unit reads them (`reportContributions`) and may adopt
// one into its own line (`saveReportDraft` with `adoptedFromLineId`): the line then carries the
// contribution's figures, and the source is recorded on the line and in the approved measurement.

import type { PrismaNamespace } from "@kehoach/db";
import { type AssignmentUnits, lineRoleOf, mayRead, mayReportFor } from "@kehoach/domain";
import { builder } from "../../builder.ts";
import { type FieldIssue, NotAuthorizedError, NotFoundError } from "../../errors.ts";
import type { Tx } from "../../write.ts";
import { globalIdOf } from "../validators.ts";
import { jurisdictionWhere } from "./access.ts";
import { indicatorAssignmentsSelect, officeUnitIdOf, reportingAssignmentOfRow } from "./indicatorAssignments.ts";
import { lineFiguresSelect } from "./reportLines.ts";

/** Lines of sent reports (submitted or approved) of a period: only those count as contributions. */
const SENT = { in: ["SUBMITTED", "APPROVED"] as ("SUBMITTED" | "APPROVED")[] };

/**
 * The contributions sent in a period on the indicators `unitId` leads (whoReports.ts): lines of
 * other units' sent reports whose unit contributes to an indicator this unit leads.
 */
async function contributionsTo(
  prisma: Pick<Tx, "progressReportIndicatorLine">,
  o: { periodId: string; unitId: string; officeUnitId: string | null },
): Promise<string[]> {
  const lines = await prisma.progressReportIndicatorLine.findMany({
    where: {
      report: { periodId: o.periodId, status: SENT, unitId: { not: o.unitId } },
      indicator: { archivedAt: null },
    },
    select: { id: true, report: { select: { unitId: true } }, indicator: { select: indicatorAssignmentsSelect } },
  });
  return lines
    .filter((line) => {
      const assignment = reportingAssignmentOfRow(line.indicator, o.officeUnitId);
      return (
        assignment !== null &&
        lineRoleOf(assignment, o.unitId) === "LEAD" &&
        lineRoleOf(assignment, line.report.unitId) === "CONTRIBUTION"
      );
    })
    .map((line) => line.id);
}

type SourceLine = {
  id: string;
  indicatorId: string;
  valueToDate: PrismaNamespace.Decimal | null;
  periodValue: PrismaNamespace.Decimal | null;
  yearEndEstimate: PrismaNamespace.Decimal | null;
  samePeriodLastYear: PrismaNamespace.Decimal | null;
  achieved: boolean | null;
  eventCount: number | null;
  report: { unitId: string };
};

/**
 * Checks the contributions a lead unit's lines adopt: each must be a line of a sent report of the
 * same period, on the same indicator, from a unit that cooperates on it, adopted by its lead unit.
 * Returns the issues at each line's path and the source lines by id.
 */
export async function adoptedContributions(
  tx: Tx,
  o: {
    lines: { indicatorId: string; adoptedFromLineId: string | null }[];
    unitId: string;
    periodId: string;
    /** The assignment each line's indicator answers to (reportingAssignmentOfRow). */
    assignments: ReadonlyMap<string, AssignmentUnits | null>;
  },
): Promise<{ issues: FieldIssue[]; sources: Map<string, SourceLine> }> {
  const ids = o.lines.flatMap((l) => (l.adoptedFromLineId ? [l.adoptedFromLineId] : []));
  if (ids.length === 0) return { issues: [], sources: new Map() };
  const rows = await tx.progressReportIndicatorLine.findMany({
    where: { id: { in: ids }, report: { periodId: o.periodId, status: SENT } },
    select: {
      id: true,
      indicatorId: true,
      ...lineFiguresSelect,
      report: { select: { unitId: true } },
    },
  });
  const sources = new Map(rows.map((row) => [row.id, row]));
  const issues: FieldIssue[] = [];
  o.lines.forEach((line, i) => {
    if (!line.adoptedFromLineId) return;
    const path = ["input", "indicatorLines", String(i), "adoptedFromLineId"];
    const source = sources.get(line.adoptedFromLineId);
    const assignment = o.assignments.get(line.indicatorId);
    if (!source || source.indicatorId !== line.indicatorId || !assignment) {
      issues.push({
        path,
        message: "Không có số liệu phối hợp này cho chỉ tiêu trong kỳ (đơn vị phối hợp phải gửi báo cáo trước).",
      });
    } else if (lineRoleOf(assignment, o.unitId) !== "LEAD") {
      issues.push({ path, message: "Chỉ đơn vị chủ trì dùng số liệu của đơn vị phối hợp." });
    } else if (lineRoleOf(assignment, source.report.unitId) !== "CONTRIBUTION") {
      issues.push({ path, message: "Số liệu này không phải của một đơn vị phối hợp thực hiện chỉ tiêu." });
    }
  });
  return { issues, sources };
}

builder.queryField("reportContributions", (t) =>
  t.prismaField({
    type: ["ProgressReportIndicatorLine"],
    description:
      "Số liệu các đơn vị phối hợp đã gửi (báo cáo đã gửi hoặc đã duyệt) trong một kỳ, về các chỉ tiêu do đơn vị này chủ trì: để đơn vị chủ trì tham khảo và dùng (`adoptedFromLineId`). Thành viên đơn vị chủ trì; Văn phòng, lãnh đạo, quản trị, giám sát.",
    authScopes: { authenticated: true },
    args: {
      periodId: t.arg.id({
        required: true,
        description: "ID toàn cục của kỳ báo cáo.",
        validate: globalIdOf("ReportingPeriod", "kỳ báo cáo"),
      }),
      unitId: t.arg.id({
        required: true,
        description: "ID toàn cục của đơn vị chủ trì.",
        validate: globalIdOf("Unit", "đơn vị chủ trì"),
      }),
    },
    resolve: async (query, _root, { periodId, unitId }, ctx) => {
      const jurisdiction = jurisdictionWhere(ctx.viewer);
      const unit = jurisdiction
        ? await ctx.prisma.unit.findFirst({
            where: { id: unitId, jurisdiction },
            select: { id: true, kind: true, jurisdictionId: true },
          })
        : null;
      if (!unit) throw new NotFoundError("đơn vị", unitId, "Unit");
      // Contributions are lines of other units' sent reports: for the lead unit, and whoever reads those.
      const readsSentReports = mayRead(ctx.viewer, "ProgressReport", {
        jurisdictionId: unit.jurisdictionId,
        status: "SUBMITTED",
        unitId: null,
      });
      if (!readsSentReports && !mayReportFor(ctx.viewer, unit, "DRAFT")) {
        throw new NotAuthorizedError("Chỉ đơn vị chủ trì và người đọc mọi báo cáo xem được số liệu phối hợp.");
      }
      const ids = await contributionsTo(ctx.prisma, {
        periodId,
        unitId,
        officeUnitId: await officeUnitIdOf(ctx.prisma, unit.jurisdictionId),
      });
      return ctx.prisma.progressReportIndicatorLine.findMany({
        ...query,
        where: { id: { in: ids } },
        orderBy: [{ indicator: { position: "asc" } }, { id: "asc" }],
      });
    },
  }),
);
