// What the dashboard shows, read from the API in one go: the plan (the first active one, else the
// newest), its reporting periods, the chosen period's overview and what waits for the viewer.
import { vietnamDate } from "@kehoach/domain";
import {
  DashboardLeaderDeskDocument,
  type DashboardLeaderDeskQuery,
  DashboardOverviewDocument,
  type DashboardOverviewQuery,
  DashboardPeriodsDocument,
  DashboardPlansDocument,
  type DashboardPlansQuery,
} from "@kehoach/schema";
import { HttpError } from "react-admin";
import { fetchAllNodes, PAGE_SIZE } from "../dataProvider/connection.ts";
import { runQuery } from "../dataProvider/query.ts";
import type { GraphqlClient } from "../dataProvider/types.ts";
import { currentPeriod, type DashboardPeriod } from "./currentPeriod.ts";

export type DashboardPlan = DashboardPlansQuery["plans"]["edges"][number]["node"];
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

async function findPlan(client: GraphqlClient): Promise<DashboardPlan | null> {
  const data = await runQuery(client, DashboardPlansDocument, { first: PLANS_LOOKED_AT });
  const plans = data.plans.edges.map((edge) => edge.node);
  return plans.find((plan) => plan.status === "ACTIVE") ?? plans[0] ?? null;
}

async function findPeriods(client: GraphqlClient, planId: string): Promise<DashboardPeriod[]> {
  const all = await fetchAllNodes(async (after) => {
    const data = await runQuery(client, DashboardPeriodsDocument, { planId, first: PAGE_SIZE, after });
    return data.reportingPeriods;
  });
  return all?.nodes ?? [];
}

/**
 * Loads the dashboard for `periodId`, or for the current period (see currentPeriod) when it is not
 * given or not one of the plan's. Refusals and failures reject with react-admin's HttpError.
 */
export async function loadDashboard(
  client: GraphqlClient,
  periodId?: string,
  today: string = vietnamDate(new Date()),
): Promise<DashboardData> {
  const plan = await findPlan(client);
  if (!plan) return { kind: "noPlan" };
  const periods = await findPeriods(client, plan.id);
  const period = periods.find((p) => p.id === periodId) ?? currentPeriod(periods, today);
  if (!period) return { kind: "noPeriod", plan };
  const variables = { planId: plan.id, periodId: period.id };
  const [overview, desk] = await Promise.all([
    runQuery(client, DashboardOverviewDocument, variables),
    runQuery(client, DashboardLeaderDeskDocument, variables),
  ]);
  if (!overview.planOverview) throw new HttpError("app.dashboard.error.not_found", 404);
  return { kind: "overview", plan, periods, period, overview: overview.planOverview, desk: desk.leaderDesk };
}
