// The reporting periods a plan gets when it is created — by the seed, by createPlan or by confirming an
// imported plan document: the months, quarters, six months, nine months and year of its year in its
// jurisdiction's reporting calendar, each open from its window's first day to its due day (packages/domain
// periods.ts), their status as of `today`; and which periods keep following their days afterwards (the
// seed at each start, the running server's schedule, a change of the calendar).
import { periodStatusOn, type ReportingCalendar, type ReportingPeriodSpec, reportingPeriods } from "@kehoach/domain";
import type { Prisma } from "./generated/prisma/client.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** The ISO day ("2026-06-14") a date column holds (stored at midnight UTC): periodDays read back. */
export const isoDayOf = (date: Date): string => date.toISOString().slice(0, 10);

/** A period's days as its row stores them (dates at midnight UTC). */
export function periodDays(spec: Pick<ReportingPeriodSpec, "startsOn" | "endsOn" | "cutoffOn" | "dueOn">) {
  return {
    startsOn: day(spec.startsOn),
    endsOn: day(spec.endsOn),
    cutoffOn: day(spec.cutoffOn),
    dueOn: day(spec.dueOn),
  };
}

export function reportingPeriodRows(plan: {
  id: string;
  jurisdictionId: string;
  year: number;
  today: string | Date;
  calendar: ReportingCalendar;
}): Prisma.ReportingPeriodCreateManyInput[] {
  return reportingPeriods(plan.year, plan.calendar).map((m) => ({
    jurisdictionId: plan.jurisdictionId,
    planId: plan.id,
    kind: m.kind,
    year: m.year,
    number: m.number,
    label: m.label,
    ...periodDays(m),
    status: periodStatusOn(m, plan.today),
  }));
}

/** Periods that follow their days: nobody has opened or closed them by hand (still at version 1). */
export const scheduledPeriodWhere = { version: 1, closedAt: null } as const satisfies Prisma.ReportingPeriodWhereInput;

/** Does this period still follow its days (`scheduledPeriodWhere`, for a row already read)? */
export function followsSchedule(period: { version: number; closedAt: Date | null }): boolean {
  return period.version === scheduledPeriodWhere.version && period.closedAt === scheduledPeriodWhere.closedAt;
}

/** A jurisdiction's reporting calendar, as its row stores it. */
export function calendarOf(jurisdiction: {
  reportWindowStartDay: number;
  reportDueDaysAfterCutoff: number;
}): ReportingCalendar {
  return {
    windowStartDay: jurisdiction.reportWindowStartDay,
    dueDaysAfterCutoff: jurisdiction.reportDueDaysAfterCutoff,
  };
}

/** The columns `calendarOf` reads. */
export const calendarSelect = { reportWindowStartDay: true, reportDueDaysAfterCutoff: true } as const;
