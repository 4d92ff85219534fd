// Labels and messages of the assignments screens, Vietnamese and English (same keys).
import type { FeatureMessages } from "../i18n/features.ts";

const messages: FeatureMessages = {
  vi: {
    resources: {
      assignments: {
        name: "Phân công |||| Phân công",
        fields: {
          itemLabel: "Chỉ tiêu, nhiệm vụ",
          itemKind: "Loại",
          planId: "Kế hoạch",
          leadUnitId: "Đơn vị chủ trì",
          cooperatingUnitIds: "Đơn vị phối hợp",
          leaderId: "Lãnh đạo phụ trách",
          inferred: "Trạng thái",
          inferenceNote: "Căn cứ suy luận",
          confirmedAt: "Xác nhận lúc",
          confirmedBy: "Người xác nhận",
          updatedAt: "Sửa lần cuối",
        },
        item_kind: { indicator: "Chỉ tiêu", task: "Nhiệm vụ" },
        status: { inferred: "Suy luận", confirmed: "Đã xác nhận" },
        inferred_only: "Chỉ phân công suy luận",
        inferred_help:
          "Phân công này được suy ra từ văn bản kế hoạch (chưa có Phụ lục 01, 02). Kiểm tra rồi xác nhận hoặc sửa.",
        cooperating_help: "Theo thứ tự trong phân công.",
        no_leader: "Chưa giao",
        confirm: "Xác nhận",
        confirm_title: "Xác nhận phân công",
        confirm_content:
          "Xác nhận phân công này đúng như hiện có? |||| Xác nhận %{smart_count} phân công đúng như hiện có?",
        confirmed: "Đã xác nhận phân công |||| Đã xác nhận %{smart_count} phân công",
      },
    },
  },
  en: {
    resources: {
      assignments: {
        name: "Assignment |||| Assignments",
        fields: {
          itemLabel: "Indicator or task",
          itemKind: "Kind",
          planId: "Plan",
          leadUnitId: "Lead unit",
          cooperatingUnitIds: "Cooperating units",
          leaderId: "Leader in charge",
          inferred: "Status",
          inferenceNote: "Inferred from",
          confirmedAt: "Confirmed at",
          confirmedBy: "Confirmed by",
          updatedAt: "Last changed",
        },
        item_kind: { indicator: "Indicator", task: "Task" },
        status: { inferred: "Inferred", confirmed: "Confirmed" },
        inferred_only: "Inferred only",
        inferred_help:
          "This assignment was inferred from the plan's text (annexes 01 and 02 are missing). Check it, then confirm or change it.",
        cooperating_help: "In the order of the assignment.",
        no_leader: "Not assigned",
        confirm: "Confirm",
        confirm_title: "Confirm assignment",
        confirm_content: "Confirm this assignment as it stands? |||| Confirm %{smart_count} assignments as they stand?",
        confirmed: "Assignment confirmed |||| %{smart_count} assignments confirmed",
      },
    },
  },
};

export default messages;
