// Per area: indicators by evaluation and tasks by status, each as a table of counts beside a
// stacked bar chart.
import { Box, Card, CardContent, Skeleton, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";
import { useFormatLocale } from "../useFormatLocale.ts";
import { AreaStatusTable, type StatusColumn, type StatusRow } from "./AreaStatusTable.tsx";
import { areaName } from "./areaName.ts";
import { chartHeight } from "./chartHeight.ts";
import { lazyComponent, useLazyComponent } from "./lazyComponent.ts";
import type { ListResource } from "./listPath.ts";
import type { Overview } from "./loadDashboard.ts";
import {
  ALERT_COLOR,
  INDICATOR_STATUSES,
  type IndicatorStatusKey,
  TASK_STATUSES,
  type TaskStatusKey,
} from "./statuses.ts";

// recharts is the larger part of the dashboard's code: the charts arrive after the figures, each in
// a placeholder of its own height.
const areaStatusChart = lazyComponent(() => import("./AreaStatusChart.tsx"));

interface ChartProps<Key extends string> {
  label: string;
  resource: ListResource;
  columns: readonly StatusColumn<Key>[];
  rows: readonly StatusRow<Key>[];
}

function Chart<Key extends string>(props: ChartProps<Key>) {
  const AreaStatusChart = useLazyComponent(areaStatusChart);
  return AreaStatusChart ? (
    <AreaStatusChart {...props} />
  ) : (
    <Skeleton variant="rounded" height={chartHeight(props.rows.length)} />
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card component="section" aria-label={title}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {title}
        </Typography>
        <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", xl: "3fr 2fr" }, alignItems: "start" }}>
          {children}
        </Box>
      </CardContent>
    </Card>
  );
}

export function AreaBreakdowns({ overview }: { overview: Overview }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const planName = translate("app.dashboard.totals.title");

  const indicatorColumns: StatusColumn<IndicatorStatusKey>[] = INDICATOR_STATUSES.map((status) => ({
    ...status,
    label: translate(`app.dashboard.indicator_status.${status.key}`),
  }));
  const indicatorRows: StatusRow<IndicatorStatusKey>[] = overview.areas.map((row) => ({
    id: row.area.id,
    name: areaName(row.area, locale),
    counts: row.indicators,
  }));

  const taskColumns: StatusColumn<TaskStatusKey>[] = TASK_STATUSES.map((status) => ({
    ...status,
    label: translate(`app.dashboard.task_status.${status.key}`),
  }));
  // Overdue overlaps the statuses (an overdue task is also not started or in progress): a column
  // of the table, not a segment of the chart.
  const taskTableColumns: StatusColumn<TaskStatusKey | "overdue">[] = [
    ...taskColumns,
    { key: "overdue", label: translate("app.dashboard.task_status.overdue"), color: ALERT_COLOR },
  ];
  const taskRows: StatusRow<TaskStatusKey | "overdue">[] = overview.areas.map((row) => ({
    id: row.area.id,
    name: areaName(row.area, locale),
    counts: row.tasks,
  }));

  const indicatorsTitle = translate("app.dashboard.indicators_by_area");
  const tasksTitle = translate("app.dashboard.tasks_by_area");
  return (
    <>
      <Section title={indicatorsTitle}>
        <AreaStatusTable
          caption={indicatorsTitle}
          resource="indicators"
          columns={indicatorColumns}
          rows={indicatorRows}
          planRow={{ id: "plan", name: planName, counts: overview.indicators }}
        />
        <Chart
          label={translate("app.dashboard.indicators_chart")}
          resource="indicators"
          columns={indicatorColumns}
          rows={indicatorRows}
        />
      </Section>
      <Section title={tasksTitle}>
        <AreaStatusTable
          caption={tasksTitle}
          resource="tasks"
          columns={taskTableColumns}
          rows={taskRows}
          planRow={{ id: "plan", name: planName, counts: overview.tasks }}
        />
        <Chart label={translate("app.dashboard.tasks_chart")} resource="tasks" columns={taskColumns} rows={taskRows} />
      </Section>
    </>
  );
}
