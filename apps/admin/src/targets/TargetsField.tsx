// An indicator's targets as phrases in the console's language ("trên 10%/năm"), with the
// targets of its component indicators below ("công nghiệp - xây dựng: ≥ 12%").
import { Box, Typography } from "@mui/material";
import { useRecordContext } from "react-admin";
import { useFormatLocale } from "../useFormatLocale.ts";
import { formatTargets, type TargetSpec } from "./formatTarget.ts";

interface IndicatorWithTargets {
  targets: readonly TargetSpec[];
  subIndicators?: readonly { id: string; name: string; targets: readonly TargetSpec[] }[];
}

/** Keeps "≥ 12%" on one line: a no-break space after a comparison sign. */
export const keepSignWithValue = (phrase: string) => phrase.replace(/([≥≤<>≈]) /g, "$1\u00a0");

export function TargetsField({
  showSubIndicators = true,
}: {
  label?: string;
  source?: string;
  showSubIndicators?: boolean;
}) {
  const indicator = useRecordContext<IndicatorWithTargets & { id: string }>();
  const locale = useFormatLocale();
  if (!indicator) return null;
  const subIndicators = showSubIndicators
    ? (indicator.subIndicators ?? []).filter((sub) => sub.targets.length > 0)
    : [];
  return (
    <Box>
      {indicator.targets.length > 0 && (
        <Typography component="div" variant="body2" sx={{ fontWeight: 500 }}>
          {keepSignWithValue(formatTargets(indicator.targets, locale))}
        </Typography>
      )}
      {subIndicators.map((sub) => (
        <Typography component="div" variant="body2" key={sub.id} sx={{ mt: 0.25 }}>
          <Box component="span" sx={{ color: "text.secondary" }}>
            {sub.name}:
          </Box>{" "}
          <Box component="span" sx={{ fontWeight: 500 }}>
            {keepSignWithValue(formatTargets(sub.targets, locale))}
          </Box>
        </Typography>
      ))}
    </Box>
  );
}
