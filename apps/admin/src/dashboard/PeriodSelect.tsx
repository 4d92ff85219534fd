// The reporting period the dashboard shows, chosen among the plan's periods (newest first).
import { MenuItem, TextField } from "@mui/material";
import { useTranslate } from "react-admin";
import type { DashboardPeriod } from "./currentPeriod.ts";

interface PeriodSelectProps {
  periods: readonly DashboardPeriod[];
  value: string;
  onChange(periodId: string): void;
  disabled?: boolean;
}

export function PeriodSelect({ periods, value, onChange, disabled = false }: PeriodSelectProps) {
  const translate = useTranslate();
  const newestFirst = [...periods].sort((a, b) =>
    a.startsOn === b.startsOn ? a.endsOn.localeCompare(b.endsOn) : b.startsOn.localeCompare(a.startsOn),
  );
  return (
    <TextField
      select
      size="small"
      label={translate("app.dashboard.period")}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      disabled={disabled}
      sx={{ minWidth: 220 }}
    >
      {newestFirst.map((period) => (
        <MenuItem key={period.id} value={period.id}>
          {period.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
