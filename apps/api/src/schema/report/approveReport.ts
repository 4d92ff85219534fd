// mutation approveReport (OFFICE; LEADER in charge of an area of the report's lines): approves a
// submitted report. For lines about items the report's unit leads, approval writes the indicator's
// Measurement rows for the period (ACTUAL = value to date, ESTIMATE = year-end estimate, source
// "Báo cáo <unit> <period>") and sets the task's status and % done. Lines of a cooperating unit
// stay in its report as contributions and do not overwrite the lead unit's figures (packages/domain
// officialFigures.ts). The audit event keeps the figures written and those they replace; a closed
// period refuses (packages/domain reportTransitions.ts).
import { isRepeatedStep, lineRoleOf, officialFiguresOf, rolesFor, toNumber } from "@kehoach/domain";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotAuthorizedError, NotFoundError, PeriodClosedError } from "../../errors.ts";
import { idempotencyKeyField, idempotentWrite } from "../../idempotency.ts";
import { updateVersioned } from "../../write.ts";
import { reviewRefusalOf } from "./access.ts";
import { type ApprovedFigure, approvedFigureOf, approvedFigureSelect } from "./approvedFigures.ts";
import { indicatorAssignmentsSelect, officeUnitIdOf, reportingAssignmentOfRow } from "./indicatorAssignments.ts";
import { reportPayload } from "./payloads.ts";
import { loadReport, reportIdField, versionField } from "./reportInput.ts";
import { assertReportTransition } from "./transitions.ts";

const ApproveReportInput = builder.inputType("ApproveReportInput", {
  description: "Báo cáo cần duyệt và phiên bản đã đọc.",
  fields: (t) => ({
    reportId: t.id(reportIdField),
    version: t.int(versionField),
    idempotencyKey: t.string(idempotencyKeyField),
  }),
});
const ApproveReportPayload = reportPayload(
  "ApproveReportPayload",
  "Báo cáo đã duyệt; số liệu chỉ tiêu và tiến độ nhiệm vụ đã cập nhật.",
);

