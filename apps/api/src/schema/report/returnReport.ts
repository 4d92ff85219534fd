// mutation returnReport (OFFICE; LEADER in charge of an area of the report's lines): sends a
// submitted report back to its unit with a reason (5–2000 characters).
import { isRepeatedStep, rolesFor } from "@kehoach/domain";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotAuthorizedError, NotFoundError, PeriodClosedError } from "../../errors.ts";
import { idempotencyKeyField, idempotentWrite } from "../../idempotency.ts";
import { updateVersioned } from "../../write.ts";
import { requiredText } from "../validators.ts";
import { reviewRefusalOf } from "./access.ts";
import { reportPayload } from "./payloads.ts";
import { loadReport, reportIdField, versionField } from "./reportInput.ts";
import { assertReportTransition } from "./transitions.ts";

const ReturnReportInput = builder.inputType("ReturnReportInput", {
  description: "Báo cáo cần trả lại, phiên bản đã đọc và lý do.",
  fields: (t) => ({
    reportId: t.id(reportIdField),
    version: t.int(versionField),
    reason: t.string({
      required: true,
      description: "Lý do trả lại, nói đơn vị cần sửa gì (5–2.000 ký tự).",
      validate: requiredText("lý do trả lại", 2000, 5),
    }),
    idempotencyKey: t.string(idempotencyKeyField),
  }),
});
const ReturnReportPayload = reportPayload("ReturnReportPayload", "Báo cáo đã trả lại đơn vị.");

builder.mutationField("returnReport", (t) =>
  t.field({
    type: ReturnReportPayload,
    description:
      "Trả lại báo cáo đã gửi để đơn vị sửa, kèm lý do. Văn phòng; lãnh đạo phụ trách lĩnh vực của ít nhất một dòng báo cáo. Gửi lại đúng yêu cầu vừa làm (cùng phiên bản, cùng người) nhận lại kết quả lần đầu, không ghi hai lần.",
    authScopes: { roles: rolesFor("report.review") },
    errors: {
      types: [NotFoundError, ConflictError, PeriodClosedError],
      directResult: true,
      union: { name: "ReturnReportResult", description: "Báo cáo đã trả lại, hoặc lỗi." },
    },
    args: { input: t.arg({ type: ReturnReportInput, required: true, description: "Báo cáo, phiên bản và lý do." }) },
    resolve: (_root, { input }, ctx) =>
      idempotentWrite(ctx, "returnReport", input.idempotencyKey, async (tx, scope) => {
        const report = await loadReport(tx, ctx, input.reportId);
        scope.onlyPlanReporting(report.planId);
        const refusal = await reviewRefusalOf(ctx, tx, { ...report, jurisdictionId: report.plan.jurisdiction.id });
        if (refusal) throw new NotAuthorizedError(refusal);
        // A retry of the step this person has just taken answers as the first request did.
        if (isRepeatedStep("RETURN", report, ctx.viewer.userId, input.version)) return { reportId: report.id };
        if (report.version !== input.version) throw new ConflictError("Báo cáo", report.version);
        assertReportTransition("RETURN", report.status, report.period, ["input", "reportId"]);
        const reason = input.reason.trim();
        const reviewedAt = ctx.clock.now();
        await updateVersioned(tx.progressReport, "Báo cáo", report.id, input.version, {
          status: "RETURNED",
          returnReason: reason,
          reviewedAt,
          reviewedById: ctx.viewer.userId,
        });
        await recordAudit(tx, ctx, {
          name: "report.returned",
          entityId: report.id,
          jurisdictionId: report.period.jurisdictionId,
          before: { status: report.status, version: report.version },
          after: { status: "RETURNED", returnReason: reason, reviewedAt, version: report.version + 1 },
        });
        return { reportId: report.id };
      }),
  }),
);
