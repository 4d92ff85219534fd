// mutation reopenReport (OFFICE): gives an approved report back to its unit with a reason (5–2000
// characters), as a returned report it edits and resubmits. The official figures the approval wrote
// stay until a new approval replaces them; the audit event keeps them as they were approved, and
// the report's history shows them. Only in an open period (packages/domain reportTransitions.ts):
// a closed period is reopened first.
import { mayDo, rolesFor } from "@kehoach/domain";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotAuthorizedError, NotFoundError, PeriodClosedError } from "../../errors.ts";
import { inTransaction, updateVersioned } from "../../write.ts";
import { requiredText } from "../validators.ts";
import { figuresApprovedFrom } from "./approvedFigures.ts";
import { reportPayload } from "./payloads.ts";
import { loadReport, reportIdField, versionField } from "./reportInput.ts";
import { assertReportTransition } from "./transitions.ts";

const ReopenReportInput = builder.inputType("ReopenReportInput", {
  description: "Báo cáo đã duyệt cần mở lại, phiên bản đã đọc và lý do.",
  fields: (t) => ({
    reportId: t.id(reportIdField),
    version: t.int(versionField),
    reason: t.string({
      required: true,
      description: "Lý do mở lại, nói đơn vị cần sửa gì (5–2.000 ký tự).",
      validate: requiredText("lý do mở lại", 2000, 5),
    }),
  }),
});
const ReopenReportPayload = reportPayload(
  "ReopenReportPayload",
  "Báo cáo đã mở lại: đơn vị sửa và gửi lại; số liệu đã duyệt được lưu trong quá trình xử lý.",
);

builder.mutationField("reopenReport", (t) =>
  t.field({
    type: ReopenReportPayload,
    description:
      "Mở lại báo cáo đã duyệt để đơn vị sửa và gửi lại, kèm lý do; số liệu đã duyệt giữ nguyên đến khi duyệt lại và được lưu trong quá trình xử lý. Chỉ trong kỳ đang mở. Văn phòng.",
    authScopes: { roles: rolesFor("report.reopen") },
    errors: {
      types: [NotFoundError, ConflictError, PeriodClosedError],
      directResult: true,
      union: { name: "ReopenReportResult", description: "Báo cáo đã mở lại, hoặc lỗi." },
    },
    args: { input: t.arg({ type: ReopenReportInput, required: true, description: "Báo cáo, phiên bản và lý do." }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, async (tx, scope) => {
        const report = await loadReport(tx, ctx, input.reportId);
        scope.onlyPlanReporting(report.planId);
        if (!mayDo(ctx.viewer, "report.reopen", { jurisdictionId: report.plan.jurisdiction.id })) {
          throw new NotAuthorizedError("Chỉ Văn phòng của đơn vị hành chính có báo cáo mở lại báo cáo đã duyệt.");
        }
        if (report.version !== input.version) throw new ConflictError("Báo cáo", report.version);
        assertReportTransition("REOPEN", report.status, report.period, ["input", "reportId"]);
        const measurements = await figuresApprovedFrom(tx, report.id);
        const reason = input.reason.trim();
        const reviewedAt = ctx.clock.now();
        await updateVersioned(tx.progressReport, "Báo cáo", report.id, input.version, {
          status: "RETURNED",
          returnReason: reason,
          reviewedAt,
          reviewedById: ctx.viewer.userId,
        });
        await recordAudit(tx, ctx, {
          name: "report.reopened",
          entityId: report.id,
          jurisdictionId: report.period.jurisdictionId,
          before: {
            status: report.status,
            version: report.version,
            reviewedAt: report.reviewedAt,
            reviewedById: report.reviewedById,
            measurements,
          },
          after: { status: "RETURNED", returnReason: reason, reviewedAt, version: report.version + 1 },
        });
        return { reportId: report.id };
      }),
  }),
);
