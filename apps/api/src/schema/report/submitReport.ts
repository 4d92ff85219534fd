// mutation submitReport (the head of the unit, the office's staff for the office; staff only draft —
// packages/domain whoReports.ts): sends a DRAFT or RETURNED report of an open period for review
// (reportTransitions.ts). A closed period refuses with PeriodClosed.

import type { Role } from "@kehoach/db";
import { isRepeatedStep, mayReportFor, REPORT_SUBMIT_ROLES } from "@kehoach/domain";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotAuthorizedError, NotFoundError, PeriodClosedError, ValidationError } from "../../errors.ts";
import { idempotencyKeyField, idempotentWrite } from "../../idempotency.ts";
import { updateVersioned } from "../../write.ts";
import { reportPayload } from "./payloads.ts";
import { loadReport, reportIdField, versionField } from "./reportInput.ts";
import { assertReportTransition } from "./transitions.ts";

const SubmitReportInput = builder.inputType("SubmitReportInput", {
  description: "Báo cáo cần gửi và phiên bản đã đọc.",
  fields: (t) => ({
    reportId: t.id(reportIdField),
    version: t.int(versionField),
    idempotencyKey: t.string(idempotencyKeyField),
  }),
});
const SubmitReportPayload = reportPayload("SubmitReportPayload", "Báo cáo đã gửi, chờ duyệt.");

builder.mutationField("submitReport", (t) =>
  t.field({
    type: SubmitReportPayload,
    description:
      "Gửi báo cáo tiến độ để duyệt. Trưởng đơn vị của đơn vị báo cáo (cán bộ Văn phòng với báo cáo của Văn phòng); cán bộ chỉ lập nháp. Gửi lại đúng yêu cầu vừa làm (cùng phiên bản, cùng người) nhận lại kết quả lần đầu, không ghi hai lần.",
    authScopes: { roles: [...REPORT_SUBMIT_ROLES] as Role[] },
    errors: {
      types: [NotFoundError, ConflictError, PeriodClosedError],
      directResult: true,
      union: { name: "SubmitReportResult", description: "Báo cáo đã gửi, hoặc lỗi." },
    },
    args: { input: t.arg({ type: SubmitReportInput, required: true, description: "Báo cáo và phiên bản." }) },
    resolve: (_root, { input }, ctx) =>
      idempotentWrite(ctx, "submitReport", input.idempotencyKey, async (tx, scope) => {
        const report = await loadReport(tx, ctx, input.reportId);
        scope.onlyPlanReporting(report.planId);
        if (!mayReportFor(ctx.viewer, report.unit, "SUBMIT")) {
          throw new NotAuthorizedError("Chỉ trưởng đơn vị báo cáo được gửi báo cáo này.");
        }
        // A retry of the step this person has just taken answers as the first request did.
        if (isRepeatedStep("SUBMIT", report, ctx.viewer.userId, input.version)) return { reportId: report.id };
        if (report.version !== input.version) throw new ConflictError("Báo cáo", report.version);
        const path = ["input", "reportId"];
        assertReportTransition("SUBMIT", report.status, report.period, path);
        const lines =
          (await tx.progressReportTaskLine.count({ where: { reportId: report.id } })) +
          (await tx.progressReportIndicatorLine.count({ where: { reportId: report.id } }));
        if (lines === 0 && !report.summary) {
          throw new ValidationError([
            { path, message: "Báo cáo chưa có nội dung: thêm dòng nhiệm vụ, chỉ tiêu hoặc tóm tắt." },
          ]);
        }
        const submittedAt = ctx.clock.now();
        await updateVersioned(tx.progressReport, "Báo cáo", report.id, input.version, {
          status: "SUBMITTED",
          submittedAt,
          submittedById: ctx.viewer.userId,
        });
        await recordAudit(tx, ctx, {
          name: "report.submitted",
          entityId: report.id,
          jurisdictionId: report.period.jurisdictionId,
          before: { status: report.status, version: report.version },
          after: { status: "SUBMITTED", submittedAt, version: report.version + 1 },
        });
        return { reportId: report.id };
      }),
  }),
);
