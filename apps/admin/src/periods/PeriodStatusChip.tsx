// A period's status as a coloured chip: open in green, closed in grey.
import type { PeriodStatus } from "@kehoach/schema";
import { Chip } from "@mui/material";
import { useTranslate } from "react-admin";

const COLOURS: Record<PeriodStatus, "default" | "info" | "success"> = {
  UPCOMING: "info",
  OPEN: "success",
  CLOSED: "default",
};

export function PeriodStatusChip({ status }: { status: PeriodStatus }) {
  const translate = useTranslate();
  return (
    <Chip size="small" variant="outlined" color={COLOURS[status]} label={translate(`enums.PeriodStatus.${status}`)} />
  );
}
