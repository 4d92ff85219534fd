// mutation archivePlan: Lưu trữ kế hoạch (hết hiệu lực; vẫn xem được, không sửa nội dung được nữa). ADMIN and OFFICE; versioned, audited.
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError } from "../../errors.ts";
import { planEditorScopes } from "./access.ts";
import { PlanPayload } from "./payloads.ts";
import { changePlanState } from "./planState.ts";
import { PlanVersionInput } from "./stateInput.ts";

builder.mutationField("archivePlan", (t) =>
  t.field({
    type: PlanPayload,
    description: "Lưu trữ kế hoạch (hết hiệu lực; vẫn xem được, không sửa nội dung được nữa). Quản trị và văn phòng.",
    authScopes: planEditorScopes,
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "ArchivePlanResult", description: "Kết quả lưu trữ kế hoạch." },
    },
    args: { input: t.arg({ type: PlanVersionInput, required: true, description: "Kế hoạch và phiên bản đã đọc." }) },
    resolve: (_root, { input }, ctx) =>
      changePlanState(ctx, input, "plan.archived", (plan) =>
        plan.status === "ARCHIVED" ? "Kế hoạch đã lưu trữ rồi." : { status: "ARCHIVED" as const },
      ),
  }),
);
