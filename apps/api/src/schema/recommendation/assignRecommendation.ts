// mutation assignRecommendation (OFFICE): hands a recommendation to the unit that answers it, or to
// another unit while it is not yet answered.
import { rolesFor } from "@kehoach/domain";
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { globalIdOf } from "../validators.ts";
import { RecommendationPayload, recommendationIdField, takeRecommendationStep, versionField } from "./shared.ts";

const AssignRecommendationInput = builder.inputType("AssignRecommendationInput", {
  description: "Kiến nghị, phiên bản đã đọc và đơn vị được giao trả lời.",
  fields: (t) => ({
    recommendationId: t.id(recommendationIdField),
    version: t.int(versionField),
    unitId: t.id({
      required: true,
      description: "ID toàn cục của đơn vị được giao.",
      validate: globalIdOf("Unit", "đơn vị"),
    }),
  }),
});

builder.mutationField("assignRecommendation", (t) =>
  t.field({
    type: RecommendationPayload,
    description: "Giao kiến nghị của cử tri cho một đơn vị trả lời (Văn phòng); giao lại được khi đơn vị chưa trả lời.",
    authScopes: { roles: rolesFor("recommendation.assign") },
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "AssignRecommendationResult", description: "Kiến nghị đã giao, hoặc lỗi." },
    },
    args: { input: t.arg({ type: AssignRecommendationInput, required: true, description: "Kiến nghị và đơn vị." }) },
    resolve: async (_root, { input }, ctx) => {
      const unit = await ctx.prisma.unit.findFirst({
        where: { id: input.unitId, jurisdictionId: ctx.viewer.jurisdictionId ?? undefined, archivedAt: null },
        select: { id: true },
      });
      if (!unit || !ctx.viewer.jurisdictionId) {
        throw new ValidationError([
          { path: ["input", "unitId"], message: "Chọn một đơn vị đang hoạt động của phường." },
        ]);
      }
      return takeRecommendationStep(ctx, input, {
        step: "ASSIGN",
        action: "recommendation.assign",
        refusal: "Chỉ Văn phòng UBND giao kiến nghị cho đơn vị.",
        data: (_found, now) => ({ unitId: unit.id, assignedAt: now }),
        event: "recommendation.assigned",
      });
    },
  }),
);
