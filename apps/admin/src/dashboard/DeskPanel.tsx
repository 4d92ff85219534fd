// "Việc đang chờ tôi": from leaderDesk, the reports the viewer may review and the overdue tasks
// and failing indicators in the viewer's areas.
import { formatDateTime } from "@kehoach/domain";
import { Card, CardContent, List, ListItem, ListItemText, Typography } from "@mui/material";
import { Link, useTranslate } from "react-admin";
import { useFormatLocale } from "../useFormatLocale.ts";
import { type Bucket, CountLink } from "./CountLink.tsx";
import { filteredListPath, type ListResource } from "./listPath.ts";
import type { LeaderDesk } from "./loadDashboard.ts";

function DeskCount({ label, bucket, resource }: { label: string; bucket: Bucket; resource: ListResource }) {
  return (
    <ListItem disableGutters secondaryAction={<CountLink bucket={bucket} resource={resource} label={label} />}>
      <ListItemText primary={label} />
    </ListItem>
  );
}

export function DeskPanel({ desk }: { desk: LeaderDesk }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const t = (key: string) => translate(`app.dashboard.desk.${key}`);
  const { reportsToReview } = desk;
  const waiting =
    reportsToReview.count +
    desk.overdueTasks.count +
    desk.offTrackIndicators.count +
    desk.atRiskIndicators.count +
    desk.notAchievedIndicators.count;
  return (
    <Card component="section" aria-label={t("title")}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {t("title")}
        </Typography>
        {waiting === 0 ? <Typography color="text.secondary">{t("nothing")}</Typography> : null}
        <List dense>
          <DeskCount label={t("reports_to_review")} bucket={reportsToReview} resource="progressReports" />
          {reportsToReview.reports.map((report) => (
            <ListItem key={report.id} sx={{ pl: 2 }}>
              <Link to={filteredListPath("progressReports", [report.id])}>
                {translate("app.dashboard.desk.submitted", {
                  unit: report.unit.name,
                  period: report.period.label,
                  date: report.submittedAt ? formatDateTime(report.submittedAt, locale) : "—",
                })}
              </Link>
            </ListItem>
          ))}
          <DeskCount label={t("overdue_tasks")} bucket={desk.overdueTasks} resource="tasks" />
          <DeskCount label={t("not_achieved")} bucket={desk.notAchievedIndicators} resource="indicators" />
          <DeskCount label={t("off_track")} bucket={desk.offTrackIndicators} resource="indicators" />
          <DeskCount label={t("at_risk")} bucket={desk.atRiskIndicators} resource="indicators" />
        </List>
      </CardContent>
    </Card>
  );
}
