// Menu labels, Vietnamese and English (same keys).
import type { FeatureMessages } from "../i18n/features.ts";

const messages: FeatureMessages = {
  vi: { app: { menu: { monthly_report: "Báo cáo tháng", review: "Duyệt báo cáo", plan_import: "Nhập kế hoạch" } } },
  en: { app: { menu: { monthly_report: "Monthly report", review: "Review reports", plan_import: "Import a plan" } } },
};

export default messages;
