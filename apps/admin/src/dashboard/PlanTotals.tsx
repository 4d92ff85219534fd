// The whole plan at a glance: one card per figure, each number opening the list behind it.
import { Box, Card, CardContent, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";
import { type Bucket, CountLink } from "./CountLink.tsx";
import type { ListResource } from "./listPath.ts";
import type { Overview } from "./loadDashboard.ts";
import { ALERT_COLOR } from "./statuses.ts";

function merged(...buckets: Bucket[]): Bucket {
  return { count: buckets.reduce((sum, b) => sum + b.count, 0), ids: buckets.flatMap((b) => b.ids) };
}

interface TotalCardProps {
  label: string;
  bucket: Bucket;
  resource: ListResource;
  alert?: boolean;
  children?: ReactNode;
}

function TotalCard({ label, bucket, resource, alert = false, children }: TotalCardProps) {
  return (
    <Card>
      <CardContent>
        <Typography variant="body2" color="text.secondary" component="h3">
          {label}
        </Typography>
        <CountLink
          bucket={bucket}
          resource={resource}
          label={label}
          sx={{ typography: "h4", ...(alert && bucket.count > 0 ? { color: ALERT_COLOR } : {}) }}
        />
        {children}
      </CardContent>
    </Card>
  );
}

/** A second figure under a card's main one ("Đã duyệt: 5"). */
function SubCount({ label, bucket, resource }: { label: string; bucket: Bucket; resource: ListResource }) {
  return (
    <Typography variant="body2" color="text.secondary">
      {label}: <CountLink bucket={bucket} resource={resource} label={label} />
    </Typography>
  );
}

export function PlanTotals({ overview }: { overview: Overview }) {
  const translate = useTranslate();
  const { indicators, tasks, reports } = overview;
  const t = (key: string) => translate(`app.dashboard.totals.${key}`);
  return (
    <Box
      component="section"
      aria-label={t("title")}
      data-testid="dashboard-figures"
      sx={{
        display: "grid",
        gap: 2,
        gridTemplateColumns: { xs: "repeat(2, 1fr)", md: "repeat(3, 1fr)", lg: "repeat(6, 1fr)" },
      }}
    >
      <TotalCard label={t("indicators")} bucket={indicators.total} resource="indicators" />
      <TotalCard
        label={t("attention")}
        bucket={merged(indicators.atRisk, indicators.offTrack, indicators.notAchieved)}
        resource="indicators"
        alert
      />
      <TotalCard label={t("tasks")} bucket={tasks.total} resource="tasks" />
      <TotalCard label={t("overdue")} bucket={tasks.overdue} resource="tasks" alert />
      <TotalCard label={t("reports")} bucket={reports.submitted} resource="progressReports">
        <SubCount label={t("expected")} bucket={reports.expected} resource="units" />
        <SubCount label={t("approved")} bucket={reports.approved} resource="progressReports" />
      </TotalCard>
      <TotalCard label={t("missing")} bucket={reports.missing} resource="units" alert />
    </Box>
  );
}
