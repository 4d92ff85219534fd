// The `plans` resource (kế hoạch): list and show screens, loaded on demand.
import PlanIcon from "@mui/icons-material/Description";
import { lazy } from "react";
import type { PlanRecord } from "../dataProvider/index.ts";

export default {
  list: lazy(() => import("./PlanList.tsx")),
  show: lazy(() => import("./PlanShow.tsx")),
  icon: PlanIcon,
  recordRepresentation: (plan: PlanRecord) => plan.number ?? String(plan.year),
};
