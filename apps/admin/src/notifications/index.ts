// The `notifications` resource (nhắc việc, for the people of a unit): its list, loaded on demand.
// The app bar's bell (NotificationBell.tsx) counts the unread ones and links here.
import Icon from "@mui/icons-material/Notifications";
import { lazy } from "react";

export default {
  list: lazy(() => import("./NotificationList.tsx")),
  icon: Icon,
};
