// Under a line the unit leads: what cooperating units sent on the indicator this period, each with
// a button that uses its figures for the line (the API records the source: adoptedFromLineId). While
// a contribution is used its figures stay as sent; "Không dùng nữa" gives the line back to the unit.
import type { ContributionFieldsFragment } from "@kehoach/schema";
import { Alert, Box, Button, Stack, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { useFormContext, useWatch } from "react-hook-form";
import { useFormatLocale } from "../useFormatLocale.ts";
import { figuresText } from "./lineFigures.ts";
import { decimalText } from "./reportFormValues.ts";

export function ContributionChoice({
  index,
  contributions,
  unit,
}: {
  index: number;
  contributions: readonly ContributionFieldsFragment[];
  unit: string | null;
}) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const { setValue } = useFormContext();
  const source = (field: string) => `indicatorLines.${index}.${field}`;
  const adoptedId: string | null = useWatch({ name: source("adoptedFromLineId") }) ?? null;
  if (contributions.length === 0) return null;
  const adopted = contributions.find((c) => c.id === adoptedId);
  const set = (field: string, value: unknown) => setValue(source(field), value, { shouldDirty: true });
  const use = (c: ContributionFieldsFragment) => {
    set("periodValue", decimalText(c.periodValue, locale));
    set("valueToDate", decimalText(c.valueToDate, locale));
    set("yearEndEstimate", decimalText(c.yearEndEstimate, locale));
    set("samePeriodLastYear", decimalText(c.samePeriodLastYear, locale));
    set("achieved", c.achieved ?? null);
    set("eventCount", c.eventCount ?? null);
    set("adoptedFromLineId", c.id);
  };

  return (
    <Box sx={{ mb: 1 }}>
      {adopted ? (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={() => set("adoptedFromLineId", null)}>
              {translate("app.report.contribution.stop")}
            </Button>
          }
        >
          {translate("app.report.contribution.using", { unit: adopted.unit.name })}
        </Alert>
      ) : (
        <>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {translate("app.report.contribution.title")}
          </Typography>
          <Stack spacing={0.5}>
            {contributions.map((c) => (
              <Stack
                key={c.id}
                direction="row"
                spacing={1}
                sx={{ alignItems: "center", flexWrap: "wrap", rowGap: 0.5 }}
              >
                <Typography variant="body2">
                  {c.unit.name}: {figuresText(c, unit, locale, translate)}
                </Typography>
                <Button size="small" variant="outlined" onClick={() => use(c)}>
                  {translate("app.report.contribution.use")}
                </Button>
              </Stack>
            ))}
          </Stack>
        </>
      )}
    </Box>
  );
}
