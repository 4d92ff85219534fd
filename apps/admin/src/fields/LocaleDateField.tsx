// A date in the console's language, day first in both: 07/01/2026; `emptyText` where there is none.
import { formatDate } from "@kehoach/domain";
import { Typography } from "@mui/material";
import { type FieldProps, useFieldValue } from "react-admin";
import { useFormatLocale } from "../useFormatLocale.ts";

export function LocaleDateField({ source, emptyText }: FieldProps & { source: string; emptyText?: string }) {
  const value = useFieldValue({ source }) as string | null | undefined;
  const locale = useFormatLocale();
  if (!value && !emptyText) return null;
  return (
    <Typography component="span" variant="body2">
      {value ? formatDate(value, locale) : emptyText}
    </Typography>
  );
}
