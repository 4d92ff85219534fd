// The `tasks` resource (nhiệm vụ, giải pháp): list, show, edit and create screens, loaded on
// demand. App.tsx drops edit and create for the roles that may not write.
import TaskIcon from "@mui/icons-material/TaskAlt";
import { lazy } from "react";
import type { TaskRecord } from "../dataProvider/index.ts";

export default {
  list: lazy(() => import("./TaskList.tsx")),
  show: lazy(() => import("./TaskShow.tsx")),
  edit: lazy(() => import("./TaskEdit.tsx")),
  create: lazy(() => import("./TaskCreate.tsx")),
  icon: TaskIcon,
  recordRepresentation: (task: TaskRecord) => `${task.code}. ${task.title}`,
};
