// The `units` resource: its screens, loaded on demand.
import Icon from "@mui/icons-material/Apartment";
import { lazy } from "react";

export default {
  list: lazy(() => import("./UnitList.tsx")),
  show: lazy(() => import("./UnitShow.tsx")),
  edit: lazy(() => import("./UnitEdit.tsx")),
  create: lazy(() => import("./UnitCreate.tsx")),
  recordRepresentation: "name",
  icon: Icon,
};
