// Downloads the compiled report of a monthly period (DOCX, PDF, XLSX) for those who read the ward's
// reports: plain links, the session cookie goes with them; the API decides what each may read. The
// words stay beside the icons on a phone (PeriodActionButton).
import DescriptionIcon from "@mui/icons-material/Description";
import PictureAsPdfIcon from "@mui/icons-material/PictureAsPdf";
import TableChartIcon from "@mui/icons-material/TableChart";
import { useCanAccess, useRecordContext } from "react-admin";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";
import { PeriodActionButton } from "./PeriodActionButton.tsx";

export function WardReportButtons() {
  const period = useRecordContext<ReportingPeriodRecord>();
  const { canAccess } = useCanAccess({ resource: "progressReports", action: "list" });
  if (period?.kind !== "MONTH" || !canAccess) return null;
  const href = (format: "docx" | "pdf" | "xlsx") => `/bao-cao/thang/${encodeURIComponent(String(period.id))}.${format}`;
  return (
    <>
      <PeriodActionButton href={href("docx")} label="app.period.wardReportDocx" icon={<DescriptionIcon />} />
      <PeriodActionButton href={href("pdf")} label="app.period.wardReportPdf" icon={<PictureAsPdfIcon />} />
      <PeriodActionButton href={href("xlsx")} label="app.period.wardReportXlsx" icon={<TableChartIcon />} />
    </>
  );
}
