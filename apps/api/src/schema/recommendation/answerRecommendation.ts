// mutation answerRecommendation (the assigned unit's staff or head; the office for its own unit):
// the unit's answer to a recommendation, which then waits for the Front's word.
import { rolesFor } from "@kehoach/domain";
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError } from "../../errors.ts";
import { requiredText } from "../validators.ts";
import { RecommendationPayload, recommendationIdField, takeRecommendationStep, versionField } from "./shared.ts";

const AnswerRecommendationInput = builder.inputType("AnswerRecommendationInput", {
  description: "Kiến nghị, phiên bản đã đọc và trả lời của đơn vị.",
  fields: (t) => ({
    recommendationId: t.id(recommendationIdField),
    version: t.int(versionField),
    answer: t.string({
      required: true,
      description: "Trả lời: đã làm gì, kết quả, thời hạn (5–4.000 ký tự).",
      validate: requiredText("nội dung trả lời", 4000, 5),
    }),
  }),
});

builder.mutationField("answerRecommendation", (t) =>
  t.field({
    type: RecommendationPayload,
    description: "Đơn vị được giao trả lời kiến nghị của cử tri; sau đó Mặt trận đánh giá đã giải quyết hay chưa.",
    authScopes: { roles: rolesFor("recommendation.answer") },
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "AnswerRecommendationResult", description: "Kiến nghị đã trả lời, hoặc lỗi." },
    },
    args: { input: t.arg({ type: AnswerRecommendationInput, required: true, description: "Kiến nghị và trả lời." }) },
    resolve: (_root, { input }, ctx) =>
      takeRecommendationStep(ctx, input, {
        step: "ANSWER",
        action: "recommendation.answer",
        refusal: "Chỉ đơn vị được giao trả lời kiến nghị này.",
        mayTake: (found) => found.unitId !== null && ctx.viewer.unitIds.includes(found.unitId),
        data: (_found, now) => ({ answer: input.answer, answeredAt: now, answeredById: ctx.viewer.userId }),
        event: "recommendation.answered",
      }),
  }),
);
