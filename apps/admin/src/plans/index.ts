// The `plans` resource (kế hoạch): list, show, edit and create screens, loaded on demand.
// App.tsx drops edit and create for the roles that may not write.
import PlanIcon from "@mui/icons-material/Description";
import { lazy } from "react";
import type { PlanRecord } from "../dataProvider/index.ts";

export default {
  list: lazy(() => import("./PlanList.tsx")),
  show: lazy(() => import("./PlanShow.tsx")),
  edit: lazy(() => import("./PlanEdit.tsx")),
  create: lazy(() => import("./PlanCreate.tsx")),
  icon: PlanIcon,
  recordRepresentation: (plan: PlanRecord) => plan.number ?? String(plan.year),
};
