// mutation closeRecommendation (SUPERVISOR): the Front's word on a unit's answer — resolved, or not
// resolved with a note, which sends it back to the unit.
import { rolesFor } from "@kehoach/domain";
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { optionalText } from "../validators.ts";
import { RecommendationPayload, recommendationIdField, takeRecommendationStep, versionField } from "./shared.ts";

const CloseRecommendationInput = builder.inputType("CloseRecommendationInput", {
  description: "Đánh giá của Mặt trận về trả lời của đơn vị.",
  fields: (t) => ({
    recommendationId: t.id(recommendationIdField),
    version: t.int(versionField),
    resolved: t.boolean({ required: true, description: "true: đã giải quyết; false: chưa, giao lại đơn vị." }),
    note: t.string({
      required: false,
      description: "Nhận xét; bắt buộc khi chưa giải quyết (lý do, điều cử tri còn chờ), tối đa 2.000 ký tự.",
      validate: optionalText("nhận xét", 2000),
    }),
  }),
});

builder.mutationField("closeRecommendation", (t) =>
  t.field({
    type: RecommendationPayload,
    description:
      "Mặt trận đánh giá trả lời của đơn vị: đã giải quyết (kết thúc), hoặc chưa (kèm nhận xét, kiến nghị trở lại đơn vị).",
    authScopes: { roles: rolesFor("recommendation.close") },
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "CloseRecommendationResult", description: "Kiến nghị sau đánh giá, hoặc lỗi." },
    },
    args: { input: t.arg({ type: CloseRecommendationInput, required: true, description: "Kiến nghị và đánh giá." }) },
    resolve: (_root, { input }, ctx) => {
      const note = input.note ?? null;
      if (!input.resolved && (!note || note.length < 5)) {
        throw new ValidationError([
          {
            path: ["input", "note"],
            message: "Ghi rõ vì sao chưa giải quyết được (ít nhất 5 ký tự) để đơn vị trả lời lại.",
          },
        ]);
      }
      return takeRecommendationStep(ctx, input, {
        step: input.resolved ? "RESOLVE" : "REOPEN",
        action: "recommendation.close",
        refusal: "Chỉ Ủy ban MTTQ đánh giá trả lời kiến nghị.",
        data: (_found, now) => (input.resolved ? { frontNote: note, resolvedAt: now } : { frontNote: note }),
        event: input.resolved ? "recommendation.resolved" : "recommendation.reopened",
      });
    },
  }),
);
