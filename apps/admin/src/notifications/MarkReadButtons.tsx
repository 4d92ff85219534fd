// "Đánh dấu đã đọc" for the reminders ticked in the list, and "Đánh dấu tất cả đã đọc" above it
// (disabled while nothing is unread).
import DoneIcon from "@mui/icons-material/Done";
import DoneAllIcon from "@mui/icons-material/DoneAll";
import { Button, useListContext } from "react-admin";
import { useMarkRead } from "./useMarkRead.ts";
import { useUnreadCount } from "./useUnreadCount.ts";

export function MarkSelectedReadButton() {
  const { selectedIds, onUnselectItems } = useListContext();
  const { markRead, isPending } = useMarkRead();
  return (
    <Button
      label="resources.notifications.mark_read"
      disabled={isPending}
      onClick={async () => {
        if (await markRead(selectedIds)) onUnselectItems();
      }}
    >
      <DoneIcon />
    </Button>
  );
}

export function MarkAllReadButton() {
  const unread = useUnreadCount();
  const { markRead, isPending } = useMarkRead();
  return (
    <Button
      label="resources.notifications.mark_all_read"
      disabled={isPending || unread === 0}
      onClick={() => markRead("all")}
    >
      <DoneAllIcon />
    </Button>
  );
}
