// mutation publishWardReport (OFFICE): a month's final compiled report goes on the public page
// (/cong-khai/<ward code>) and its Atom feed for the citizens, as the office posts it to the ward's
// website. Only a final report of a published plan; once published it stays published.
import { mayDo, rolesFor } from "@kehoach/domain";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { NotAuthorizedError, NotFoundError, ValidationError } from "../../errors.ts";
import { readableMonth } from "../../wardReport/wardReportSource.ts";
import { inTransaction } from "../../write.ts";
import { globalIdOf } from "../validators.ts";
import { WardReportRef } from "./wardReports.ts";

const PublishWardReportInput = builder.inputType("PublishWardReportInput", {
  description: "Kỳ báo cáo tháng có báo cáo tổng hợp đã chốt cần công bố.",
  fields: (t) => ({
    periodId: t.id({
      required: true,
      description: "ID toàn cục của kỳ báo cáo tháng.",
      validate: globalIdOf("ReportingPeriod", "kỳ báo cáo"),
    }),
  }),
});

const PublishWardReportPayload = builder.objectRef<{ id: string }>("PublishWardReportPayload").implement({
  description: "Báo cáo tổng hợp tháng đã công bố.",
  fields: (t) => ({
    wardReport: t.prismaField({
      type: WardReportRef,
      description: "Báo cáo đã công bố.",
      resolve: (query, p, _args, ctx) =>
        ctx.prisma.wardReportSnapshot.findUniqueOrThrow({ ...query, where: { id: p.id } }),
    }),
  }),
});

const problem = (message: string) => new ValidationError([{ path: ["input", "periodId"], message }]);

builder.mutationField("publishWardReport", (t) =>
  t.field({
    type: PublishWardReportPayload,
    description:
      "Công bố báo cáo tổng hợp tháng đã chốt lên trang công khai của phường (Văn phòng). Kế hoạch phải đã công bố; báo cáo đã công bố thì giữ nguyên (người vừa công bố gửi lại yêu cầu thì nhận lại kết quả lần đầu).",
    authScopes: { roles: rolesFor("wardReport.publish") },
    errors: {
      types: [NotFoundError],
      directResult: true,
      union: { name: "PublishWardReportResult", description: "Báo cáo đã công bố, hoặc lỗi." },
    },
    args: { input: t.arg({ type: PublishWardReportInput, required: true, description: "Kỳ báo cáo tháng." }) },
    resolve: async (_root, { input }, ctx) => {
      const period = await readableMonth(ctx, ctx.viewer, input.periodId);
      if (!period) throw new NotFoundError("kỳ báo cáo tháng", input.periodId, "ReportingPeriod");
      if (!mayDo(ctx.viewer, "wardReport.publish", { jurisdictionId: period.jurisdictionId })) {
        throw new NotAuthorizedError("Chỉ Văn phòng UBND công bố báo cáo tổng hợp tháng.");
      }
      const publishedAt = ctx.clock.now();
      return inTransaction(ctx, async (tx) => {
        const report = await tx.wardReportSnapshot.findUnique({
          where: { periodId: period.id },
          select: {
            id: true,
            publishedAt: true,
            publishedById: true,
            period: { select: { plan: { select: { publishedAt: true } } } },
          },
        });
        if (!report)
          throw problem(
            `Báo cáo tổng hợp ${period.label} chưa chốt: lãnh đạo hoặc Văn phòng chốt trước rồi mới công bố.`,
          );
        if (!report.period.plan.publishedAt)
          throw problem("Kế hoạch chưa công bố: công bố kế hoạch trước rồi mới công bố báo cáo.");
        // A retry of this person's own click answers as the first did.
        if (report.publishedAt && report.publishedById === ctx.viewer.userId) return { id: report.id };
        if (report.publishedAt) throw problem(`Báo cáo tổng hợp ${period.label} đã công bố.`);
        // Conditional on still unpublished: of two offices publishing at once, one records it.
        const { count } = await tx.wardReportSnapshot.updateMany({
          where: { id: report.id, publishedAt: null },
          data: { publishedAt, publishedById: ctx.viewer.userId },
        });
        if (count === 0) throw problem(`Báo cáo tổng hợp ${period.label} đã công bố.`);
        await recordAudit(tx, ctx, {
          name: "wardReport.published",
          entityId: period.id,
          jurisdictionId: period.jurisdictionId,
          before: { publishedAt: null },
          after: { publishedAt },
        });
        return { id: report.id };
      });
    },
  }),
);
