// The `auditEvents` resource (ADMIN, OFFICE; read-only): its screens, loaded on demand.
import Icon from "@mui/icons-material/History";
import { lazy } from "react";

export default {
  list: lazy(() => import("./AuditEventList.tsx")),
  show: lazy(() => import("./AuditEventShow.tsx")),
  icon: Icon,
};
