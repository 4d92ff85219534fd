// Labels and messages of the reminders (nhắc việc) and the app bar's bell, Vietnamese and English
// (same keys).
import type { FeatureMessages } from "../i18n/features.ts";

const messages: FeatureMessages = {
  vi: {
    resources: {
      notifications: {
        name: "Nhắc việc |||| Nhắc việc",
        fields: {
          title: "Nhắc việc",
          body: "Nội dung",
          createdAt: "Thời điểm",
          unreadOnly: "Chỉ chưa đọc",
        },
        unread: "Chưa đọc",
        mark_read: "Đánh dấu đã đọc",
        mark_all_read: "Đánh dấu tất cả đã đọc",
        marked_read: "Đã đánh dấu đã đọc",
        empty:
          "Đơn vị chưa có lời nhắc nào. Lời nhắc hiện ở đây khi sắp đến hạn hoặc quá hạn gửi báo cáo tháng, khi báo cáo bị trả lại và khi nhiệm vụ quá hạn.",
        bell: "Nhắc việc",
        bell_unread: "Nhắc việc: %{smart_count} chưa đọc",
      },
    },
  },
  en: {
    resources: {
      notifications: {
        name: "Reminder |||| Reminders",
        fields: {
          title: "Reminder",
          body: "Details",
          createdAt: "When",
          unreadOnly: "Unread only",
        },
        unread: "Unread",
        mark_read: "Mark as read",
        mark_all_read: "Mark all as read",
        marked_read: "Marked as read",
        empty:
          "Your unit has no reminders yet. They appear here when a monthly report is due soon or overdue, when a report is returned and when a task is overdue.",
        bell: "Reminders",
        bell_unread: "Reminders: %{smart_count} unread",
      },
    },
  },
};

export default messages;
