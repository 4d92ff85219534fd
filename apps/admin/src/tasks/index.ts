// The `tasks` resource (nhiệm vụ, giải pháp): list and show screens, loaded on demand.
import TaskIcon from "@mui/icons-material/TaskAlt";
import { lazy } from "react";
import type { TaskRecord } from "../dataProvider/index.ts";

export default {
  list: lazy(() => import("./TaskList.tsx")),
  show: lazy(() => import("./TaskShow.tsx")),
  icon: TaskIcon,
  recordRepresentation: (task: TaskRecord) => `${task.code}. ${task.title}`,
};
