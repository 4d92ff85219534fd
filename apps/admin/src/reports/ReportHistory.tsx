// What happened to a report, oldest first (the API's ProgressReport.history): drafted, each
// submission, each return with its reason, each resubmission, the approval — who and when; then the
// comments of leaders, supervisors and the office.
import { formatDateTime } from "@kehoach/domain";
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
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
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
