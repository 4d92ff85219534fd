// Marks the reminders ticked in the list, or all of them, read in one call; then refreshes the screen
// so that the list and the bell show it, and says how it went.
import { type Identifier, useNotify, useRefresh, useUpdateMany } from "react-admin";

export function useMarkRead() {
  const [updateMany, { isPending }] = useUpdateMany(undefined, undefined, { returnPromise: true });
  const notify = useNotify();
  const refresh = useRefresh();
  const markRead = async (which: readonly Identifier[] | "all"): Promise<boolean> => {
    try {
      await updateMany("notifications", {
        ids: which === "all" ? [] : [...which],
        data: { read: true },
        ...(which === "all" ? { meta: { all: true } } : {}),
      });
    } catch (error) {
      notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
      return false;
    }
    notify("resources.notifications.marked_read", { type: "info" });
    refresh();
    return true;
  };
  return { markRead, isPending };
}
