// Which reporting period is current — one rule, read by the monthly report form, the dashboards
// and the API's leader desk. Days are Vietnamese calendar days "YYYY-MM-DD" (periods.ts vietnamDate).

export interface PeriodOnCalendar {
  status: string;
  kind: string;
  /** "YYYY-MM-DD" */
  startsOn: string;
  /** "YYYY-MM-DD" */
  endsOn: string;
  /** "YYYY-MM-DD" */
  dueOn: string;
}

/** Latest start first; of two starting the same day, the shorter (it ends first). */
export function latestFirst(
  a: Pick<PeriodOnCalendar, "startsOn" | "endsOn">,
  b: Pick<PeriodOnCalendar, "startsOn" | "endsOn">,
): number {
  return b.startsOn.localeCompare(a.startsOn) || a.endsOn.localeCompare(b.endsOn);
}

/**
 * The open period to report in: a month whose figures are cut off and whose report is not yet due
 * (on 16/06 with Decree-09 windows, June's report: figures 15/05–14/06, due 17/06), else the open
 * period containing today, a month preferred to a quarter or year covering the same day, else the
 * latest open one. The monthly report form opens on it.
 */
export function openPeriodOn<P extends PeriodOnCalendar>(periods: readonly P[], today: string): P | undefined {
  const open = periods.filter((period) => period.status === "OPEN");
  const containing = open.filter((period) => period.startsOn <= today && today <= period.endsOn);
  return (
    open.find((period) => period.kind === "MONTH" && period.endsOn < today && today <= period.dueOn) ??
    containing.find((period) => period.kind === "MONTH") ??
    [...containing].sort(latestFirst)[0] ??
    [...open].sort(latestFirst)[0]
  );
}

/**
 * The period an overview opens on: the open period to report in, else the latest one that has begun
 * (a future period has no figures yet), else the first of the plan.
 */
export function currentPeriodOn<P extends PeriodOnCalendar>(periods: readonly P[], today: string): P | undefined {
  const byLatest = [...periods].sort(latestFirst);
  return openPeriodOn(periods, today) ?? byLatest.find((period) => period.startsOn <= today) ?? byLatest.at(-1);
}
