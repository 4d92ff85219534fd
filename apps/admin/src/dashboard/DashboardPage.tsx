// The leader dashboard's page: the plan at a glance for the chosen reporting period — whole-plan
// totals, per-area tables and charts, what needs attention, what waits for the viewer and the voters'
// recommendations not yet resolved. Its data
// comes from useOverview, which Dashboard starts while this page's code downloads.
import { Box, LinearProgress, Skeleton, Typography } from "@mui/material";
import { useDeferredValue } from "react";
import { Title, useTranslate } from "react-admin";
import { AreaBreakdowns } from "./AreaBreakdowns.tsx";
import { AttentionLists } from "./AttentionLists.tsx";
import { DashboardEmpty, DashboardError, DashboardSkeleton } from "./DashboardStates.tsx";
import { DeskPanel } from "./DeskPanel.tsx";
import type { DashboardData } from "./loadDashboard.ts";
import { PeriodSelect } from "./PeriodSelect.tsx";
import { PlanTotals } from "./PlanTotals.tsx";
import { RecommendationsCard } from "./RecommendationsCard.tsx";
import type { UseOverview } from "./useOverview.ts";

interface OverviewProps {
  data: Extract<DashboardData, { kind: "overview" }>;
  reloading: boolean;
  onPeriod(periodId: string): void;
}

/** What lies below the figures, rendered in the frames after them (the larger part of the page). */
function Details({ data }: { data: OverviewProps["data"] }) {
  const { overview, desk } = data;
  return (
    <>
      <Box
        sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", md: "repeat(2, 1fr)", lg: "repeat(4, 1fr)" } }}
      >
        {desk ? (
          <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
            <DeskPanel desk={desk} />
            <RecommendationsCard open={desk.openRecommendations} />
          </Box>
        ) : null}
        <AttentionLists overview={overview} />
      </Box>
      <AreaBreakdowns overview={overview} />
    </>
  );
}

function Overview({ data, reloading, onPeriod }: OverviewProps) {
  const translate = useTranslate();
  const { overview } = data;
  // The figures first; the rest follows in the next frames (for another period, the rest catches up).
  const details = useDeferredValue(data, null);
  return (
    <>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 2, alignItems: "center", justifyContent: "space-between" }}>
        <Box>
          <Typography variant="h5" component="h1">
            {overview.plan.title}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate("app.dashboard.as_of", { month: overview.asOfMonth })}
          </Typography>
        </Box>
        <PeriodSelect periods={data.periods} value={data.period.id} onChange={onPeriod} disabled={reloading} />
      </Box>
      {reloading ? <LinearProgress aria-label={translate("app.dashboard.loading")} /> : null}
      <PlanTotals overview={overview} />
      {details ? <Details data={details} /> : <Skeleton variant="rounded" height={260} />}
    </>
  );
}

export default function DashboardPage({ state, choosePeriod, retry }: UseOverview) {
  const data = state.status === "ready" ? state.data : state.status === "loading" ? state.previous : null;
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2, py: 2 }}>
      <Title title="app.dashboard.title" />
      {state.status === "error" ? <DashboardError error={state.error} onRetry={retry} /> : null}
      {state.status === "loading" && !data ? <DashboardSkeleton /> : null}
      {data?.kind === "noPlan" ? (
        <DashboardEmpty title="app.dashboard.no_plan" hint="app.dashboard.no_plan_hint" />
      ) : null}
      {data?.kind === "noPeriod" ? (
        <DashboardEmpty title="app.dashboard.no_period" hint="app.dashboard.no_period_hint" />
      ) : null}
      {data?.kind === "overview" ? (
        <Overview data={data} reloading={state.status === "loading"} onPeriod={choosePeriod} />
      ) : null}
    </Box>
  );
}
