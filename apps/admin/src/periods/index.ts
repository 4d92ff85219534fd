// The `reportingPeriods` resource: its screens, loaded on demand.
import Icon from "@mui/icons-material/Event";
import { lazy } from "react";

export default {
  list: lazy(() => import("./PeriodList.tsx")),
  icon: Icon,
};
