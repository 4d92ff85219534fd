// The `users` resource (administrators): its screens, loaded on demand.
import Icon from "@mui/icons-material/People";
import { lazy } from "react";

export default {
  list: lazy(() => import("./UserList.tsx")),
  show: lazy(() => import("./UserShow.tsx")),
  edit: lazy(() => import("./UserEdit.tsx")),
  create: lazy(() => import("./UserCreate.tsx")),
  recordRepresentation: "displayName",
  icon: Icon,
};
