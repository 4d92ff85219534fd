// The dashboard's data and code, started before react-admin has booted when the console opens on
// it (main.tsx): the plan and its periods beside `me`, the rest as soon as `me` says the viewer
// lands on the dashboard. The dashboard takes the prefetched data once.
import { currentViewer } from "../auth/authProvider.ts";
import { landsOnMonthlyReport, permissionsOf } from "../auth/permissions.ts";
import type { GraphqlClient } from "../dataProvider/types.ts";
import { lazyComponent } from "./lazyComponent.ts";
import { type DashboardData, loadDashboardOf, readPlanAndPeriods } from "./loadDashboard.ts";

/** The dashboard page's code, a chunk of its own. */
export const dashboardPage = lazyComponent(() => import("./DashboardPage.tsx"));

/** Older prefetched figures are not shown: the dashboard reads them again. */
const PREFETCH_FRESH_MS = 10_000;

let prefetched: { client: GraphqlClient; data: Promise<DashboardData>; startedAt: number } | null = null;

/**
 * Starts the dashboard's code and data for a signed-in viewer who lands on it. The plan and its
 * periods are read by every role, so they are asked at once, beside `me`: on the monthly report's
 * landing page they are one small request too many.
 */
export function prefetchDashboard(client: GraphqlClient): void {
  const planAndPeriods = readPlanAndPeriods(client);
  planAndPeriods.catch(() => {});
  currentViewer(client).then(
    (viewer) => {
      if (!viewer || landsOnMonthlyReport(permissionsOf(viewer))) return;
      // A failed download is the page's to report, when it is shown.
      dashboardPage.load().catch(() => {});
      const data = planAndPeriods.then((found) => loadDashboardOf(client, found));
      // A failure is shown by the dashboard that takes the data, not reported here.
      data.catch(() => {});
      prefetched = { client, data, startedAt: performance.now() };
    },
    // A failed `me` is react-admin's to report (checkAuth asks again).
    () => {},
  );
}

/** The prefetched data, once: a retry or a later visit reads again. */
export function takePrefetched(client: GraphqlClient): Promise<DashboardData> | null {
  const taken = prefetched;
  prefetched = null;
  return taken?.client === client && performance.now() - taken.startedAt < PREFETCH_FRESH_MS ? taken.data : null;
}
