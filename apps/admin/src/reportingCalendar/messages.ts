// Labels and messages of the reporting calendar screen, Vietnamese and English (same keys).
import type { FeatureMessages } from "../i18n/features.ts";

const messages: FeatureMessages = {
  vi: {
    app: {
      menu: { reporting_calendar: "Lịch báo cáo" },
      reporting_calendar: {
        title: "Lịch báo cáo",
        current: "Lịch báo cáo hiện tại của %{ward}",
        window_calendar_months: "Số liệu tháng tính theo tháng dương lịch (từ ngày 1 đến ngày cuối tháng)",
        window_from_day: "Số liệu tháng tính từ ngày %{start} tháng trước đến ngày %{end}",
        due_same_day: "hạn gửi báo cáo ngay ngày chốt số liệu",
        due_day: "hạn gửi báo cáo %{smart_count} ngày sau ngày chốt (ngày %{day})",
        due_next_month_day: "hạn gửi báo cáo %{smart_count} ngày sau ngày chốt (ngày %{day} tháng sau)",
        due_next_month: "hạn gửi báo cáo %{smart_count} ngày sau ngày chốt (đầu tháng sau)",
        decree_default: "Đây là lịch mặc định theo Nghị định 09/2019/NĐ-CP.",
        intro:
          "Quý, 6 tháng, 9 tháng và năm tính theo cùng ngày: quý từ ngày bắt đầu của tháng đầu quý đến ngày chốt của tháng cuối quý; 6 tháng, 9 tháng và năm tính từ tháng 1.",
        fields: {
          windowStartDay: "Ngày bắt đầu kỳ số liệu (trong tháng trước)",
          dueDaysAfterCutoff: "Hạn gửi: số ngày sau ngày chốt",
        },
        help: {
          windowStartDay: "Từ %{min} đến %{max}. 15: từ ngày 15 tháng trước đến ngày 14; 1: theo tháng dương lịch.",
          dueDaysAfterCutoff: "Từ %{min} đến %{max} ngày. 0: hạn gửi là chính ngày chốt số liệu.",
        },
        validation: {
          required: "Nhập một số.",
          windowStartDay: "%{problem}",
          dueDaysAfterCutoff: "%{problem}",
        },
        use_default: "Dùng mặc định theo Nghị định 09/2019",
        save: "Lưu lịch báo cáo",
        preview_title: "Các kỳ báo cáo năm %{year} theo lịch này",
        preview_columns: { label: "Kỳ", window: "Số liệu từ – đến", due: "Hạn gửi báo cáo" },
        preview_invalid: "Sửa các ô bên trên để xem trước các kỳ báo cáo.",
        only_not_begun:
          "Khi lưu, chỉ các kỳ báo cáo chưa bắt đầu (và chưa được mở hay khóa sổ bằng tay) đổi sang ngày mới; các kỳ đã bắt đầu giữ nguyên ngày cũ để số liệu đã báo cáo không đổi kỳ.",
        saved: "Đã lưu lịch báo cáo. %{smart_count} kỳ báo cáo chưa bắt đầu đã đổi sang ngày mới.",
        saved_none: "Đã lưu lịch báo cáo. Không kỳ báo cáo nào phải đổi ngày.",
        conflict_title: "Lịch báo cáo vừa được người khác sửa",
        conflict:
          "Người khác đã lưu lịch báo cáo sau khi bạn mở trang này (phiên bản hiện tại %{version}). Tải lại để xem lịch mới, rồi sửa tiếp nếu cần.",
        reload: "Tải lại",
        not_found: "Không đọc được lịch báo cáo của phường, xã của bạn.",
      },
    },
  },
  en: {
    app: {
      menu: { reporting_calendar: "Reporting calendar" },
      reporting_calendar: {
        title: "Reporting calendar",
        current: "Current reporting calendar of %{ward}",
        window_calendar_months: "Monthly figures follow calendar months (from the 1st to the month's last day)",
        window_from_day: "Monthly figures run from day %{start} of the previous month to day %{end}",
        due_same_day: "reports are due on the cut-off day",
        due_day:
          "reports are due %{smart_count} day after the cut-off (day %{day}) |||| reports are due %{smart_count} days after the cut-off (day %{day})",
        due_next_month_day:
          "reports are due %{smart_count} day after the cut-off (day %{day} of the next month) |||| reports are due %{smart_count} days after the cut-off (day %{day} of the next month)",
        due_next_month: "reports are due %{smart_count} days after the cut-off (early the next month)",
        decree_default: "This is the default of Decree 09/2019/NĐ-CP.",
        intro:
          "Quarters, six months, nine months and the year follow the same days: a quarter runs from the start day of its first month to the cut-off of its last month; six months, nine months and the year count from January.",
        fields: {
          windowStartDay: "Data window starts on day (of the previous month)",
          dueDaysAfterCutoff: "Due: days after the cut-off",
        },
        help: {
          windowStartDay: "From %{min} to %{max}. 15: from the 15th of last month to the 14th; 1: calendar months.",
          dueDaysAfterCutoff: "From %{min} to %{max} days. 0: due on the cut-off day itself.",
        },
        validation: {
          required: "Enter a number.",
          windowStartDay:
            "The data window's start day must be a whole number from %{min} to %{max} (1: calendar months; 15: from the 15th of last month to the 14th).",
          dueDaysAfterCutoff: "Reports must be due a whole number of days from %{min} to %{max} after the cut-off.",
        },
        use_default: "Use the Decree 09/2019 default",
        save: "Save reporting calendar",
        preview_title: "Reporting periods of %{year} with this calendar",
        preview_columns: { label: "Period", window: "Figures from – to", due: "Report due" },
        preview_invalid: "Correct the fields above to preview the reporting periods.",
        only_not_begun:
          "On saving, only the periods that have not begun (and that nobody opened or closed by hand) move to the new days; periods that have begun keep their days so that figures already reported stay in their period.",
        saved:
          "Reporting calendar saved. %{smart_count} period not yet begun was re-dated. |||| Reporting calendar saved. %{smart_count} periods not yet begun were re-dated.",
        saved_none: "Reporting calendar saved. No period had to be re-dated.",
        conflict_title: "Someone else just changed the reporting calendar",
        conflict:
          "Someone else saved the reporting calendar after you opened this page (current version %{version}). Reload to see the new calendar, then change it again if needed.",
        reload: "Reload",
        not_found: "Your ward's reporting calendar could not be read.",
      },
    },
  },
};

export default messages;
