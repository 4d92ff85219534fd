// Which reporting period the dashboard opens on: the current open period (as the monthly report
// form chooses it), else the latest one that has begun (a future period has no figures yet), else
// the first of the plan.
import type { DashboardPeriodFragment } from "@kehoach/schema";
import { latestFirst, openPeriodOn } from "../reports/currentPeriod.ts";

export type DashboardPeriod = DashboardPeriodFragment;

/** `today` is a Vietnamese calendar day "YYYY-MM-DD" (see vietnamDate). */
export function currentPeriod(periods: readonly DashboardPeriod[], today: string): DashboardPeriod | null {
  const byLatest = [...periods].sort(latestFirst);
  return openPeriodOn(periods, today) ?? byLatest.find((period) => period.startsOn <= today) ?? byLatest.at(-1) ?? null;
}
