// The number of reminders to the user's unit not read yet (the bell, "Đánh dấu tất cả đã đọc"): asked
// again every minute, on every change of page, and on react-admin's refresh (which follows marking
// read). Zero, without asking, for those who belong to no unit and so have no reminders.
import { useEffect, useRef } from "react";
import { useGetList, usePermissions } from "react-admin";
import { useLocation } from "react-router-dom";
import { canAccess, type Permissions } from "../auth/permissions.ts";

const UNREAD_COUNT_INTERVAL_MS = 60_000;

export function useUnreadCount(): number {
  const { permissions } = usePermissions<Permissions>();
  const enabled = canAccess(permissions, "notifications", "list");
  const { pathname } = useLocation();
  const { total, refetch } = useGetList(
    "notifications",
    { pagination: { page: 1, perPage: 1 }, meta: { unreadCount: true } },
    { enabled, refetchInterval: UNREAD_COUNT_INTERVAL_MS },
  );
  // The app bar stays while pages change below it: a new page asks again (not the first, which the
  // query itself asks).
  const askedOn = useRef(pathname);
  useEffect(() => {
    if (!enabled || askedOn.current === pathname) return;
    askedOn.current = pathname;
    refetch();
  }, [enabled, pathname, refetch]);
  return enabled ? (total ?? 0) : 0;
}
