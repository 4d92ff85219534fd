// Labels of the city's roll-up of its wards, Vietnamese and English (same keys).
import type { FeatureMessages } from "../i18n/features.ts";

const messages: FeatureMessages = {
  vi: {
    app: {
      city: {
        title: "Tổng hợp các phường, xã",
        of_city: "%{city}: %{smart_count} phường, xã trực thuộc, năm %{year}",
        year: "Năm",
        month: "Kỳ",
        current_period: "Kỳ hiện tại của từng phường",
        month_n: "Tháng %{month}",
        grid_title: "Chỉ tiêu chậm tiến độ theo phường",
        grid_hint:
          "Mỗi ô là một phường, xã: màu càng đậm, càng nhiều chỉ tiêu chậm tiến độ, có nguy cơ hoặc không đạt; ô xám: chưa có kế hoạch công bố.",
        table_title: "Bảng so sánh",
        ward: "Phường, xã",
        plan: "Kế hoạch",
        no_plan: "Chưa có kế hoạch công bố",
        period: "Kỳ",
        behind: "Chỉ tiêu chậm, có nguy cơ, không đạt",
        on_track: "Đạt, đúng tiến độ",
        no_data: "Chưa có số liệu",
        overdue: "Nhiệm vụ quá hạn",
        missing: "Đơn vị chưa gửi báo cáo",
        recommendations: "Kiến nghị chưa giải quyết",
        of_total: "%{count}/%{total}",
        oldest_days: "lâu nhất %{smart_count} ngày",
        tile_label: "%{ward}: %{behind} trên %{total} chỉ tiêu chậm tiến độ, có nguy cơ hoặc không đạt",
        tile_no_plan: "%{ward}: chưa có kế hoạch công bố",
        none: "—",
        no_wards: "Thành phố chưa có phường, xã nào.",
        not_city: "Bảng tổng hợp chỉ dành cho lãnh đạo, Văn phòng và quản trị của thành phố.",
      },
    },
  },
  en: {
    app: {
      city: {
        title: "Wards and communes at a glance",
        of_city: "%{city}: %{smart_count} wards and communes, %{year}",
        year: "Year",
        month: "Period",
        current_period: "Each ward's current period",
        month_n: "Month %{month}",
        grid_title: "Indicators behind, by ward",
        grid_hint:
          "Each tile is a ward or commune: the darker, the more indicators off track, at risk or not achieved; grey: no published plan.",
        table_title: "Comparison",
        ward: "Ward or commune",
        plan: "Plan",
        no_plan: "No published plan",
        period: "Period",
        behind: "Indicators off track, at risk, not achieved",
        on_track: "Achieved, on track",
        no_data: "No data yet",
        overdue: "Overdue tasks",
        missing: "Units yet to report",
        recommendations: "Open recommendations",
        of_total: "%{count}/%{total}",
        oldest_days: "oldest %{smart_count} days",
        tile_label: "%{ward}: %{behind} of %{total} indicators off track, at risk or not achieved",
        tile_no_plan: "%{ward}: no published plan",
        none: "—",
        no_wards: "The city has no wards or communes yet.",
        not_city: "This roll-up is for the city's leaders, office and administrators.",
      },
    },
  },
};

export default messages;
