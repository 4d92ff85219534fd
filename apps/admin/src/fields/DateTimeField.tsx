// A moment in the console's language, Vietnam time: 07/01/2026 08:30.
import { formatDateTime } from "@kehoach/domain";
import { Typography } from "@mui/material";
import { type FieldProps, useFieldValue, useTranslate } from "react-admin";
import { useFormatLocale } from "../useFormatLocale.ts";

export function DateTimeField({ source, emptyText }: FieldProps & { source: string }) {
  const value = useFieldValue({ source }) as string | null | undefined;
  const locale = useFormatLocale();
  const translate = useTranslate();
  if (!value)
    return emptyText ? <Typography variant="body2">{translate(emptyText, { _: emptyText })}</Typography> : null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: "nowrap" }}>
      {formatDateTime(value, locale)}
    </Typography>
  );
}
