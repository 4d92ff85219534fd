// Sign-in and session messages, Vietnamese and English (same keys).
import type { FeatureMessages } from "../i18n/features.ts";

const messages: FeatureMessages = {
  vi: {
    app: {
      auth: {
        network: "Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.",
        signed_out: "Phiên làm việc đã kết thúc, vui lòng đăng nhập lại.",
        username_hint: "Trùng tên đăng nhập với người ở phường khác? Nhập tên@mã-phường, ví dụ admin@10537.",
      },
      error: {
        conflict: "Người khác vừa sửa mục này. Hãy tải lại trang để xem bản mới rồi sửa lại.",
      },
    },
  },
  en: {
    app: {
      auth: {
        network: "Cannot reach the server. Check the network and try again.",
        signed_out: "Your session has ended; please sign in again.",
        username_hint: "Same username as someone in another ward? Enter name@ward-code, e.g. admin@10537.",
      },
      error: {
        conflict: "Someone else has just changed this item. Reload the page to see the new version, then edit again.",
      },
    },
  },
};

export default messages;
