// mutation publishPlan: Công bố kế hoạch trên Trang thông tin điện tử phường (khách xem được). Kế hoạch phải đang thực hiện (không phải dự thảo). ADMIN and OFFICE; versioned, audited.
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError } from "../../errors.ts";
import { planEditorScopes } from "./access.ts";
import { PlanPayload } from "./payloads.ts";
import { changePlanState } from "./planState.ts";
import { PlanVersionInput } from "./stateInput.ts";

builder.mutationField("publishPlan", (t) =>
  t.field({
    type: PlanPayload,
    description:
      "Công bố kế hoạch trên Trang thông tin điện tử phường (khách xem được). Kế hoạch phải đang thực hiện (không phải dự thảo). Quản trị và văn phòng.",
    authScopes: planEditorScopes,
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "PublishPlanResult", description: "Kết quả công bố kế hoạch." },
    },
    args: { input: t.arg({ type: PlanVersionInput, required: true, description: "Kế hoạch và phiên bản đã đọc." }) },
    resolve: (_root, { input }, ctx) =>
      changePlanState(ctx, input, "plan.published", (plan) =>
        plan.status === "DRAFT"
          ? "Kế hoạch còn là dự thảo: chuyển sang đang thực hiện (updatePlan, status ACTIVE) rồi mới công bố."
          : plan.publishedAt
            ? "Kế hoạch đã được công bố rồi."
            : { publishedAt: ctx.clock.now() },
      ),
  }),
);
