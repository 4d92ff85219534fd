// The evidence files of a line of the monthly form: once the draft is saved the line exists and its
// files can be attached (EvidenceFiles); before that, a word saying so, so that staff know where
// the files go. `lineId` is the saved line's ID in the report read, if any.
import { Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { EvidenceFiles, ownerId } from "./EvidenceFiles.tsx";

export function LineEvidenceFiles({
  typename,
  lineId,
}: {
  typename: "ProgressReportIndicatorLine" | "ProgressReportTaskLine";
  lineId: string | undefined;
}) {
  const translate = useTranslate();
  if (lineId) return <EvidenceFiles owner={ownerId(typename, lineId)} />;
  return (
    <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
      {translate("app.attachments.save_first")}
    </Typography>
  );
}
