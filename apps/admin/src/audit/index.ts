// The `auditEvents` resource: its screens, loaded on demand.
import Icon from "@mui/icons-material/History";
import { lazy } from "react";

export default {
  list: lazy(() => import("./AuditEventList.tsx")),
  icon: Icon,
};
