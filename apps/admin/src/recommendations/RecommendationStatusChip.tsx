// A recommendation's status as a coloured chip: waiting on the office or a unit in blue, waiting on
// the Front in orange, resolved in green.
import type { RecommendationStatus } from "@kehoach/schema";
import { Chip } from "@mui/material";
import { useTranslate } from "react-admin";

const COLOURS: Record<RecommendationStatus, "default" | "info" | "warning" | "success"> = {
  RECORDED: "default",
  ASSIGNED: "info",
  ANSWERED: "warning",
  RESOLVED: "success",
};

export function RecommendationStatusChip({ status }: { status: RecommendationStatus }) {
  const translate = useTranslate();
  // A span, so that the chip may sit in a line of text (the cards of the list on a phone).
  return (
    <Chip
      component="span"
      size="small"
      color={COLOURS[status]}
      label={translate(`enums.RecommendationStatus.${status}`)}
    />
  );
}
