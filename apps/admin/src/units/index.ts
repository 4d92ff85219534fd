// The `units` resource: its screens, loaded on demand.
import Icon from "@mui/icons-material/Apartment";
import { lazy } from "react";

export default {
  list: lazy(() => import("./UnitList.tsx")),
  icon: Icon,
};
