// Labels and messages of the units screens, Vietnamese and English (same keys).
import type { FeatureMessages } from "../i18n/features.ts";

const messages: FeatureMessages = {
  vi: {
    resources: {
      units: {
        name: "Đơn vị |||| Đơn vị",
        fields: {
          code: "Mã",
          name: "Tên đơn vị",
          shortName: "Tên viết tắt",
          kind: "Loại đơn vị",
          parentId: "Đơn vị cấp trên",
          duties: "Nhiệm vụ được giao",
          archived: "Tình trạng",
          archivedAt: "Ngừng sử dụng từ",
          leadAssignments: "Chủ trì",
          cooperatingAssignments: "Phối hợp",
          users: "Người dùng của đơn vị",
        },
        status: { active: "Đang hoạt động", archived: "Ngừng sử dụng" },
        duty: "Nội dung nhiệm vụ",
        no_duties: "Chưa ghi nhiệm vụ nào.",
        no_assignments: "Không có chỉ tiêu, nhiệm vụ nào.",
        no_users: "Chưa có người dùng nào.",
        archive: "Ngừng sử dụng",
        archive_title: "Ngừng sử dụng đơn vị %{name}",
        archive_content: "Đơn vị sẽ không còn trong danh sách chọn. Đơn vị còn chủ trì phân công thì chưa ngừng được.",
        archive_done: "Đã ngừng sử dụng đơn vị",
        validation: {
          code_required: "Nhập mã đơn vị (ví dụ: kt).",
          name_required: "Nhập tên đơn vị.",
          kind_required: "Chọn loại đơn vị.",
        },
      },
    },
    enums: {
      UnitKind: {
        OFFICE: "Văn phòng HĐND và UBND",
        SPECIALISED_OFFICE: "Phòng chuyên môn",
        CENTRE: "Trung tâm",
        POLICE: "Công an phường",
        MILITARY: "Ban Chỉ huy quân sự",
        FRONT: "Ủy ban MTTQ",
        MASS_ORGANISATION: "Đoàn thể chính trị - xã hội",
        RESIDENTIAL_GROUP: "Tổ dân phố",
        SCHOOL: "Trường học",
        OTHER: "Khác",
      },
    },
  },
  en: {
    resources: {
      units: {
        name: "Unit |||| Units",
        fields: {
          code: "Code",
          name: "Name",
          shortName: "Short name",
          kind: "Kind",
          parentId: "Parent unit",
          duties: "Duties",
          archived: "Status",
          archivedAt: "Archived on",
          leadAssignments: "Leads",
          cooperatingAssignments: "Cooperates on",
          users: "Users of the unit",
        },
        status: { active: "Active", archived: "Archived" },
        duty: "Duty",
        no_duties: "No duties recorded.",
        no_assignments: "No indicators or tasks.",
        no_users: "No users yet.",
        archive: "Archive",
        archive_title: "Archive unit %{name}",
        archive_content:
          "The unit will no longer be offered in forms. A unit that still leads assignments cannot be archived.",
        archive_done: "Unit archived",
        validation: {
          code_required: "Enter the unit's code (e.g. kt).",
          name_required: "Enter the unit's name.",
          kind_required: "Choose the kind of unit.",
        },
      },
    },
    enums: {
      UnitKind: {
        OFFICE: "People's Council and Committee Office",
        SPECIALISED_OFFICE: "Specialised office",
        CENTRE: "Centre",
        POLICE: "Ward police",
        MILITARY: "Military command",
        FRONT: "Fatherland Front",
        MASS_ORGANISATION: "Mass organisation",
        RESIDENTIAL_GROUP: "Residential group",
        SCHOOL: "School",
        OTHER: "Other",
      },
    },
  },
};

export default messages;