builder.mutationField("approveReport", (t) =>
  t.field({
    type: ApproveReportPayload,
    description:
      "Duyệt báo cáo đã gửi: ghi số liệu chỉ tiêu (thực hiện, ước thực hiện) và cập nhật trạng thái, % hoàn thành nhiệm vụ. Văn phòng; lãnh đạo phụ trách lĩnh vực của ít nhất một dòng báo cáo. Gửi lại đúng yêu cầu vừa làm (cùng phiên bản, cùng người) nhận lại kết quả lần đầu, không ghi hai lần.",
    authScopes: { roles: rolesFor("report.review") },
    errors: {
      types: [NotFoundError, ConflictError, PeriodClosedError],
      directResult: true,
      union: { name: "ApproveReportResult", description: "Báo cáo đã duyệt, hoặc lỗi." },
    },
    args: { input: t.arg({ type: ApproveReportInput, required: true, description: "Báo cáo và phiên bản." }) },
    resolve: (_root, { input }, ctx) =>
      idempotentWrite(ctx, "approveReport", input.idempotencyKey, async (tx, scope) => {
        const report = await loadReport(tx, ctx, input.reportId);
        scope.onlyPlanReporting(report.planId);
        const refusal = await reviewRefusalOf(ctx, tx, { ...report, jurisdictionId: report.plan.jurisdiction.id });
        if (refusal) throw new NotAuthorizedError(refusal);
        // A retry of the step this person has just taken answers as the first request did.
        if (isRepeatedStep("APPROVE", report, ctx.viewer.userId, input.version)) return { reportId: report.id };
        if (report.version !== input.version) throw new ConflictError("Báo cáo", report.version);
        assertReportTransition("APPROVE", report.status, report.period, ["input", "reportId"]);
        // Sequential: a transaction holds one connection.
        const taskLines = await tx.progressReportTaskLine.findMany({
          where: { reportId: report.id },
          include: {
            task: {
              select: { id: true, status: true, percentDone: true, assignment: { select: { leadUnitId: true } } },
            },
          },
        });
        const indicatorLines = await tx.progressReportIndicatorLine.findMany({
          where: { reportId: report.id },
          include: {
            indicator: { select: indicatorAssignmentsSelect },
            adoptedFrom: { select: { report: { select: { unit: { select: { name: true } } } } } },
          },
        });
        const source = `Báo cáo ${report.unit.name} ${report.period.label}`;
        const periodId = report.periodId;
        // The figures this approval replaces (an earlier approval of the same period) stay in its audit event.
        const earlier = (
          await tx.measurement.findMany({
            where: { periodId, indicatorId: { in: indicatorLines.map((l) => l.indicatorId) } },
            select: approvedFigureSelect,
          })
        ).map(approvedFigureOf);
        const measurements: ApprovedFigure[] = [];
        const officeUnitId = await officeUnitIdOf(tx, report.plan.jurisdiction.id);
        for (const line of indicatorLines) {
          const assignment = reportingAssignmentOfRow(line.indicator, officeUnitId);
          const role = assignment && lineRoleOf(assignment, report.unitId);
          if (!role) continue;
          const reported = {
            valueToDate: toNumber(line.valueToDate),
            periodValue: toNumber(line.periodValue),
            yearEndEstimate: toNumber(line.yearEndEstimate),
            samePeriodLastYear: toNumber(line.samePeriodLastYear),
            achieved: line.achieved,
            eventCount: line.eventCount,
          };
          for (const f of officialFiguresOf(reported, role)) {
            const data = {
              value: f.kind === "ACTUAL" ? line.valueToDate : line.yearEndEstimate,
              periodValue: f.kind === "ACTUAL" ? line.periodValue : null,
              samePeriodLastYear: f.kind === "ACTUAL" ? line.samePeriodLastYear : null,
              achieved: f.achieved,
              eventCount: f.eventCount,
              // An adopted contribution names the cooperating unit the figure came from.
              source: line.adoptedFrom ? `${source} (số liệu của ${line.adoptedFrom.report.unit.name})` : source,
              reportLineId: line.id,
              recordedById: ctx.viewer.userId,
            };
            const m = await tx.measurement.upsert({
              where: { indicatorId_periodId_kind: { indicatorId: line.indicatorId, periodId, kind: f.kind } },
              create: { indicatorId: line.indicatorId, periodId, kind: f.kind, ...data },
              update: { ...data, version: { increment: 1 } },
              select: approvedFigureSelect,
            });
            measurements.push(approvedFigureOf(m));
          }
        }
        const written = new Set(measurements.map((m) => m.measurementId));
        const replaced = earlier.filter((m) => written.has(m.measurementId));
        const tasks: { taskId: string; before: unknown; status: string; percentDone: unknown }[] = [];
        for (const line of taskLines) {
          if (line.task.assignment?.leadUnitId !== report.unitId) continue;
          const percentDone = line.percentDone ?? (line.status === "DONE" ? 100 : line.task.percentDone);
          await tx.task.update({
            where: { id: line.taskId },
            data: { status: line.status, percentDone, version: { increment: 1 } },
          });
          tasks.push({
            taskId: line.taskId,
            before: { status: line.task.status, percentDone: line.task.percentDone },
            status: line.status,
            percentDone,
          });
        }
        const reviewedAt = ctx.clock.now();
        await updateVersioned(tx.progressReport, "Báo cáo", report.id, input.version, {
          status: "APPROVED",
          reviewedAt,
          reviewedById: ctx.viewer.userId,
          returnReason: null,
        });
        await recordAudit(tx, ctx, {
          name: "report.approved",
          entityId: report.id,
          jurisdictionId: report.period.jurisdictionId,
          before: { status: report.status, version: report.version, measurements: replaced },
          after: { status: "APPROVED", reviewedAt, version: report.version + 1, measurements, tasks },
        });
        return { reportId: report.id };
      }),
  }),
);
