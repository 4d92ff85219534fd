// One progress report, with "Duyệt" / "Trả lại" when it awaits review and the viewer may review.
import { Box } from "@mui/material";
import { Show, useRecordContext, useRefresh } from "react-admin";
import type { WholeReportRecord } from "../dataProvider/progressReports.ts";
import { WholeRecord } from "../layout/WholeRecord.tsx";
import { ReportDetails } from "./ReportDetails.tsx";
import { ReviewActions } from "./ReviewActions.tsx";

function ReportShowContent() {
  const report = useRecordContext<WholeReportRecord>();
  const refresh = useRefresh();
  if (!report) return null;
  return (
    <Box sx={{ p: 2 }}>
      <ReportDetails report={report} actions={<ReviewActions report={report} onDone={refresh} />} />
    </Box>
  );
}

export default function ReportShow() {
  return (
    <Show>
      <WholeRecord>
        <ReportShowContent />
      </WholeRecord>
    </Show>
  );
}
