// A composite indicator's monthly history: a table of months × parts (its own headline figure when
// it has a target of its own, then each component indicator), each part with the value to date and
// the year-end estimate as reported, in the part's unit, "Đạt"/"Chưa đạt", or a count of events.
// On a phone the table scrolls sideways inside its own box, the month column staying in view.
import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from "@mui/material";
import { Labeled, useRecordContext, useTranslate } from "react-admin";
import type { IndicatorRecord } from "../dataProvider/index.ts";
import { scrollBoxSx } from "../layout/tableSx.ts";
import type { TargetSpec } from "../targets/formatTarget.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { figure } from "./evaluationFigures.ts";
import { indicatorNumber } from "./indicatorNumber.ts";
import { type Measurement, monthlyPartFigures, readFigure } from "./monthlyPartFigures.ts";

interface Part {
  key: string;
  code: string;
  name: string;
  unit: Pick<TargetSpec, "unit" | "measure"> | undefined;
  measurements: readonly Measurement[];
}

const NONE = "—";

/** The month column stays in view while the parts scroll past it. */
const stickySx = { position: "sticky", left: 0, zIndex: 1, bgcolor: "background.paper" } as const;

function partsOf(indicator: IndicatorRecord, headlineName: string): Part[] | null {
  if (!("measurements" in indicator) || indicator.subIndicators.length === 0) return null;
  const subs: Part[] = indicator.subIndicators.map((sub) => ({
    key: sub.id,
    code: indicatorNumber(sub),
    name: sub.name,
    unit: sub.targets[0],
    measurements: sub.measurements,
  }));
  if (indicator.targets.length === 0) return subs;
  const headline = {
    key: indicator.id,
    code: indicatorNumber(indicator),
    name: headlineName,
    unit: indicator.targets[0],
    measurements: indicator.measurements,
  };
  return [headline, ...subs];
}

function Figure({ measurement, part }: { measurement: Measurement | null; part: Part }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const reading = readFigure(measurement);
  let text = NONE;
  if (reading?.kind === "value") text = figure(Number(reading.value), part.unit, locale);
  else if (reading?.kind === "events") text = translate("app.indicator.events", { smart_count: reading.count });
  else if (reading?.kind === "achieved")
    text = translate(`app.indicator.${reading.achieved ? "achieved" : "not_achieved"}`);
  return (
    <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
      {text}
    </TableCell>
  );
}

export function PartFigures(_props: { label?: string }) {
  const indicator = useRecordContext<IndicatorRecord>();
  const translate = useTranslate();
  const parts = indicator ? partsOf(indicator, translate("app.indicator.headline")) : null;
  if (!parts) return null;
  const months = monthlyPartFigures(parts);
  return (
    <Labeled label="app.indicator.part_figures" fullWidth>
      {months.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate("app.indicator.no_measurements")}
        </Typography>
      ) : (
        <TableContainer sx={scrollBoxSx}>
          <Table size="small" aria-label={translate("app.indicator.part_figures")}>
            <TableHead>
              <TableRow>
                <TableCell rowSpan={2} sx={{ ...stickySx, whiteSpace: "nowrap" }}>
                  {translate("app.indicator.month_column")}
                </TableCell>
                {parts.map((part) => (
                  <TableCell
                    key={part.key}
                    colSpan={2}
                    align="center"
                    sx={{ whiteSpace: "normal", minWidth: 160, maxWidth: 240, verticalAlign: "bottom" }}
                  >
                    <strong>{part.code}</strong> {part.name}
                  </TableCell>
                ))}
              </TableRow>
              <TableRow>
                {parts.flatMap((part) => [
                  <TableCell key={`${part.key}-actual`} align="right" sx={{ whiteSpace: "nowrap" }}>
                    {translate("app.indicator.actual_short")}
                  </TableCell>,
                  <TableCell key={`${part.key}-estimate`} align="right" sx={{ whiteSpace: "nowrap" }}>
                    {translate("app.indicator.estimate_short")}
                  </TableCell>,
                ])}
              </TableRow>
            </TableHead>
            <TableBody>
              {months.map((row) => (
                <TableRow key={row.month}>
                  <TableCell component="th" scope="row" sx={{ ...stickySx, whiteSpace: "nowrap" }}>
                    {translate("app.indicator.month", { month: row.month })}
                  </TableCell>
                  {row.cells.flatMap((cell, index) => {
                    const part = parts[index] as Part;
                    return [
                      <Figure key={`${part.key}-actual`} measurement={cell.actual} part={part} />,
                      <Figure key={`${part.key}-estimate`} measurement={cell.estimate} part={part} />,
                    ];
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Labeled>
  );
}
