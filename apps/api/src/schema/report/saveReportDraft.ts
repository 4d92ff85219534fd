// mutation saveReportDraft (staff and head of the unit; the office's staff for the office — the rule
// is packages/domain whoReports.ts): creates or updates the unit's report for a period. Only tasks
// and indicators assigned to the unit (lead or cooperating), each figure as its target asks
// (figureInput.ts); only while packages/domain reportTransitions.ts allows a save (a DRAFT or RETURNED
// report, a period not closed — a closed one refuses with PeriodClosed).

import type { PrismaNamespace, Role } from "@kehoach/db";
import {
  figureInputOf,
  figureIssueMessage,
  figureIssues,
  lineRoleOf,
  mayReportFor,
  REPORT_DRAFT_ROLES,
  reportsToCommittee,
  targetSpecFromRow,
} from "@kehoach/domain";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import {
  ConflictError,
  type FieldIssue,
  NotAuthorizedError,
  NotFoundError,
  PeriodClosedError,
  ValidationError,
} from "../../errors.ts";
import { inTransaction, orConflictOnRace, updateVersioned } from "../../write.ts";
import { jurisdictionWhere } from "./access.ts";
import { adoptedContributions } from "./contributions.ts";
import { indicatorAssignmentsSelect, officeUnitIdOf, reportingAssignmentOfRow } from "./indicatorAssignments.ts";

import { reportPayload } from "./payloads.ts";
import { savedLinesSelect, writeIndicatorLines, writeTaskLines } from "./reportLines.ts";
import { SaveReportDraftInput } from "./saveReportDraftInput.ts";
import { assertReportTransition } from "./transitions.ts";

const SaveReportDraftPayload = reportPayload("SaveReportDraftPayload", "Bản nháp báo cáo đã lưu.");

/** Tasks and indicators of the plan assigned to the unit, as lead or cooperating unit. */
function assignedTo(unitId: string): PrismaNamespace.AssignmentWhereInput {
  return { OR: [{ leadUnitId: unitId }, { cooperatingUnits: { some: { unitId } } }] };
}

/** Issues for duplicate IDs and for IDs outside `allowed`, at each line's path. */
function lineIssues(ids: string[], allowed: Set<string>, field: string, idField: string, what: string): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  ids.forEach((id, i) => {
    const path = ["input", field, String(i), idField];
    if (seen.has(id)) issues.push({ path, message: `${what} bị lặp: mỗi ${what.toLowerCase()} chỉ một dòng.` });
    else if (!allowed.has(id)) {
      issues.push({ path, message: `${what} không có trong kế hoạch của kỳ này hoặc không được giao cho đơn vị.` });
    }
    seen.add(id);
  });
  return issues;
}

