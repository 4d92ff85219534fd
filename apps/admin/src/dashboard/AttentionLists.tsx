// What needs attention in the chosen period, by name: overdue tasks, indicators at risk, off track
// or not achieved (with their lead unit), and the units that have not sent their report.
import { formatDate } from "@kehoach/domain";
import { Card, CardContent, Chip, List, ListItem, ListItemText, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { Link, useTranslate } from "react-admin";
import { useFormatLocale } from "../useFormatLocale.ts";
import { type Bucket, CountLink } from "./CountLink.tsx";
import { filteredListPath, type ListResource } from "./listPath.ts";
import type { Overview } from "./loadDashboard.ts";
import { INDICATOR_STATUSES, type IndicatorStatusKey } from "./statuses.ts";

interface AttentionCardProps {
  title: string;
  bucket: Bucket;
  resource: ListResource;
  children: ReactNode;
}

function AttentionCard({ title, bucket, resource, children }: AttentionCardProps) {
  const translate = useTranslate();
  return (
    <Card component="section" aria-label={title}>
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ display: "flex", gap: 1, alignItems: "baseline" }}>
          {title}
          <CountLink bucket={bucket} resource={resource} label={title} />
        </Typography>
        {bucket.count === 0 ? (
          <Typography color="text.secondary">{translate("app.dashboard.none")}</Typography>
        ) : (
          <List dense sx={{ maxHeight: 320, overflowY: "auto" }}>
            {children}
          </List>
        )}
      </CardContent>
    </Card>
  );
}

function ItemLink({ resource, id, children }: { resource: ListResource; id: string; children: ReactNode }) {
  return <Link to={filteredListPath(resource, [id])}>{children}</Link>;
}

/** The statuses listed by name, worst first (the overview sends their indicators). */
const ATTENTION_STATUSES = ["notAchieved", "offTrack", "atRisk"] as const satisfies readonly IndicatorStatusKey[];

export function AttentionLists({ overview }: { overview: Overview }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const { indicators, tasks, reports, period } = overview;
  const leadOf = (item: { assignment: { leadUnit: { name: string } } | null }) =>
    item.assignment ? translate("app.dashboard.lead_unit", { unit: item.assignment.leadUnit.name }) : null;

  const attention = ATTENTION_STATUSES.flatMap((key) =>
    indicators[key].indicators.map((indicator) => ({ indicator, key })),
  );
  const attentionBucket = {
    count: attention.length,
    ids: attention.map(({ indicator }) => indicator.id),
  };

  return (
    <>
      <AttentionCard title={translate("app.dashboard.lists.overdue_tasks")} bucket={tasks.overdue} resource="tasks">
        {tasks.overdue.tasks.map((task) => (
          <ListItem key={task.id} disableGutters>
            <ListItemText
              primary={
                <ItemLink resource="tasks" id={task.id}>
                  {task.code} {task.title}
                </ItemLink>
              }
              secondary={[
                leadOf(task),
                task.deadline ? translate("app.dashboard.deadline", { date: formatDate(task.deadline, locale) }) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            />
          </ListItem>
        ))}
      </AttentionCard>
      <AttentionCard
        title={translate("app.dashboard.lists.attention_indicators")}
        bucket={attentionBucket}
        resource="indicators"
      >
        {attention.map(({ indicator, key }) => {
          const color = INDICATOR_STATUSES.find((s) => s.key === key)?.color ?? "#9e9e9e";
          return (
            <ListItem key={indicator.id} disableGutters>
              <ListItemText
                primary={
                  <ItemLink resource="indicators" id={indicator.id}>
                    ({indicator.code}) {indicator.name}
                  </ItemLink>
                }
                secondary={leadOf(indicator)}
              />
              <Chip
                size="small"
                label={translate(`app.dashboard.indicator_status.${key}`)}
                sx={{ bgcolor: color, color: (theme) => theme.palette.getContrastText(color), ml: 1 }}
              />
            </ListItem>
          );
        })}
      </AttentionCard>
      <AttentionCard
        title={translate("app.dashboard.lists.missing_reports", { period: period.label })}
        bucket={reports.missing}
        resource="units"
      >
        {reports.missing.units.map((unit) => (
          <ListItem key={unit.id} disableGutters>
            <ListItemText
              primary={
                <ItemLink resource="units" id={unit.id}>
                  {unit.name}
                </ItemLink>
              }
            />
          </ListItem>
        ))}
      </AttentionCard>
    </>
  );
}
