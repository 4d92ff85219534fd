// Progress reports (báo cáo tiến độ): the list and one report, the monthly report form of a unit
// (/monthly-report) and the review queue of office and leaders (/review).
import Icon from "@mui/icons-material/Assignment";
import { lazy } from "react";

const MonthlyReportPage = lazy(() => import("./MonthlyReportPage.tsx"));
const ReviewQueue = lazy(() => import("./ReviewQueue.tsx"));

export const reportRoutes = [
  { path: "/monthly-report", element: <MonthlyReportPage /> },
  { path: "/review", element: <ReviewQueue /> },
];

export default {
  list: lazy(() => import("./ReportList.tsx")),
  show: lazy(() => import("./ReportShow.tsx")),
  icon: Icon,
  recordRepresentation: (report: { unit: { name: string }; period: { label: string } }) =>
    `${report.unit.name} — ${report.period.label}`,
};
