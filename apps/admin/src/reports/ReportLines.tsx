// The lines of a report as read-only tables: per task (status, % done, results, difficulties,
// proposals) and per indicator (value to date, year-end estimate in the indicator's unit, note).
import { formatNumber, formatPercent } from "@kehoach/domain";
import type { ReportIndicatorLineFieldsFragment, ReportTaskLineFieldsFragment } from "@kehoach/schema";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { tableSx } from "../layout/tableSx.ts";
import { useFormatLocale } from "../useFormatLocale.ts";

const NONE = "—";
const textSx = { whiteSpace: "pre-line", minWidth: 180 } as const;

export function TaskLinesTable({ lines }: { lines: readonly ReportTaskLineFieldsFragment[] }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  if (lines.length === 0) return <Typography color="text.secondary">{NONE}</Typography>;
  const head = ["status", "percentDone", "results", "difficulties", "proposals"];
  return (
    <TableContainer>
      <Table size="small" sx={tableSx}>
        <TableHead>
          <TableRow>
            <TableCell>{translate("app.report.tasks")}</TableCell>
            {head.map((key) => (
              <TableCell key={key}>{translate(`app.report.line.${key}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line) => (
            <TableRow key={line.id}>
              <TableCell sx={{ minWidth: 220 }}>
                <strong>{line.task.code}</strong> {line.task.title}
              </TableCell>
              <TableCell>{translate(`enums.TaskStatus.${line.status}`)}</TableCell>
              <TableCell align="right">{formatPercent(line.percentDone, locale) || NONE}</TableCell>
              <TableCell sx={textSx}>{line.results || NONE}</TableCell>
              <TableCell sx={textSx}>{line.difficulties || NONE}</TableCell>
              <TableCell sx={textSx}>{line.proposals || NONE}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

export function IndicatorLinesTable({ lines }: { lines: readonly ReportIndicatorLineFieldsFragment[] }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  if (lines.length === 0) return <Typography color="text.secondary">{NONE}</Typography>;
  const withUnit = (value: string | null, unit: string | null | undefined) => {
    const text = formatNumber(value, locale);
    return text ? `${text}${unit ? ` ${unit}` : ""}` : NONE;
  };
  return (
    <TableContainer>
      <Table size="small" sx={tableSx}>
        <TableHead>
          <TableRow>
            <TableCell>{translate("app.report.indicators")}</TableCell>
            <TableCell>{translate("app.report.line.valueToDate")}</TableCell>
            <TableCell>{translate("app.report.line.yearEndEstimate")}</TableCell>
            <TableCell>{translate("app.report.line.note")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line) => {
            const unit = line.indicator.targets.find((target) => target.unit)?.unit;
            return (
              <TableRow key={line.id}>
                <TableCell sx={{ minWidth: 220 }}>
                  <strong>({line.indicator.code})</strong> {line.indicator.name}
                </TableCell>
                <TableCell align="right">{withUnit(line.valueToDate, unit)}</TableCell>
                <TableCell align="right">{withUnit(line.yearEndEstimate, unit)}</TableCell>
                <TableCell sx={textSx}>{line.note || NONE}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
