// What the dashboard shows, read from the API in one go: the plan (the first active one, else the
// newest), its reporting periods, the chosen period's overview and what waits for the viewer.
import { currentPeriodOn, systemClock, vietnamDate } from "@kehoach/domain";
import {
  DashboardLeaderDeskDocument,
  type DashboardLeaderDeskQuery,
  DashboardOverviewDocument,
  type DashboardOverviewQuery,
  DashboardPeriodsDocument,
  DashboardPlansAndPeriodsDocument,
  type DashboardPlansAndPeriodsQuery,
} from "@kehoach/schema";
import { HttpError } from "react-admin";
import { fetchAllNodes, PAGE_SIZE } from "../dataProvider/connection.ts";
import { runQuery } from "../dataProvider/query.ts";
import type { GraphqlClient } from "../dataProvider/types.ts";
import type { DashboardPeriod } from "./currentPeriod.ts";

export type DashboardPlan = DashboardPlansAndPeriodsQuery["plans"]["edges"][number]["node"];
export type Overview = NonNullable<DashboardOverviewQuery["planOverview"]>;
export type LeaderDesk = NonNullable<DashboardLeaderDeskQuery["leaderDesk"]>;

export type DashboardData =
  | { kind: "noPlan" }
  | { kind: "noPeriod"; plan: DashboardPlan }
  | {
      kind: "overview";
      plan: DashboardPlan;
      periods: DashboardPeriod[];
      period: DashboardPeriod;
      overview: Overview;
      /** Null when the API has nothing waiting for this viewer (e.g. an API token). */
      desk: LeaderDesk | null;
    };

/** The plans a ward has are few; the first page holds them all. */
const PLANS_LOOKED_AT = 20;

export interface PlanAndPeriods {
  plan: DashboardPlan;
  periods: DashboardPeriod[];
}

/**
 * The plan (the first active one, else the newest) and all its periods, in one request with the
 * periods of all plans; only when those fill more than a page are the plan's own read page by page.
 * Null when there is no plan.
 */
export async function readPlanAndPeriods(client: GraphqlClient): Promise<PlanAndPeriods | null> {
  const data = await runQuery(client, DashboardPlansAndPeriodsDocument, {
    plansFirst: PLANS_LOOKED_AT,
    periodsFirst: PAGE_SIZE,
  });
  const plans = data.plans.edges.map((edge) => edge.node);
  const plan = plans.find((p) => p.status === "ACTIVE") ?? plans[0];
  if (!plan) return null;
  if (data.reportingPeriods.pageInfo.hasNextPage) return { plan, periods: await findPeriods(client, plan.id) };
  const periods = data.reportingPeriods.edges.map((edge) => edge.node).filter((period) => period.plan.id === plan.id);
  return { plan, periods };
}

async function findPeriods(client: GraphqlClient, planId: string): Promise<DashboardPeriod[]> {
  const all = await fetchAllNodes(async (after) => {
    const data = await runQuery(client, DashboardPeriodsDocument, { planId, first: PAGE_SIZE, after });
    return data.reportingPeriods;
  });
  return all?.nodes ?? [];
}

/**
 * Loads the dashboard for `periodId`, or for the current period (packages/domain currentPeriodOn) when it is not
 * given or not one of the plan's. Refusals and failures reject with react-admin's HttpError.
 */
export async function loadDashboard(client: GraphqlClient, periodId?: string, today?: string): Promise<DashboardData> {
  return loadDashboardOf(client, await readPlanAndPeriods(client), periodId, today);
}

/** The rest of loadDashboard, once the plan and its periods are known. */
export async function loadDashboardOf(
  client: GraphqlClient,
  planAndPeriods: PlanAndPeriods | null,
  periodId?: string,
  today: string = vietnamDate(systemClock.now()),
): Promise<DashboardData> {
  if (!planAndPeriods) return { kind: "noPlan" };
  const { plan, periods } = planAndPeriods;
  const period = periods.find((p) => p.id === periodId) ?? currentPeriodOn(periods, today);
  if (!period) return { kind: "noPeriod", plan };
  const variables = { planId: plan.id, periodId: period.id };
  const [overview, desk] = await Promise.all([
    runQuery(client, DashboardOverviewDocument, variables),
    runQuery(client, DashboardLeaderDeskDocument, variables),
  ]);
  if (!overview.planOverview) throw new HttpError("app.dashboard.error.not_found", 404);
  return { kind: "overview", plan, periods, period, overview: overview.planOverview, desk: desk.leaderDesk };
}
