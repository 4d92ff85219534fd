// mutation commentOnReport: an opinion (ý kiến) on a report by a supervisor, leader, the office or an
// admin, or by the reporting unit's own staff answering; never by staff of another unit.
import { rolesFor } from "@kehoach/domain";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { NotFoundError } from "../../errors.ts";
import { inTransaction } from "../../write.ts";
import { requiredText } from "../validators.ts";
import { loadReport, reportIdField } from "./reportInput.ts";

const CommentOnReportInput = builder.inputType("CommentOnReportInput", {
  description: "Ý kiến về một báo cáo tiến độ.",
  fields: (t) => ({
    reportId: t.id(reportIdField),
    body: t.string({
      required: true,
      description: "Nội dung ý kiến (tối đa 2.000 ký tự).",
      validate: requiredText("nội dung ý kiến", 2000),
    }),
  }),
});

const CommentOnReportPayload = builder.objectRef<{ commentId: string }>("CommentOnReportPayload").implement({
  description: "Ý kiến đã ghi nhận.",
  fields: (t) => ({
    comment: t.prismaField({
      type: "Comment",
      description: "Ý kiến vừa gửi.",
      resolve: (query, result, _args, ctx) =>
        ctx.prisma.comment.findUniqueOrThrow({ ...query, where: { id: result.commentId } }),
    }),
  }),
});

builder.mutationField("commentOnReport", (t) =>
  t.field({
    type: CommentOnReportPayload,
    description:
      "Góp ý về báo cáo tiến độ. Giám sát (MTTQ, đoàn thể), lãnh đạo, Văn phòng, quản trị; cán bộ đơn vị chỉ với báo cáo của đơn vị mình.",
    authScopes: { roles: rolesFor("report.comment") },
    errors: {
      types: [NotFoundError],
      directResult: true,
      union: { name: "CommentOnReportResult", description: "Ý kiến đã ghi nhận, hoặc lỗi." },
    },
    args: { input: t.arg({ type: CommentOnReportInput, required: true, description: "Báo cáo và nội dung." }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, async (tx, scope) => {
        // loadReport refuses another unit's report (NotAuthorized) and anyone's view of another unit's draft.
        const report = await loadReport(tx, ctx, input.reportId);
        scope.onlyPlanReporting(report.planId);
        const body = input.body.trim();
        const comment = await tx.comment.create({
          data: { reportId: report.id, authorId: ctx.viewer.userId as string, body },
        });
        await recordAudit(tx, ctx, {
          name: "report.commented",
          entityId: comment.id,
          jurisdictionId: report.period.jurisdictionId,
          after: { reportId: report.id, body },
        });
        return { commentId: comment.id };
      }),
  }),
);
