// Labels and messages of the users screens, Vietnamese and English (same keys).
import type { FeatureMessages } from "../i18n/features.ts";

const messages: FeatureMessages = {
  vi: {
    resources: {
      users: {
        name: "Người dùng |||| Người dùng",
        fields: {
          username: "Tên đăng nhập",
          displayName: "Họ tên",
          title: "Chức vụ",
          email: "Thư điện tử",
          phone: "Số điện thoại",
          password: "Mật khẩu ban đầu",
          newPassword: "Mật khẩu mới",
          roles: "Vai trò",
          unitId: "Đơn vị công tác",
          areaIds: "Lĩnh vực phụ trách",
          lastLoginAt: "Đăng nhập gần nhất",
          archived: "Tình trạng",
          grants: "Cấp quyền",
        },
        status: { active: "Đang sử dụng", archived: "Ngừng sử dụng" },
        never: "Chưa đăng nhập",
        all_areas: "Mọi lĩnh vực",
        areas_help: "Bỏ trống nếu lãnh đạo phụ trách mọi lĩnh vực.",
        unit_help: "Cán bộ và trưởng đơn vị làm việc cho đơn vị này.",
        password_help:
          "Tối thiểu %{min} ký tự. Báo cho người dùng để họ tự đổi (Tài khoản → Đổi mật khẩu) sau khi đăng nhập.",
        archive: "Ngừng sử dụng",
        archive_title: "Ngừng sử dụng tài khoản của %{name}",
        archive_content: "Người dùng sẽ bị đăng xuất và không đăng nhập được nữa.",
        archive_done: "Đã ngừng sử dụng tài khoản",
        set_password: "Đặt mật khẩu",
        set_password_title: "Đặt mật khẩu mới cho %{name}",
        password_set: "Đã đặt mật khẩu mới; các phiên đăng nhập khác của người dùng đã bị thu hồi.",
        validation: {
          username_required: "Nhập tên đăng nhập.",
          username_format: "Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang.",
          display_name_required: "Nhập họ tên.",
          password_required: "Nhập mật khẩu ban đầu.",
          password_length: "Mật khẩu tối thiểu %{min} ký tự.",
          roles_required: "Chọn ít nhất một vai trò.",
          unit_required: "Vai trò cán bộ, trưởng đơn vị cần chọn đơn vị công tác.",
        },
      },
    },
    enums: {
      Role: {
        ADMIN: "Quản trị hệ thống",
        OFFICE: "Văn phòng HĐND và UBND",
        LEADER: "Lãnh đạo UBND",
        UNIT_HEAD: "Trưởng đơn vị",
        UNIT_STAFF: "Cán bộ đơn vị",
        SUPERVISOR: "Giám sát (MTTQ, đoàn thể)",
        API_CLIENT: "Ứng dụng khác (token API)",
      },
    },
  },
  en: {
    resources: {
      users: {
        name: "User |||| Users",
        fields: {
          username: "Username",
          displayName: "Full name",
          title: "Title",
          email: "Email",
          phone: "Phone",
          password: "Initial password",
          newPassword: "New password",
          roles: "Roles",
          unitId: "Work unit",
          areaIds: "Areas in charge",
          lastLoginAt: "Last sign-in",
          archived: "Status",
          grants: "Grants",
        },
        status: { active: "Active", archived: "Archived" },
        never: "Never signed in",
        all_areas: "All areas",
        areas_help: "Leave empty if the leader is in charge of every area.",
        unit_help: "Unit staff and unit heads work for this unit.",
        password_help:
          "At least %{min} characters. Tell the user to change it (Profile → Change password) after signing in.",
        archive: "Archive",
        archive_title: "Archive the account of %{name}",
        archive_content: "The user will be signed out and can no longer sign in.",
        archive_done: "Account archived",
        set_password: "Set password",
        set_password_title: "Set a new password for %{name}",
        password_set: "New password set; the user's other sessions were signed out.",
        validation: {
          username_required: "Enter a username.",
          username_format: "A username has only lower-case letters without accents, digits, dots and hyphens.",
          display_name_required: "Enter the full name.",
          password_required: "Enter an initial password.",
          password_length: "A password has at least %{min} characters.",
          roles_required: "Choose at least one role.",
          unit_required: "Unit staff and unit heads need a work unit.",
        },
      },
    },
    enums: {
      Role: {
        ADMIN: "Administrator",
        OFFICE: "People's Council and Committee Office",
        LEADER: "Committee leader",
        UNIT_HEAD: "Unit head",
        UNIT_STAFF: "Unit staff",
        SUPERVISOR: "Supervisor (Front, mass organisations)",
        API_CLIENT: "Other application (API token)",
      },
    },
  },
};

export default messages;
