// Downloads the compiled report of a monthly period (DOCX, PDF, XLSX) for those who read the ward's
// reports: plain links, the session cookie goes with them; the API decides what each may read.
import DescriptionIcon from "@mui/icons-material/Description";
import PictureAsPdfIcon from "@mui/icons-material/PictureAsPdf";
import TableChartIcon from "@mui/icons-material/TableChart";
import { Button, useCanAccess, useRecordContext } from "react-admin";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";

export function WardReportButtons() {
  const period = useRecordContext<ReportingPeriodRecord>();
  const { canAccess } = useCanAccess({ resource: "progressReports", action: "list" });
  if (period?.kind !== "MONTH" || !canAccess) return null;
  const href = (format: "docx" | "pdf" | "xlsx") => `/bao-cao/thang/${encodeURIComponent(String(period.id))}.${format}`;
  return (
    <>
      <Button component="a" href={href("docx")} label="app.period.wardReportDocx" download>
        <DescriptionIcon />
      </Button>
      <Button component="a" href={href("pdf")} label="app.period.wardReportPdf" download>
        <PictureAsPdfIcon />
      </Button>
      <Button component="a" href={href("xlsx")} label="app.period.wardReportXlsx" download>
        <TableChartIcon />
      </Button>
    </>
  );
}
