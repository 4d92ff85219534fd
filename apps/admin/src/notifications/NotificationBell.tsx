// The app bar's bell: how many reminders to the user's unit are not read yet, linking to their list.
// Shown to the people of a unit (no one else has reminders); the number hides when all are read.
import NotificationsIcon from "@mui/icons-material/Notifications";
import { Badge, IconButton, Tooltip } from "@mui/material";
import { useCreatePath, usePermissions, useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import { canAccess, type Permissions } from "../auth/permissions.ts";
import { useUnreadCount } from "./useUnreadCount.ts";

export function NotificationBell() {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { permissions } = usePermissions<Permissions>();
  const count = useUnreadCount();
  if (!canAccess(permissions, "notifications", "list")) return null;
  const label =
    count > 0
      ? translate("resources.notifications.bell_unread", { smart_count: count })
      : translate("resources.notifications.bell");
  return (
    <Tooltip title={label}>
      <IconButton
        color="inherit"
        component={Link}
        to={createPath({ resource: "notifications", type: "list" })}
        aria-label={label}
      >
        <Badge badgeContent={count} max={99} color="error">
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
}
