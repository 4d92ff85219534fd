// A progress bar for a share done, 0–100 %, with the figure beside it in the console's language
// ("84,5%"); nothing when there is no figure yet.
import { formatPercent } from "@kehoach/domain";
import { Box, LinearProgress, Typography } from "@mui/material";
import { useFormatLocale } from "../useFormatLocale.ts";
import type { ChipColour } from "./EnumField.tsx";

type BarColour = Exclude<ChipColour, "default">;

export function ProgressBar({
  percent,
  label,
  colour = "primary",
}: {
  percent: number | null | undefined;
  label: string;
  colour?: ChipColour;
}) {
  const locale = useFormatLocale();
  if (percent == null || Number.isNaN(percent)) return null;
  const bounded = Math.max(0, Math.min(100, percent));
  const text = formatPercent(percent, locale, { maximumFractionDigits: 1 });
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1, minWidth: 160, maxWidth: 420 }}>
      <LinearProgress
        variant="determinate"
        value={bounded}
        color={colour === "default" ? "inherit" : (colour as BarColour)}
        aria-label={label}
        aria-valuetext={text}
        sx={{ flex: 1, height: 8, borderRadius: 4 }}
      />
      <Typography variant="body2" sx={{ minWidth: 48, textAlign: "right", fontWeight: 500 }}>
        {text}
      </Typography>
    </Box>
  );
}
