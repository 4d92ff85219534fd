// What happened to a report, oldest first: drafted, submitted (by whom), approved or returned
// (by whom), then the comments of leaders, supervisors and the office.
import { formatDateTime } from "@kehoach/domain";
import { List, ListItem, ListItemText, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import type { ReportRecord } from "../dataProvider/progressReports.ts";
import { useFormatLocale } from "../useFormatLocale.ts";

export function ReportHistory({ report }: { report: ReportRecord }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  // A reviewed report that is not approved was returned (and may have been submitted again since).
  const reviewed = translate(`enums.ReportStatus.${report.status === "APPROVED" ? "APPROVED" : "RETURNED"}`);
  const steps: { key: string; label: string; at: string | null; by?: string }[] = [
    { key: "created", label: translate("app.report.history_created"), at: report.createdAt },
    {
      key: "submitted",
      label: translate("app.report.history_submitted"),
      at: report.submittedAt,
      by: report.submittedBy?.displayName,
    },
    { key: "reviewed", label: reviewed, at: report.reviewedAt, by: report.reviewedBy?.displayName },
  ].sort((a, b) => (a.at ?? "").localeCompare(b.at ?? ""));
  return (
    <List dense disablePadding>
      {steps.map(({ key, label, at, by }) =>
        at ? (
          <ListItem key={key} disableGutters>
            <ListItemText primary={label} secondary={[formatDateTime(at, locale), by].filter(Boolean).join(" · ")} />
          </ListItem>
        ) : null,
      )}
    </List>
  );
}

export function ReportComments({ report }: { report: ReportRecord }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const comments = report.comments ?? [];
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
