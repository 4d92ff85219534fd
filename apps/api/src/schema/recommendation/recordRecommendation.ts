// mutation recordRecommendation (SUPERVISOR, the Fatherland Front): records a voters' opinion or
// recommendation on the ward's plan, one of its indicators or one of its tasks.
import { mayDo, rolesFor, vietnamDate } from "@kehoach/domain";
import { readablePlans } from "../../access/readable.ts";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { NotAuthorizedError, NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction } from "../../write.ts";
import { globalIdOf, requiredText } from "../validators.ts";
import { RecommendationPayload } from "./shared.ts";

const RecordRecommendationInput = builder.inputType("RecordRecommendationInput", {
  description: "Ý kiến, kiến nghị của cử tri và Nhân dân cần ghi nhận.",
  fields: (t) => ({
    planId: t.id({
      required: true,
      description: "ID toàn cục của kế hoạch.",
      validate: globalIdOf("Plan", "kế hoạch"),
    }),
    content: t.string({
      required: true,
      description: "Nội dung ý kiến, kiến nghị (5–4.000 ký tự).",
      validate: requiredText("nội dung kiến nghị", 4000, 5),
    }),
    source: t.string({
      required: true,
      description: "Nguồn: hội nghị tiếp xúc cử tri ngày…, đơn thư, hòm thư góp ý (tối đa 500 ký tự).",
      validate: requiredText("nguồn kiến nghị", 500, 2),
    }),
    receivedOn: t.field({ type: "Date", required: true, description: "Ngày nhận kiến nghị (không sau hôm nay)." }),
    indicatorId: t.id({
      required: false,
      description: "Chỉ tiêu được kiến nghị.",
      validate: globalIdOf("Indicator", "chỉ tiêu"),
    }),
    taskId: t.id({
      required: false,
      description: "Nhiệm vụ được kiến nghị.",
      validate: globalIdOf("Task", "nhiệm vụ"),
    }),
  }),
});

builder.mutationField("recordRecommendation", (t) =>
  t.field({
    type: RecommendationPayload,
    description:
      "Ghi nhận ý kiến, kiến nghị của cử tri (Ủy ban MTTQ) về kế hoạch, một chỉ tiêu hoặc một nhiệm vụ; Văn phòng sẽ giao đơn vị trả lời.",
    authScopes: { roles: rolesFor("recommendation.record") },
    errors: {
      types: [NotFoundError],
      directResult: true,
      union: { name: "RecordRecommendationResult", description: "Kiến nghị đã ghi nhận, hoặc lỗi." },
    },
    args: { input: t.arg({ type: RecordRecommendationInput, required: true, description: "Kiến nghị." }) },
    resolve: async (_root, { input }, ctx) => {
      const plan = await ctx.prisma.plan.findFirst({
        where: { id: input.planId, AND: [readablePlans(ctx.viewer)] },
        select: { id: true, jurisdictionId: true },
      });
      if (!plan) throw new NotFoundError("kế hoạch", input.planId, "Plan");
      if (!mayDo(ctx.viewer, "recommendation.record", { jurisdictionId: plan.jurisdictionId })) {
        throw new NotAuthorizedError("Chỉ Ủy ban MTTQ của phường ghi nhận kiến nghị của cử tri.");
      }
      const issues = [];
      if (input.indicatorId && input.taskId) {
        issues.push({ path: ["input", "taskId"], message: "Chọn một chỉ tiêu hoặc một nhiệm vụ, không chọn cả hai." });
      }
      if (vietnamDate(input.receivedOn) > vietnamDate(ctx.clock.now())) {
        issues.push({ path: ["input", "receivedOn"], message: "Ngày nhận kiến nghị không thể sau hôm nay." });
      }
      const [indicator, task] = await Promise.all([
        input.indicatorId
          ? ctx.prisma.indicator.findFirst({ where: { id: input.indicatorId, planId: plan.id }, select: { id: true } })
          : null,
        input.taskId
          ? ctx.prisma.task.findFirst({ where: { id: input.taskId, planId: plan.id }, select: { id: true } })
          : null,
      ]);
      if (input.indicatorId && !indicator)
        issues.push({ path: ["input", "indicatorId"], message: "Chỉ tiêu không thuộc kế hoạch này." });
      if (input.taskId && !task)
        issues.push({ path: ["input", "taskId"], message: "Nhiệm vụ không thuộc kế hoạch này." });
      if (issues.length) throw new ValidationError(issues);
      return inTransaction(ctx, async (tx) => {
        const row = await tx.recommendation.create({
          data: {
            jurisdictionId: plan.jurisdictionId,
            planId: plan.id,
            indicatorId: input.indicatorId ?? null,
            taskId: input.taskId ?? null,
            content: input.content,
            source: input.source,
            receivedOn: input.receivedOn,
            recordedById: ctx.viewer.userId,
            createdAt: ctx.clock.now(),
          },
        });
        await recordAudit(tx, ctx, {
          name: "recommendation.recorded",
          entityId: row.id,
          jurisdictionId: plan.jurisdictionId,
          after: { content: row.content, source: row.source, receivedOn: input.receivedOn, status: row.status },
        });
        return { id: row.id };
      });
    },
  }),
);
