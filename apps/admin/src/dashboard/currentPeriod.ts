// Which reporting period the dashboard opens on: the open period that contains today (the
// shortest, a month before its quarter), else the latest open one, else the latest one that has
// begun (a future period has no figures yet), else the first of the plan.
import type { DashboardPeriodsQuery } from "@kehoach/schema";

export type DashboardPeriod = DashboardPeriodsQuery["reportingPeriods"]["edges"][number]["node"];

/** Latest start first; of two starting the same day, the shorter (it ends first). */
function latestFirst(a: DashboardPeriod, b: DashboardPeriod): number {
  if (a.startsOn !== b.startsOn) return a.startsOn < b.startsOn ? 1 : -1;
  return a.endsOn < b.endsOn ? -1 : a.endsOn > b.endsOn ? 1 : 0;
}

const latest = (periods: readonly DashboardPeriod[]) => [...periods].sort(latestFirst)[0];

/** `today` is a Vietnamese calendar day "YYYY-MM-DD" (see vietnamDate). */
export function currentPeriod(periods: readonly DashboardPeriod[], today: string): DashboardPeriod | null {
  const open = periods.filter((period) => period.status === "OPEN");
  const begun = periods.filter((period) => period.startsOn <= today);
  return (
    latest(open.filter((period) => today <= period.endsOn && period.startsOn <= today)) ??
    latest(open) ??
    latest(begun) ??
    [...periods].sort(latestFirst).at(-1) ??
    null
  );
}
