// Which open period is current: the open period containing today (in Vietnam), a month preferred to
// a quarter or year covering the same day, else the latest open one. The monthly report form opens
// on it; the dashboard too, with its own fallbacks when nothing is open.
import { systemClock, vietnamDate } from "@kehoach/domain";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";

type Period = Pick<ReportingPeriodRecord, "status" | "startsOn" | "endsOn" | "kind">;

/** Latest start first; of two starting the same day, the shorter (it ends first). */
export function latestFirst(a: Pick<Period, "startsOn" | "endsOn">, b: Pick<Period, "startsOn" | "endsOn">): number {
  return b.startsOn.localeCompare(a.startsOn) || a.endsOn.localeCompare(b.endsOn);
}

/** `today` is a Vietnamese calendar day "YYYY-MM-DD" (see vietnamDate). */
export function openPeriodOn<P extends Period>(periods: readonly P[], today: string): P | undefined {
  const open = periods.filter((period) => period.status === "OPEN");
  const containing = open.filter((period) => period.startsOn <= today && today <= period.endsOn);
  return (
    containing.find((period) => period.kind === "MONTH") ??
    [...containing].sort(latestFirst)[0] ??
    [...open].sort(latestFirst)[0]
  );
}

export function currentPeriod<P extends Period>(periods: readonly P[], now: Date = systemClock.now()): P | undefined {
  return openPeriodOn(periods, vietnamDate(now));
}
