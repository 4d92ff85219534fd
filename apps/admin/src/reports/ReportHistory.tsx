// What happened to a report, oldest first (the API's ProgressReport.history): drafted, each
// submission, each return with its reason, each resubmission, each approval with the figures it
// wrote, each reopening with its reason and the approved figures it kept — who and when; then the
// comments of leaders, supervisors and the office.
import { formatDateTime, formatNumber, type Locale } from "@kehoach/domain";
import { List, ListItem, ListItemText, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import type { WholeReportRecord } from "../dataProvider/progressReports.ts";
import { useFormatLocale } from "../useFormatLocale.ts";

export function ReportHistory({ report }: { report: WholeReportRecord }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  if (report.history.length === 0) {
    return <Typography color="text.secondary">{translate("app.report.history_empty")}</Typography>;
  }
  return (
    <List dense disablePadding aria-label={translate("app.report.history")}>
      {report.history.map((step) => (
        <ListItem key={`${step.action} ${step.at}`} disableGutters alignItems="flex-start">
          <ListItemText
            primary={translate(`enums.ReportAction.${step.action}`)}
            secondary={
              <>
                {[formatDateTime(step.at, locale), step.actor?.displayName].filter(Boolean).join(" · ")}
                {step.reason ? (
                  <Typography component="span" variant="body2" sx={{ display: "block", whiteSpace: "pre-line" }}>
                    {translate("app.report.history_reason", { reason: step.reason })}
                  </Typography>
                ) : null}
                {step.figures.length > 0 ? (
                  <Typography component="span" variant="body2" sx={{ display: "block" }}>
                    {translate("app.report.history_figures")}{" "}
                    {step.figures
                      .map((figure) =>
                        translate("app.report.history_figure", {
                          code: figure.indicatorCode,
                          kind: translate(`app.report.history_kind.${figure.kind}`),
                          value: figureText(figure, locale, translate),
                        }),
                      )
                      .join("; ")}
                  </Typography>
                ) : null}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}

type HistoryFigure = WholeReportRecord["history"][number]["figures"][number];

/** A figure as approved: the number, "đạt"/"không đạt", or the count of events. */
function figureText(figure: HistoryFigure, locale: Locale, translate: (key: string) => string): string {
  if (figure.value !== null) return formatNumber(figure.value, locale);
  if (figure.achieved !== null) return translate(`app.report.history_achieved.${figure.achieved}`);
  return figure.eventCount === null ? "—" : formatNumber(figure.eventCount, locale);
}

export function ReportComments({ report }: { report: WholeReportRecord }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const comments = report.comments;
  if (comments.length === 0) {
    return <Typography color="text.secondary">{translate("app.report.comment.empty")}</Typography>;
  }
  return (
    <List dense disablePadding>
      {comments.map((comment) => (
        <ListItem key={comment.id} disableGutters alignItems="flex-start">
          <ListItemText
            primary={comment.body}
            slotProps={{ primary: { sx: { whiteSpace: "pre-line" } } }}
            secondary={`${comment.author.displayName} · ${formatDateTime(comment.createdAt, locale)}`}
          />
        </ListItem>
      ))}
    </List>
  );
}
