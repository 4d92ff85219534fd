// Labels and messages of the user's own account (changing one's password), Vietnamese and English
// (same keys).
import type { FeatureMessages } from "../i18n/features.ts";

const messages: FeatureMessages = {
  vi: {
    app: {
      account: {
        change_password: "Đổi mật khẩu",
        intro:
          "Nhập mật khẩu đang dùng và mật khẩu mới. Sau khi đổi, các phiên đăng nhập khác của bạn (máy khác, trình duyệt khác) phải đăng nhập lại; phiên này vẫn giữ.",
        fields: {
          currentPassword: "Mật khẩu hiện tại",
          newPassword: "Mật khẩu mới",
          confirmPassword: "Nhập lại mật khẩu mới",
        },
        new_password_help: "Tối thiểu %{min} ký tự, khác mật khẩu hiện tại.",
        changed: "Đã đổi mật khẩu. %{smart_count} phiên đăng nhập khác đã kết thúc.",
        wrong_current: "Mật khẩu hiện tại không đúng: nhập lại mật khẩu đang dùng.",
        too_many_attempts: "Nhập sai mật khẩu quá nhiều lần. Thử lại sau %{minutes} phút.",
        validation: {
          current_required: "Nhập mật khẩu hiện tại.",
          new_required: "Nhập mật khẩu mới.",
          confirm_required: "Nhập lại mật khẩu mới.",
          mismatch: "Mật khẩu nhập lại không khớp với mật khẩu mới.",
          TOO_SHORT: "Mật khẩu mới tối thiểu %{min} ký tự.",
          TOO_LONG: "Mật khẩu mới dài tối đa %{max} ký tự.",
          SAME_AS_CURRENT: "Mật khẩu mới phải khác mật khẩu hiện tại.",
        },
      },
    },
  },
  en: {
    app: {
      account: {
        change_password: "Change password",
        intro:
          "Enter the password you use now and a new one. Once changed, your other sessions (other computers, other browsers) must sign in again; this one stays signed in.",
        fields: {
          currentPassword: "Current password",
          newPassword: "New password",
          confirmPassword: "New password again",
        },
        new_password_help: "At least %{min} characters, different from the current password.",
        changed:
          "Password changed. %{smart_count} other session was signed out. |||| Password changed. %{smart_count} other sessions were signed out.",
        wrong_current: "The current password is wrong: enter the password you use now.",
        too_many_attempts: "Too many wrong passwords. Try again in %{minutes} minutes.",
        validation: {
          current_required: "Enter your current password.",
          new_required: "Enter a new password.",
          confirm_required: "Enter the new password again.",
          mismatch: "The passwords entered again do not match the new password.",
          TOO_SHORT: "The new password needs at least %{min} characters.",
          TOO_LONG: "The new password may have at most %{max} characters.",
          SAME_AS_CURRENT: "The new password must differ from the current one.",
        },
      },
    },
  },
};

export default messages;
