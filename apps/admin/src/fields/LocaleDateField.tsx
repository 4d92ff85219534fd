// A date in the console's language, day first in both: 07/01/2026.
import { formatDate } from "@kehoach/domain";
import { Typography } from "@mui/material";
import { type FieldProps, useFieldValue } from "react-admin";
import { useFormatLocale } from "../useFormatLocale.ts";

export function LocaleDateField({ source }: FieldProps & { source: string }) {
  const value = useFieldValue({ source }) as string | null | undefined;
  const locale = useFormatLocale();
  if (!value) return null;
  return (
    <Typography component="span" variant="body2">
      {formatDate(value, locale)}
    </Typography>
  );
}
