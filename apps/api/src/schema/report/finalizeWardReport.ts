// mutation finalizeWardReport (LEADER, OFFICE): the month's compiled report, read by the leaders,
// becomes final. Its content is kept as it is now (WardReportSnapshot): exporting the month later
// gives the same report after any edit of figures, targets or unit reports.
import { mayDo, rolesFor } from "@kehoach/domain";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotAuthorizedError, NotFoundError, ValidationError } from "../../errors.ts";
import { idempotencyKeyField, idempotentWrite } from "../../idempotency.ts";
import { wardReportData } from "../../wardReport/wardReportData.ts";
import { readableMonth } from "../../wardReport/wardReportSource.ts";
import { orConflictOnRace } from "../../write.ts";
import { globalIdOf } from "../validators.ts";
import { ReportingPeriodRef } from "./types.ts";

const FinalizeWardReportInput = builder.inputType("FinalizeWardReportInput", {
  description: "Kỳ báo cáo tháng có báo cáo tổng hợp cần chốt.",
  fields: (t) => ({
    periodId: t.id({
      required: true,
      description: "ID toàn cục của kỳ báo cáo tháng.",
      validate: globalIdOf("ReportingPeriod", "kỳ báo cáo"),
    }),
    idempotencyKey: t.string(idempotencyKeyField),
  }),
});

const FinalizeWardReportPayload = builder
  .objectRef<{ periodId: string; finalizedAt: string }>("FinalizeWardReportPayload")
  .implement({
    description: "Báo cáo tổng hợp tháng đã chốt.",
    fields: (t) => ({
      period: t.prismaField({
        type: ReportingPeriodRef,
        description: "Kỳ báo cáo.",
        resolve: (query, p, _args, ctx) =>
          ctx.prisma.reportingPeriod.findUniqueOrThrow({ ...query, where: { id: p.periodId } }),
      }),
      finalizedAt: t.field({
        type: "DateTime",
        description: "Thời điểm chốt.",
        resolve: (p) => new Date(p.finalizedAt),
      }),
    }),
  });

builder.mutationField("finalizeWardReport", (t) =>
  t.field({
    type: FinalizeWardReportPayload,
    description:
      "Chốt báo cáo tổng hợp tháng của UBND (lãnh đạo, Văn phòng): nội dung được giữ nguyên như lúc chốt; tải về sau đó (/bao-cao/thang/<ID kỳ>.docx, .xlsx) luôn ra đúng bản đã chốt. Người vừa chốt gửi lại yêu cầu thì nhận lại kết quả lần đầu; người khác được báo là đã chốt.",
    authScopes: { roles: rolesFor("wardReport.finalize") },
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "FinalizeWardReportResult", description: "Báo cáo đã chốt, hoặc lỗi." },
    },
    args: { input: t.arg({ type: FinalizeWardReportInput, required: true, description: "Kỳ báo cáo tháng." }) },
    resolve: async (_root, { input }, ctx) => {
      const period = await readableMonth(ctx, ctx.viewer, input.periodId);
      if (!period) throw new NotFoundError("kỳ báo cáo tháng", input.periodId, "ReportingPeriod");
      if (!mayDo(ctx.viewer, "wardReport.finalize", { jurisdictionId: period.jurisdictionId })) {
        throw new NotAuthorizedError("Chỉ lãnh đạo và Văn phòng UBND chốt báo cáo tổng hợp tháng.");
      }
      const request = { requestId: ctx.requestId, ip: ctx.ip };
      const data = await wardReportData(ctx, ctx.viewer, request, encodeGlobalID("ReportingPeriod", period.id));
      if (!data) throw new NotFoundError("kỳ báo cáo tháng", input.periodId, "ReportingPeriod");
      const finalizedAt = ctx.clock.now();
      // Two leaders finalizing at once: one wins, the other is told it is already final.
      return orConflictOnRace(
        () =>
          idempotentWrite(ctx, "finalizeWardReport", input.idempotencyKey, async (tx) => {
            const done = await tx.wardReportSnapshot.findUnique({ where: { periodId: period.id } });
            // A retry of this person's own click answers as the first did.
            if (done && done.finalizedById === ctx.viewer.userId)
              return { periodId: period.id, finalizedAt: done.finalizedAt.toISOString() };
            if (done) {
              throw new ValidationError([
                {
                  path: ["input", "periodId"],
                  message: `Báo cáo tổng hợp ${period.label} đã chốt; bản đã chốt không sửa được.`,
                },
              ]);
            }
            await tx.wardReportSnapshot.create({
              data: {
                periodId: period.id,
                content: JSON.parse(JSON.stringify(data)),
                finalizedById: ctx.viewer.userId,
                finalizedAt,
              },
            });
            await recordAudit(tx, ctx, {
              name: "wardReport.finalized",
              entityId: period.id,
              jurisdictionId: period.jurisdictionId,
              after: { finalizedAt, indicators: data.indicators.length, reportingUnits: data.reportingUnits },
            });
            return { periodId: period.id, finalizedAt: finalizedAt.toISOString() };
          }),
        async () => new ConflictError("Báo cáo tổng hợp", 1),
      );
    },
  }),
);
