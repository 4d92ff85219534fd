// An area (lĩnh vực) in the console's language: its Vietnamese name, or its English name.
// `source` is the area object ("area"); "area.name" is accepted too, for sortable columns.
import { Typography } from "@mui/material";
import { type FieldProps, useFieldValue } from "react-admin";
import { useFormatLocale } from "../useFormatLocale.ts";

interface Area {
  name: string;
  nameEn: string;
}

export function AreaField({ source = "area" }: Partial<FieldProps>) {
  const area = useFieldValue({ source: source.replace(/\.name(En)?$/, "") }) as Area | undefined;
  const locale = useFormatLocale();
  if (!area) return null;
  return (
    <Typography component="span" variant="body2">
      {locale === "en" ? area.nameEn : area.name}
    </Typography>
  );
}
