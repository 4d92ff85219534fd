// The input of publishPlan, unpublishPlan and archivePlan: which plan, at which version.
import { builder } from "../../builder.ts";
import { globalIdOf, versionSchema } from "../validators.ts";

export const PlanVersionInput = builder.inputType("PlanVersionInput", {
  description: "Một kế hoạch và phiên bản đã đọc.",
  fields: (t) => ({
    id: t.id({ required: true, description: "ID toàn cục của kế hoạch.", validate: globalIdOf("Plan", "kế hoạch") }),
    version: t.int({ required: true, description: "Phiên bản đã đọc (Plan.version).", validate: versionSchema }),
  }),
});
