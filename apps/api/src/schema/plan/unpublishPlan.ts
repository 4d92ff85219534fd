// mutation unpublishPlan: Gỡ công bố kế hoạch (khách không còn xem được). ADMIN and OFFICE; versioned, audited.
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError } from "../../errors.ts";
import { planEditorScopes } from "./access.ts";
import { PlanPayload } from "./payloads.ts";
import { changePlanState } from "./planState.ts";
import { PlanVersionInput } from "./stateInput.ts";

builder.mutationField("unpublishPlan", (t) =>
  t.field({
    type: PlanPayload,
    description: "Gỡ công bố kế hoạch (khách không còn xem được). Quản trị và văn phòng.",
    authScopes: planEditorScopes,
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "UnpublishPlanResult", description: "Kết quả gỡ công bố kế hoạch." },
    },
    args: { input: t.arg({ type: PlanVersionInput, required: true, description: "Kế hoạch và phiên bản đã đọc." }) },
    resolve: (_root, { input }, ctx) =>
      changePlanState(ctx, input, "plan.unpublished", (plan) =>
        plan.publishedAt ? { publishedAt: null } : "Kế hoạch chưa được công bố.",
      ),
  }),
);
