// The `assignments` resource: its screens, loaded on demand.
import Icon from "@mui/icons-material/AssignmentInd";
import { lazy } from "react";

export default {
  list: lazy(() => import("./AssignmentList.tsx")),
  show: lazy(() => import("./AssignmentShow.tsx")),
  edit: lazy(() => import("./AssignmentEdit.tsx")),
  recordRepresentation: "itemLabel",
  icon: Icon,
};
