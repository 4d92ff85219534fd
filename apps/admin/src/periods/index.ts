// The `reportingPeriods` resource: its screens, loaded on demand.
import Icon from "@mui/icons-material/Event";
import { lazy } from "react";

export default {
  list: lazy(() => import("./PeriodList.tsx")),
  show: lazy(() => import("./PeriodShow.tsx")),
  icon: Icon,
  recordRepresentation: "label",
};
