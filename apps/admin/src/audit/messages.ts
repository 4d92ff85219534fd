// Labels and messages of the audit screens, Vietnamese and English (same keys). Event names
// ("unit.updated") are nested keys: resources.auditEvents.events.unit.updated; their labels and
// those of the kinds of item come from the one list of audit events in @kehoach/domain.
import { AUDIT_ENTITY_TYPES, AUDIT_EVENT_NAMES, AUDIT_EVENTS, type Locale } from "@kehoach/domain";
import type { FeatureMessages } from "../i18n/features.ts";

function eventMessages(locale: Locale): Record<string, Record<string, string>> {
  const groups: Record<string, Record<string, string>> = {};
  for (const name of AUDIT_EVENT_NAMES) {
    const [group = name, action = name] = name.split(".");
    groups[group] = { ...groups[group], [action]: AUDIT_EVENTS[name].label[locale] };
  }
  return groups;
}

function entityMessages(locale: Locale): Record<string, string> {
  return Object.fromEntries(Object.entries(AUDIT_ENTITY_TYPES).map(([type, label]) => [type, label[locale]]));
}

const messages: FeatureMessages = {
  vi: {
    resources: {
      auditEvents: {
        name: "Nhật ký |||| Nhật ký",
        fields: {
          createdAt: "Thời điểm",
          actor: "Người thực hiện",
          name: "Việc đã làm",
          entityLabel: "Đối tượng",
          entityType: "Loại đối tượng",
          from: "Từ ngày",
          to: "Đến ngày",
          changes: "Thay đổi",
          excludeSignIns: "Ẩn đăng nhập, đăng xuất",
        },
        system: "Hệ thống",
        no_changes: "Không có trường nào thay đổi.",
        change: { field: "Trường", before: "Trước", after: "Sau" },
        items: "%{smart_count} mục",
        events: eventMessages("vi"),
        entities: entityMessages("vi"),
        change_fields: {
          code: "Mã",
          name: "Tên",
          shortName: "Tên viết tắt",
          kind: "Loại",
          parentId: "Đơn vị cấp trên",
          duties: "Nhiệm vụ được giao",
          archivedAt: "Ngừng sử dụng từ",
          username: "Tên đăng nhập",
          displayName: "Họ tên",
          title: "Tên, chức vụ",
          email: "Thư điện tử",
          phone: "Số điện thoại",
          unitId: "Đơn vị",
          grants: "Cấp quyền",
          role: "Vai trò",
          areaId: "Lĩnh vực",
          areaIds: "Lĩnh vực",
          leadUnitId: "Đơn vị chủ trì",
          cooperatingUnitIds: "Đơn vị phối hợp",
          leaderId: "Lãnh đạo phụ trách",
          inferred: "Suy luận, chờ xác nhận",
          confirmedById: "Người xác nhận",
          confirmedAt: "Xác nhận lúc",
          status: "Trạng thái",
          content: "Nội dung",
          deadline: "Thời hạn",
          publishedAt: "Ngày công bố",
          reviewedAt: "Ngày duyệt",
          returnReason: "Lý do trả lại",
          summary: "Tóm tắt",
          body: "Nội dung góp ý",
          reportId: "Báo cáo",
          planId: "Kế hoạch",
          sessionsRevoked: "Phiên đăng nhập bị thu hồi",
          bySelf: "Người dùng tự đổi",
          expiresAt: "Hết hạn",
        },
      },
    },
  },
  en: {
    resources: {
      auditEvents: {
        name: "Audit log |||| Audit log",
        fields: {
          createdAt: "When",
          actor: "Who",
          name: "What",
          entityLabel: "Item",
          entityType: "Kind of item",
          from: "From",
          to: "To",
          changes: "Changes",
          excludeSignIns: "Hide sign-ins and sign-outs",
        },
        system: "System",
        no_changes: "No field changed.",
        change: { field: "Field", before: "Before", after: "After" },
        items: "%{smart_count} items",
        events: eventMessages("en"),
        entities: entityMessages("en"),
        change_fields: {
          code: "Code",
          name: "Name",
          shortName: "Short name",
          kind: "Kind",
          parentId: "Parent unit",
          duties: "Duties",
          archivedAt: "Archived on",
          username: "Username",
          displayName: "Full name",
          title: "Title",
          email: "Email",
          phone: "Phone",
          unitId: "Unit",
          grants: "Grants",
          role: "Role",
          areaId: "Area",
          areaIds: "Areas",
          leadUnitId: "Lead unit",
          cooperatingUnitIds: "Cooperating units",
          leaderId: "Leader in charge",
          inferred: "Inferred, awaiting confirmation",
          confirmedById: "Confirmed by",
          confirmedAt: "Confirmed at",
          status: "Status",
          content: "Content",
          deadline: "Deadline",
          publishedAt: "Published on",
          reviewedAt: "Reviewed on",
          returnReason: "Reason for return",
          summary: "Summary",
          body: "Comment",
          reportId: "Report",
          planId: "Plan",
          sessionsRevoked: "Sessions signed out",
          bySelf: "Changed by the user",
          expiresAt: "Expires",
        },
      },
    },
  },
};

export default messages;
