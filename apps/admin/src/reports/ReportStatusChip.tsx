// A report's status as a coloured chip: returned in red so that it stands out, approved in green.
import type { ReportStatus } from "@kehoach/schema";
import { Chip } from "@mui/material";
import { useTranslate } from "react-admin";

const COLOURS: Record<ReportStatus, "default" | "info" | "success" | "error"> = {
  DRAFT: "default",
  SUBMITTED: "info",
  APPROVED: "success",
  RETURNED: "error",
};

export function ReportStatusChip({ status }: { status: ReportStatus }) {
  const translate = useTranslate();
  // A span, so that the chip may sit in a line of text (the cards of the list on a phone).
  return (
    <Chip component="span" size="small" color={COLOURS[status]} label={translate(`enums.ReportStatus.${status}`)} />
  );
}