builder.mutationField("saveReportDraft", (t) =>
  t.field({
    type: SaveReportDraftPayload,
    description:
      "Lưu nháp báo cáo tiến độ của đơn vị trong một kỳ (tạo mới hoặc sửa). Cán bộ và trưởng đơn vị (cán bộ Văn phòng với Văn phòng), chỉ với đơn vị mình; Ủy ban MTTQ, đoàn thể, tổ dân phố không lập báo cáo.",
    authScopes: { roles: [...REPORT_DRAFT_ROLES] as Role[] },
    errors: {
      types: [NotFoundError, ConflictError, PeriodClosedError],
      directResult: true,
      union: { name: "SaveReportDraftResult", description: "Bản nháp đã lưu, hoặc lỗi." },
    },
    args: { input: t.arg({ type: SaveReportDraftInput, required: true, description: "Nội dung báo cáo." }) },
    resolve: async (_root, { input }, ctx) => {
      const periodId = input.periodId;
      const unitId = input.unitId;
      const taskIds = input.taskLines.map((l) => l.taskId);
      const indicatorIds = input.indicatorLines.map((l) => l.indicatorId);
      const raced = async () => {
        const winner = await ctx.prisma.progressReport.findUnique({
          where: { periodId_unitId: { periodId, unitId } },
          select: { version: true },
        });
        return new ConflictError("Báo cáo", winner?.version ?? 1);
      };
      return orConflictOnRace(
        () =>
          inTransaction(ctx, async (tx, scope) => {
            const jurisdiction = jurisdictionWhere(ctx.viewer);
            const period = jurisdiction
              ? await tx.reportingPeriod.findFirst({ where: { id: periodId, jurisdiction } })
              : null;
            if (!period) throw new NotFoundError("kỳ báo cáo", input.periodId, "ReportingPeriod");
            scope.onlyPlanReporting(period.planId);
            const unit = await tx.unit.findFirst({ where: { id: unitId, archivedAt: null } });
            if (!unit) throw new NotFoundError("đơn vị", input.unitId, "Unit");
            if (!mayReportFor(ctx.viewer, unit, "DRAFT")) {
              throw new NotAuthorizedError(
                reportsToCommittee(unit.kind)
                  ? "Bạn chỉ lập báo cáo cho đơn vị của mình."
                  : `${unit.name} không lập báo cáo tiến độ: đơn vị phối hợp, giám sát qua đơn vị chủ trì.`,
              );
            }

            // With its lines, in the same statement: the save writes only the lines that changed.
            const existing = await tx.progressReport.findUnique({
              where: { periodId_unitId: { periodId, unitId } },
              include: savedLinesSelect,
            });
            if (existing && (input.version == null || input.version !== existing.version)) {
              throw new ConflictError("Báo cáo", existing.version);
            }
            assertReportTransition("SAVE", existing?.status ?? null, period, ["input"]);

            const assignment = assignedTo(unitId);
            // Sequential: a transaction holds one connection.
            const tasks = taskIds.length
              ? await tx.task.findMany({
                  where: { id: { in: taskIds }, planId: period.planId, archivedAt: null, assignment },
                  select: { id: true },
                })
              : [];
            const officeUnitId = await officeUnitIdOf(tx, unit.jurisdictionId);
            const indicatorRows = indicatorIds.length
              ? await tx.indicator.findMany({
                  where: { id: { in: indicatorIds }, planId: period.planId, archivedAt: null },
                  select: {
                    id: true,
                    targets: { orderBy: { position: "asc" } },
                    ...indicatorAssignmentsSelect,
                  },
                })
              : [];
            const assignments = new Map(
              indicatorRows.map((x) => [x.id, reportingAssignmentOfRow(x, officeUnitId)] as const),
            );
            // Only indicators the unit leads or contributes to (whoReports.ts).
            const indicators = indicatorRows.filter((x) => {
              const a = assignments.get(x.id);
              return a != null && lineRoleOf(a, unitId) !== null;
            });
            const inputOf = new Map(indicators.map((x) => [x.id, figureInputOf(x.targets.map(targetSpecFromRow))]));
            const issues = [
              ...lineIssues(taskIds, new Set(tasks.map((x) => x.id)), "taskLines", "taskId", "Nhiệm vụ"),
              ...lineIssues(
                indicatorIds,
                new Set(indicators.map((x) => x.id)),
                "indicatorLines",
                "indicatorId",
                "Chỉ tiêu",
              ),
            ];
            const adopted = await adoptedContributions(tx, {
              lines: input.indicatorLines.map((line, i) => ({
                indicatorId: indicatorIds[i] as string,
                adoptedFromLineId: line.adoptedFromLineId ?? null,
              })),
              unitId,
              periodId,
              assignments,
            });
            issues.push(...adopted.issues);
            input.indicatorLines.forEach((line, i) => {
              const figureInput = inputOf.get(indicatorIds[i] as string);
              if (!figureInput || line.adoptedFromLineId) return;
              const figures = {
                valueToDate: line.valueToDate == null ? null : Number(line.valueToDate),
                periodValue: line.periodValue == null ? null : Number(line.periodValue),
                yearEndEstimate: line.yearEndEstimate == null ? null : Number(line.yearEndEstimate),
                samePeriodLastYear: line.samePeriodLastYear == null ? null : Number(line.samePeriodLastYear),
                achieved: line.achieved,
                eventCount: line.eventCount,
              };
              for (const issue of figureIssues(figureInput, figures)) {
                issues.push({
                  path: ["input", "indicatorLines", String(i), issue.field],
                  message: figureIssueMessage(figureInput, issue, "vi"),
                });
              }
            });
            if (issues.length > 0) throw new ValidationError(issues);

            const taskLines = input.taskLines.map((l, i) => ({
              taskId: taskIds[i] as string,
              status: l.status,
              percentDone: l.percentDone ?? null,
              results: l.results ?? null,
              difficulties: l.difficulties ?? null,
              proposals: l.proposals ?? null,
            }));
            const indicatorLines = input.indicatorLines.map((l, i) => {
              // An adopted contribution's figures are the cooperating unit's, as it reported them.
              const source = l.adoptedFromLineId ? adopted.sources.get(l.adoptedFromLineId) : undefined;
              return {
                indicatorId: indicatorIds[i] as string,
                valueToDate: source ? source.valueToDate : (l.valueToDate ?? null),
                periodValue: source ? source.periodValue : (l.periodValue ?? null),
                yearEndEstimate: source ? source.yearEndEstimate : (l.yearEndEstimate ?? null),
                samePeriodLastYear: source ? source.samePeriodLastYear : (l.samePeriodLastYear ?? null),
                achieved: source ? source.achieved : (l.achieved ?? null),
                eventCount: source ? source.eventCount : (l.eventCount ?? null),
                note: l.note ?? null,
                adoptedFromLineId: source?.id ?? null,
              };
            });
            const summary = input.summary ?? null;

            let reportId: string;
            if (existing) {
              reportId = existing.id;
              await updateVersioned(tx.progressReport, "Báo cáo", reportId, existing.version, { summary });
            } else {
              const created = await tx.progressReport.create({
                data: { planId: period.planId, periodId, unitId, summary, createdById: ctx.viewer.userId },
              });
              reportId = created.id;
            }
            await writeTaskLines(tx, reportId, existing?.taskLines ?? [], taskLines);
            await writeIndicatorLines(tx, reportId, existing?.indicatorLines ?? [], indicatorLines);
            await recordAudit(tx, ctx, {
              name: existing ? "report.draftSaved" : "report.draftCreated",
              entityId: reportId,
              jurisdictionId: period.jurisdictionId,
              before: existing
                ? { status: existing.status, summary: existing.summary, version: existing.version }
                : undefined,
              after: {
                status: existing?.status ?? "DRAFT",
                summary,
                taskLines,
                indicatorLines,
                version: existing ? existing.version + 1 : 1,
              },
            });
            return { reportId };
          }),
        raced,
      );
    },
  }),
);
