// Which open period the monthly report form starts on: the open period containing today (in
// Vietnam), else the latest open one; a month is preferred to a quarter or year covering the same day.
import { vietnamDate } from "@kehoach/domain";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";

type Period = Pick<ReportingPeriodRecord, "status" | "startsOn" | "endsOn" | "kind">;

export function currentPeriod<P extends Period>(periods: readonly P[], now: Date = new Date()): P | undefined {
  const today = vietnamDate(now);
  const open = periods.filter((period) => period.status === "OPEN");
  const containing = open.filter((period) => period.startsOn <= today && today <= period.endsOn);
  const byLatestStart = (a: P, b: P) => b.startsOn.localeCompare(a.startsOn) || a.endsOn.localeCompare(b.endsOn);
  return (
    containing.find((period) => period.kind === "MONTH") ??
    [...containing].sort(byLatestStart)[0] ??
    [...open].sort(byLatestStart)[0]
  );
}
