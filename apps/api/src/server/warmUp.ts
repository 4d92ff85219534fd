// The first answers after a start are slow: Prisma compiles each query's plan on first use and the
// code is not yet optimised, so the first leader to open the dashboard after a restart waited about
// 0.7 s longer than the next one. Once the server listens, it therefore asks the dashboard's
// questions once itself, as a leader of the current plan's ward would, and drops the answers.
import type { ApolloServer } from "@apollo/server";
import type { Database } from "@kehoach/db";
import type { Clock } from "@kehoach/domain";
import {
  DashboardLeaderDeskDocument,
  DashboardOverviewDocument,
  DashboardPlansAndPeriodsDocument,
} from "@kehoach/schema";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Logger } from "pino";
import type { LoginLimiter } from "../auth/rateLimit.ts";
import { noSessionCookie } from "../auth/sessionCookie.ts";
import { anonymousViewer, type Viewer } from "../auth/viewer.ts";
import type { Context } from "../context.ts";

/** The console's own landing-page operations, so that the very query shapes it sends are compiled. */
const DASHBOARD_QUESTIONS = [DashboardPlansAndPeriodsDocument, DashboardOverviewDocument, DashboardLeaderDeskDocument];

export async function warmUp(
  apollo: ApolloServer<Context>,
  db: Database,
  loginLimiter: LoginLimiter,
  logger: Logger,
  clock: Clock,
): Promise<void> {
  const started = performance.now();
  // A ward's plan, which has reporting periods: a city's own plan has none (its wards report), and
  // the dashboard's questions need a period.
  const withPeriods = { reportingPeriods: { some: {} } };
  const plan =
    (await db.prisma.plan.findFirst({ where: { status: "ACTIVE", ...withPeriods }, orderBy: { year: "desc" } })) ??
    (await db.prisma.plan.findFirst({ where: withPeriods, orderBy: { year: "desc" } }));
  if (!plan) return;
  const period = await db.prisma.reportingPeriod.findFirst({ where: { planId: plan.id }, orderBy: { number: "asc" } });
  // Never a request's viewer: no session, so nothing it reads is kept for anyone.
  const viewer: Viewer = {
    ...anonymousViewer,
    kind: "user",
    roles: ["LEADER"],
    allAreas: true,
    jurisdictionId: plan.jurisdictionId,
  };
  const contextValue: Context = {
    prisma: db.prisma,
    viewer,
    requestId: "warm-up",
    ip: "warm-up",
    userAgent: null,
    loginLimiter,
    sessionCookie: noSessionCookie,
    clock,
  };
  const variables = {
    plansFirst: 20,
    periodsFirst: 100,
    planId: encodeGlobalID("Plan", plan.id),
    periodId: period ? encodeGlobalID("ReportingPeriod", period.id) : null,
  };
  for (const query of DASHBOARD_QUESTIONS) {
    const response = await apollo.executeOperation({ query, variables }, { contextValue });
    const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
    if (errors?.length) logger.warn({ errors }, "Câu hỏi khởi động bị lỗi");
  }
  logger.info({ ms: Math.round(performance.now() - started) }, "Đã chạy thử các câu hỏi của trang tổng quan");
}
