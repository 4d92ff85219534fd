// Opening a reminder from its list: marked read first (so that the bell no longer counts it), then
// the page it is about. A refused mark is said, and the page still opens.
import { type Identifier, useCreatePath, useNotify, usePermissions, useRefresh, useUpdate } from "react-admin";
import { canFillReport, type Permissions } from "../auth/permissions.ts";
import type { NotificationRecord } from "../dataProvider/notifications.ts";
import { notificationTarget } from "./notificationTarget.ts";

export function useOpenNotification() {
  const [update] = useUpdate<NotificationRecord>(undefined, undefined, { returnPromise: true });
  const notify = useNotify();
  const refresh = useRefresh();
  const createPath = useCreatePath();
  const { permissions } = usePermissions<Permissions>();
  return async (_id: Identifier, _resource: string, notification: NotificationRecord): Promise<string | false> => {
    if (!notification.read) {
      try {
        await update("notifications", { id: notification.id, data: { read: true }, previousData: notification });
        refresh();
      } catch (error) {
        notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
      }
    }
    return notificationTarget(notification, createPath, canFillReport(permissions));
  };
}
