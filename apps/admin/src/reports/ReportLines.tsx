// The lines of a report as read-only tables: per task (status, % done, then results, difficulties and
// proposals together in one column, so that the table fits the review pane) and per indicator (its
// target, value to date — or đạt / chưa đạt, or the number of events — and year-end estimate in the
// target's unit, note, and the cooperating unit whose figures the line uses). On a phone each row
// stacks its cells, each under its column's name, so that the figures are not off to the right.
import { ASSIGNED_SHARE_UNIT, figureInputOf, formatPercent, formatQuantity, targetSpecFromRow } from "@kehoach/domain";
import type { ReportIndicatorLineFieldsFragment, ReportTaskLineFieldsFragment } from "@kehoach/schema";
import { Box, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { EvidenceFiles, ownerId } from "../attachments/EvidenceFiles.tsx";
import { stackedOnPhoneSx, tableSx } from "../layout/tableSx.ts";
import { formatTargets } from "../targets/formatTarget.ts";
import { keepSignWithValue } from "../targets/TargetsField.tsx";
import { useFormatLocale } from "../useFormatLocale.ts";
import { comparisonText } from "./lineFigures.ts";

const NONE = "—";

const TEXT_PARTS = ["results", "difficulties", "proposals"] as const;

/** Results, difficulties and proposals, each under its name; the ones left empty are left out. */
function LineTexts({ line }: { line: ReportTaskLineFieldsFragment }) {
  const translate = useTranslate();
  const parts = TEXT_PARTS.filter((key) => line[key]);
  if (parts.length === 0) return <>{NONE}</>;
  return (
    <>
      {parts.map((key) => (
        <Box key={key} sx={{ "& + &": { mt: 1 } }}>
          <Typography variant="caption" component="div" color="text.secondary">
            {translate(`app.report.line.${key}`)}
          </Typography>
          <Box sx={{ whiteSpace: "pre-line" }}>{line[key]}</Box>
        </Box>
      ))}
    </>
  );
}

export function TaskLinesTable({ lines }: { lines: readonly ReportTaskLineFieldsFragment[] }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  if (lines.length === 0) return <Typography color="text.secondary">{NONE}</Typography>;
  return (
    <TableContainer sx={stackedOnPhoneSx}>
      <Table size="small" sx={tableSx}>
        <TableHead>
          <TableRow>
            <TableCell>{translate("app.report.tasks")}</TableCell>
            <TableCell>{translate("app.report.line.status")}</TableCell>
            <TableCell align="right">{translate("app.report.line.percentDone")}</TableCell>
            <TableCell>{translate("app.report.line.details")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line) => (
            <TableRow key={line.id}>
              <TableCell sx={{ minWidth: 200, width: "35%" }}>
                <strong>{line.task.code}</strong> {line.task.title}
              </TableCell>
              <TableCell data-label={translate("app.report.line.status")}>
                {translate(`enums.TaskStatus.${line.status}`)}
              </TableCell>
              <TableCell align="right" data-label={translate("app.report.line.percentDone")}>
                {formatPercent(line.percentDone, locale) || NONE}
              </TableCell>
              <TableCell sx={{ minWidth: 200 }} data-label={translate("app.report.line.details")}>
                <LineTexts line={line} />
                <EvidenceFiles owner={ownerId("ProgressReportTaskLine", line.id)} />
              </TableCell>
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
  return (
    <TableContainer sx={stackedOnPhoneSx}>
      <Table size="small" sx={tableSx}>
        <TableHead>
          <TableRow>
            <TableCell>{translate("app.report.indicators")}</TableCell>
            <TableCell>{translate("app.report.line.target")}</TableCell>
            <TableCell align="right">{translate("app.report.line.periodValue")}</TableCell>
            <TableCell align="right">{translate("app.report.line.valueToDate")}</TableCell>
            <TableCell align="right">{translate("app.report.line.yearEndEstimate")}</TableCell>
            <TableCell align="right">{translate("app.report.line.samePeriodLastYear")}</TableCell>
            <TableCell>{translate("app.report.line.note")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line) => {
            const { targets } = line.indicator;
            // Figures are in the unit the form asked for: the share of an assigned figure ("95,5% kế
            // hoạch giao", never a bare 95,5), else the unit of the first target that names one.
            const input = figureInputOf(targets.map(targetSpecFromRow));
            const assignedShare = input.unit === ASSIGNED_SHARE_UNIT.vi;
            const unitOf = assignedShare
              ? { unit: ASSIGNED_SHARE_UNIT[locale] }
              : (targets.find((target) => target.unit || target.measure) ?? { unit: null });
            const figure = (value: string | null) => formatQuantity(value, unitOf, locale) || NONE;
            // A yes/no or an event count stands where a number would (figureInput.ts).
            const toDate =
              line.achieved != null
                ? translate(line.achieved ? "app.report.line.achieved_yes" : "app.report.line.achieved_no")
                : line.eventCount != null
                  ? translate("app.report.line.events", { count: line.eventCount })
                  : figure(line.valueToDate);
            const comparison = comparisonText(line, input.unit, locale);
            return (
              <TableRow key={line.id}>
                <TableCell sx={{ minWidth: 200 }}>
                  <strong>({line.indicator.code})</strong> {line.indicator.name}
                </TableCell>
                <TableCell sx={{ minWidth: 150 }} data-label={translate("app.report.line.target")}>
                  {keepSignWithValue(formatTargets(targets, locale)) || NONE}
                </TableCell>
                <TableCell align="right" data-label={translate("app.report.line.periodValue")}>
                  {figure(line.periodValue)}
                </TableCell>
                <TableCell align="right" data-label={translate("app.report.line.valueToDate")}>
                  {toDate}
                </TableCell>
                <TableCell align="right" data-label={translate("app.report.line.yearEndEstimate")}>
                  {figure(line.yearEndEstimate)}
                </TableCell>
                <TableCell align="right" data-label={translate("app.report.line.samePeriodLastYear")}>
                  {figure(line.samePeriodLastYear)}
                  {comparison ? (
                    <Typography variant="caption" component="div" color="text.secondary">
                      {comparison}
                    </Typography>
                  ) : null}
                </TableCell>
                <TableCell
                  sx={{ whiteSpace: "pre-line", minWidth: 120 }}
                  data-label={translate("app.report.line.note")}
                >
                  {line.note || NONE}
                  {line.adoptedFrom ? (
                    <Typography variant="caption" component="div" color="text.secondary">
                      {translate("app.report.contribution.source", { unit: line.adoptedFrom.unit.name })}
                    </Typography>
                  ) : null}
                  <EvidenceFiles owner={ownerId("ProgressReportIndicatorLine", line.id)} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
