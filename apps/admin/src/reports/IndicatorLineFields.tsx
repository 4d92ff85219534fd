// One indicator line of the monthly report form: the indicator, its target, whether the unit's
// figure is the official one (lead) or a contribution (cooperating), and the inputs its target asks
// for (packages/domain figureInput.ts): a number with its unit (the period's own figure where it
// builds up, the figure to date, the year's estimate and the same period last year, with "so với
// cùng kỳ" worked out as it is typed), yes/no, or a count of events — or only the note. A line the unit leads offers what cooperating units sent (ContributionChoice). The form checks each figure with the same rule as the API, in the user's language.
import {
  ASSIGNED_SHARE_UNIT,
  askedFields,
  type FigureField,
  type FigureInput,
  figureInputOf,
  figureIssueMessage,
  figureIssues,
  type Locale,
  parseVietnameseNumber,
  targetSpecFromRow,
  unitLabel,
} from "@kehoach/domain";
import type { ContributionFieldsFragment } from "@kehoach/schema";
import { Box, Card, CardContent, Chip, InputAdornment, Stack, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { NumberInput, SelectInput, TextInput, useTranslate } from "react-admin";
import { useWatch } from "react-hook-form";
import type { AssignedIndicator } from "../dataProvider/progressReports.ts";
import { formatTargets } from "../targets/formatTarget.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { ContributionChoice } from "./ContributionChoice.tsx";
import { comparisonText, figuresText, type LineFigures } from "./lineFigures.ts";

/** The unit shown beside a figure, in the console's language. */
function unitText(input: FigureInput, locale: Locale): string | null {
  if (!input.unit) return null;
  return input.unit === ASSIGNED_SHARE_UNIT.vi ? ASSIGNED_SHARE_UNIT[locale] : unitLabel(input.unit, locale);
}

/** A figure as typed (Vietnamese or English), as a number; null when empty or not a number. */
function typedFigure(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null;
  return typeof value === "string" ? parseVietnameseNumber(value) : (value as number);
}

/**
 * A validator of one figure: the number as typed, then the target's rule; the period's own figure
 * is checked against the line's figure to date as well.
 */
function figureValidator(input: FigureInput, field: FigureField, locale: Locale, notANumber: string, index: number) {
  return (value: unknown, all?: { indicatorLines?: { valueToDate?: unknown }[] }) => {
    if (value === null || value === undefined || value === "") return undefined;
    const figure = typedFigure(value);
    if (figure === null) return notANumber;
    const toDate = field === "periodValue" ? typedFigure(all?.indicatorLines?.[index]?.valueToDate) : null;
    const [issue] = figureIssues(input, {
      [field]: figure,
      ...(toDate === null ? {} : { valueToDate: toDate }),
    }).filter((i) => i.field === field);
    return issue ? figureIssueMessage(input, issue, locale) : undefined;
  };
}

const NUMBER_FIELDS = ["periodValue", "valueToDate", "yearEndEstimate", "samePeriodLastYear"] as const;

const YES_NO = [
  { id: "yes", name: "app.report.line.achieved_yes" },
  { id: "no", name: "app.report.line.achieved_no" },
];

export function IndicatorLineFields({
  indicator,
  index,
  contributions,
  previous,
  files,
}: {
  indicator: AssignedIndicator;
  index: number;
  /** What cooperating units sent on this indicator (shown to the lead unit only). */
  contributions: readonly ContributionFieldsFragment[];
  /** The unit's line of the month before, and that month's label. */
  previous?: { label: string; line: LineFigures } | null;
  /** The line's evidence files, under its note. */
  files?: ReactNode;
}) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  // A contribution in use keeps its figures as its unit sent them (the API takes them from it).
  const adopted = useWatch({ name: `indicatorLines.${index}.adoptedFromLineId` }) != null;
  const input = figureInputOf(indicator.targets.map(targetSpecFromRow));
  const unit = unitText(input, locale);
  const source = (field: string) => `indicatorLines.${index}.${field}`;
  const notANumber = translate("ra.validation.number");
  const name = indicator.parentName ? `${indicator.parentName} — ${indicator.name}` : indicator.name;
  const target = formatTargets(indicator.targets, locale);
  const adornment = unit
    ? { input: { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } }
    : undefined;
  const typed = useWatch({ name: [source("valueToDate"), source("samePeriodLastYear")] }) as unknown[];
  const comparison = comparisonText(
    { valueToDate: typedFigure(typed[0]), samePeriodLastYear: typedFigure(typed[1]) },
    input.unit,
    locale,
  );
  const asked = askedFields(input);
  const number = (field: (typeof NUMBER_FIELDS)[number]) => (
    <TextInput
      key={field}
      source={source(field)}
      label={`app.report.line.${field}`}
      validate={figureValidator(input, field, locale, notANumber, index)}
      helperText={field === "samePeriodLastYear" ? comparison || "app.report.line.samePeriodLastYear_hint" : undefined}
      slotProps={{ ...adornment, htmlInput: { inputMode: "decimal", readOnly: adopted } }}
    />
  );

  return (
    <Card variant="outlined" component="section" aria-label={`(${indicator.code}) ${name}`}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: "baseline", flexWrap: "wrap", rowGap: 0.5 }}>
          <Typography sx={{ fontWeight: 600 }}>
            ({indicator.code}) {name}
          </Typography>
          <Chip
            size="small"
            variant="outlined"
            color={indicator.role === "LEAD" ? "primary" : "default"}
            label={translate(indicator.role === "LEAD" ? "app.report.line.lead" : "app.report.line.contribution")}
          />
        </Stack>
        {target ? (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate("app.report.line.target_of", { target })}
          </Typography>
        ) : null}
        {indicator.role === "CONTRIBUTION" ? (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate("app.report.line.contribution_hint")}
          </Typography>
        ) : null}
        {previous ? (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate("app.report.line.previous", { period: previous.label })}{" "}
            {figuresText(previous.line, unit, locale, translate) || "—"}
          </Typography>
        ) : null}
        {indicator.role === "LEAD" ? (
          <ContributionChoice index={index} contributions={contributions} unit={unit} />
        ) : null}
        {input.kind === "NUMBER" ? (
          <Box sx={{ display: "grid", gap: 1, gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" } }}>
            {NUMBER_FIELDS.filter((field) => asked.includes(field)).map(number)}
          </Box>
        ) : null}
        {input.kind === "YES_NO" ? (
          <SelectInput
            source={source("achieved")}
            label="app.report.line.achieved"
            choices={YES_NO}
            emptyText="app.report.line.achieved_unknown"
            format={(value: boolean | null | undefined) => (value === true ? "yes" : value === false ? "no" : "")}
            parse={(value: string) => (value === "yes" ? true : value === "no" ? false : null)}
            sx={{ minWidth: 240 }}
            readOnly={adopted}
          />
        ) : null}
        {input.kind === "EVENTS" ? (
          <NumberInput
            source={source("eventCount")}
            label="app.report.line.eventCount"
            helperText="app.report.line.eventCount_hint"
            min={0}
            step={1}
            validate={figureValidator(input, "eventCount", locale, notANumber, index)}
            readOnly={adopted}
          />
        ) : null}
        <TextInput
          source={source("note")}
          label={input.kind === "TEXT" ? "app.report.line.result_text" : "app.report.line.note"}
          multiline
          fullWidth
        />
        {files}
      </CardContent>
    </Card>
  );
}
