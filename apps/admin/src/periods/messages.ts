// Labels and messages of the periods screens, Vietnamese and English (same keys).
import type { FeatureMessages } from "../i18n/features.ts";

const messages: FeatureMessages = {
  vi: {
    resources: {
      reportingPeriods: {
        name: "Kỳ báo cáo |||| Kỳ báo cáo",
        fields: {
          plan: "Kế hoạch",
          kind: "Loại kỳ",
          label: "Kỳ",
          year: "Năm",
          startsOn: "Từ ngày",
          endsOn: "Đến ngày",
          cutoffOn: "Ngày chốt số liệu",
          dueOn: "Hạn gửi báo cáo",
          status: "Trạng thái",
          closedAt: "Khóa sổ lúc",
          wardReportFinalizedAt: "Báo cáo tổng hợp đã chốt lúc",
          wardReportPublishedAt: "Đã công bố lúc",
        },
      },
    },
    app: {
      period: {
        open: "Mở kỳ",
        close: "Khóa sổ",
        open_title: "Mở kỳ %{label}?",
        open_content: "Các đơn vị sẽ lập và gửi được báo cáo của kỳ này.",
        close_title: "Khóa sổ kỳ %{label}?",
        close_content: "Sau khi khóa sổ, các đơn vị không lưu nháp hay gửi báo cáo của kỳ này được nữa.",
        opened: "Đã mở kỳ báo cáo",
        closed: "Đã khóa sổ kỳ báo cáo",
        dates: "Thời gian",
        window: "Số liệu từ – đến",
        card_window: "Số liệu %{from} – %{to}",
        card_due: "Hạn gửi %{due}",
        all_kinds: "Mọi loại kỳ",
        figures: "Số liệu",
        from_to: "từ %{from} đến %{to}",
        wardReportDocx: "Báo cáo tháng (Word)",
        wardReportPdf: "Báo cáo tháng (PDF)",
        wardReportXlsx: "Bảng chỉ tiêu (Excel)",
        finalize: "Chốt báo cáo tổng hợp",
        finalize_title: "Chốt báo cáo tổng hợp %{label}?",
        finalize_content:
          "Báo cáo được giữ nguyên như bây giờ: các lần tải về sau luôn ra đúng bản này, kể cả khi số liệu được sửa sau đó. Không hoàn tác được.",
        finalized: "Đã chốt báo cáo tổng hợp tháng",
        wardReportDraft: "Chưa chốt: tải về là bản dự thảo theo số liệu hiện tại.",
        publish: "Công bố cho người dân",
        publish_title: "Công bố báo cáo %{label} cho người dân?",
        publish_content:
          "Báo cáo đã chốt sẽ hiện trên trang công khai của phường (/cong-khai) và nguồn tin Atom để ai cũng tải được. Không gỡ được.",
        published: "Đã công bố báo cáo trên trang công khai",
      },
    },
    enums: {
      PeriodKind: { MONTH: "Tháng", QUARTER: "Quý", HALF_YEAR: "6 tháng", NINE_MONTHS: "9 tháng", YEAR: "Năm" },
      PeriodStatus: { UPCOMING: "Chưa mở", OPEN: "Đang nhận báo cáo", CLOSED: "Đã khóa sổ" },
    },
  },
  en: {
    resources: {
      reportingPeriods: {
        name: "Reporting period |||| Reporting periods",
        fields: {
          plan: "Plan",
          kind: "Kind",
          label: "Period",
          year: "Year",
          startsOn: "From",
          endsOn: "To",
          cutoffOn: "Data cut-off",
          dueOn: "Report due",
          status: "Status",
          closedAt: "Closed at",
          wardReportFinalizedAt: "Compiled report finalized at",
          wardReportPublishedAt: "Published at",
        },
      },
    },
    app: {
      period: {
        open: "Open",
        close: "Close",
        open_title: "Open %{label}?",
        open_content: "Units will be able to draft and submit their reports for this period.",
        close_title: "Close %{label}?",
        close_content: "Once closed, units can no longer save or submit reports for this period.",
        opened: "Reporting period opened",
        closed: "Reporting period closed",
        dates: "Dates",
        window: "Figures from – to",
        card_window: "Figures %{from} – %{to}",
        card_due: "Due %{due}",
        all_kinds: "All kinds",
        figures: "Figures",
        from_to: "from %{from} to %{to}",
        wardReportDocx: "Monthly report (Word)",
        wardReportPdf: "Monthly report (PDF)",
        wardReportXlsx: "Indicator table (Excel)",
        finalize: "Finalize compiled report",
        finalize_title: "Finalize the compiled report for %{label}?",
        finalize_content:
          "The report is kept as it is now: every later download gives this version, even if figures are edited afterwards. This cannot be undone.",
        finalized: "Compiled monthly report finalized",
        wardReportDraft: "Not final: downloads are a draft from the current figures.",
        publish: "Publish to citizens",
        publish_title: "Publish the report for %{label} to citizens?",
        publish_content:
          "The final report will appear on the ward's public page (/cong-khai) and its Atom feed for anyone to download. This cannot be undone.",
        published: "Report published on the public page",
      },
    },
    enums: {
      PeriodKind: {
        MONTH: "Month",
        QUARTER: "Quarter",
        HALF_YEAR: "Half-year",
        NINE_MONTHS: "Nine months",
        YEAR: "Year",
      },
      PeriodStatus: { UPCOMING: "Upcoming", OPEN: "Open for reports", CLOSED: "Closed" },
    },
  },
};

export default messages;
