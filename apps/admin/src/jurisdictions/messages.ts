// Labels and messages of the wards screens (a city's administrators), Vietnamese and English (same keys).
import type { FeatureMessages } from "../i18n/features.ts";

const messages: FeatureMessages = {
  vi: {
    resources: {
      jurisdictions: {
        name: "Phường, xã |||| Phường, xã",
        fields: {
          code: "Mã đơn vị hành chính",
          name: "Tên",
          kind: "Cấp",
          kindValue: "Cấp",
          opened: "Tài khoản",
          administrator: {
            username: "Tên đăng nhập của quản trị",
            displayName: "Họ tên quản trị",
            email: "Thư điện tử",
            phone: "Số điện thoại",
            password: "Mật khẩu ban đầu",
          },
        },
        status: {
          opened: "Đã mở tài khoản (%{smart_count} quản trị)",
          notOpened: "Chưa mở tài khoản",
        },
        helper: {
          code: "5 chữ số theo danh mục chính thức (ví dụ 10537). Phường đã có trong danh mục thì nhập đúng mã và tên để mở tài khoản.",
          password:
            "Tối thiểu %{min} ký tự. Báo cho quản trị của phường để họ tự đổi sau khi đăng nhập (Tài khoản → Đổi mật khẩu).",
        },
        validation: {
          code_required: "Nhập mã đơn vị hành chính.",
          code: "Mã đơn vị hành chính gồm đúng 5 chữ số (ví dụ 10537).",
          name_required: "Nhập tên phường, xã.",
        },
        created: "Đã thêm %{name}. Quản trị đăng nhập bằng %{login} (hoặc %{username}).",
      },
    },
    enums: {
      JurisdictionKind: {
        CITY: "Thành phố",
        PROVINCE: "Tỉnh",
        WARD: "Phường",
        COMMUNE: "Xã",
        SPECIAL_ZONE: "Đặc khu",
      },
    },
  },
  en: {
    resources: {
      jurisdictions: {
        name: "Ward |||| Wards and communes",
        fields: {
          code: "Official code",
          name: "Name",
          kind: "Level",
          kindValue: "Level",
          opened: "Accounts",
          administrator: {
            username: "Administrator's username",
            displayName: "Administrator's name",
            email: "E-mail",
            phone: "Phone",
            password: "Initial password",
          },
        },
        status: {
          opened: "Accounts opened (1 administrator) |||| Accounts opened (%{smart_count} administrators)",
          notOpened: "No accounts yet",
        },
        helper: {
          code: "5 digits from the official list (e.g. 10537). For a ward already in the list, enter its exact code and name to open its accounts.",
          password:
            "At least %{min} characters. Tell the ward's administrator to change it after signing in (Account → Change password).",
        },
        validation: {
          code_required: "Enter the official code.",
          code: "The official code has exactly 5 digits (e.g. 10537).",
          name_required: "Enter the ward's name.",
        },
        created: "Added %{name}. Its administrator signs in as %{login} (or %{username}).",
      },
    },
    enums: {
      JurisdictionKind: {
        CITY: "City",
        PROVINCE: "Province",
        WARD: "Ward",
        COMMUNE: "Commune",
        SPECIAL_ZONE: "Special zone",
      },
    },
  },
};

export default messages;
