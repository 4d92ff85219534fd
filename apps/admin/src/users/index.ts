// The `users` resource: its screens, loaded on demand.
import Icon from "@mui/icons-material/People";
import { lazy } from "react";

export default {
  list: lazy(() => import("./UserList.tsx")),
  icon: Icon,
};
