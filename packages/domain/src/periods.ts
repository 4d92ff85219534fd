// Reporting periods (kỳ báo cáo) of a plan year — the twelve months, four quarters, six months, nine
// months and the year — each with its data window (số liệu từ ngày … đến ngày …), cut-off day (ngày
// chốt số liệu, the window's last day) and due day (hạn gửi báo cáo), and a period's status on a day.
// The window follows a jurisdiction's reporting calendar; the default is Decree 09/2019/NĐ-CP art. 12:
// a month's figures run from the 15th of the previous month to the 14th, a quarter's from the 15th of
// the month before it to the 14th of its last month, and six months, nine months and the year are
// counted from the 15th of December before. Pure: dates are ISO strings "YYYY-MM-DD" so that no time
// zone can shift a day.

export type PeriodKind = "MONTH" | "QUARTER" | "HALF_YEAR" | "NINE_MONTHS" | "YEAR";
export type PeriodStatus = "UPCOMING" | "OPEN" | "CLOSED";

export interface ReportingPeriodSpec<K extends PeriodKind = PeriodKind> {
  kind: K;
  year: number;
  /** Position in the year: month 1–12, quarter 1–4, six months, nine months and year 1. */
  number: number;
  /** Vietnamese label: "Tháng 01/2026", "Quý I/2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026". */
  label: string;
  /** First day of the data window. */
  startsOn: string;
  /** Last day of the data window. */
  endsOn: string;
  /** Day the figures are taken (chốt số liệu): the window's last day. */
  cutoffOn: string;
  /** Last day a unit may submit its report. */
  dueOn: string;
}

/** A jurisdiction's reporting calendar: the office's settings, Decree 09/2019 by default. */
export interface ReportingCalendar {
  /**
   * Day a month's data window starts, in the month before (15: from the 15th of last month to the
   * 14th); 1 means calendar months (from the 1st to the month's last day).
   */
  windowStartDay: number;
  /** Days after the cut-off by which units send their report (3: due on the 17th). */
  dueDaysAfterCutoff: number;
}

export const DECREE_09_CALENDAR: Readonly<ReportingCalendar> = Object.freeze({
  windowStartDay: 15,
  dueDaysAfterCutoff: 3,
});

export const WINDOW_START_DAY_RANGE = { min: 1, max: 28 } as const;
export const DUE_DAYS_AFTER_CUTOFF_RANGE = { min: 0, max: 15 } as const;

/** What is wrong with a reporting calendar: the field and, in Vietnamese, why; null when it is valid. */
export interface ReportingCalendarProblem {
  field: keyof ReportingCalendar;
  message: string;
}

export function reportingCalendarProblem(calendar: ReportingCalendar): ReportingCalendarProblem | null {
  const { windowStartDay, dueDaysAfterCutoff } = calendar;
  const { min, max } = WINDOW_START_DAY_RANGE;
  // 29–31 do not exist in every month, so a window could not start on the same day each month.
  if (!Number.isInteger(windowStartDay) || windowStartDay < min || windowStartDay > max) {
    return {
      field: "windowStartDay",
      message: `Ngày bắt đầu kỳ số liệu phải là số nguyên từ ${min} đến ${max} (1: theo tháng dương lịch; 15: từ ngày 15 tháng trước đến ngày 14), nhận ${windowStartDay}.`,
    };
  }
  const due = DUE_DAYS_AFTER_CUTOFF_RANGE;
  if (!Number.isInteger(dueDaysAfterCutoff) || dueDaysAfterCutoff < due.min || dueDaysAfterCutoff > due.max) {
    return {
      field: "dueDaysAfterCutoff",
      message: `Hạn gửi báo cáo phải là số ngày nguyên từ ${due.min} đến ${due.max} sau ngày chốt số liệu, nhận ${dueDaysAfterCutoff}.`,
    };
  }
  return null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "YYYY-MM-DD" for a calendar day; month 0 is December of the year before. */
export function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** The day `days` after an ISO day. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return isoDate(y, m, d + days);
}

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new RangeError(`Năm không hợp lệ: ${year}`);
}

function checkCalendar(calendar: ReportingCalendar) {
  const problem = reportingCalendarProblem(calendar);
  if (problem) throw new RangeError(problem.message);
}

/** The period whose figures cover months firstMonth..lastMonth of the year, in the calendar's window. */
function span<K extends PeriodKind>(
  kind: K,
  year: number,
  number: number,
  label: string,
  [firstMonth, lastMonth]: readonly [number, number],
  calendar: ReportingCalendar,
): ReportingPeriodSpec<K> {
  const calendarMonths = calendar.windowStartDay === 1;
  const startsOn = calendarMonths
    ? isoDate(year, firstMonth, 1)
    : isoDate(year, firstMonth - 1, calendar.windowStartDay);
  const endsOn = calendarMonths
    ? isoDate(year, lastMonth, daysInMonth(year, lastMonth))
    : isoDate(year, lastMonth, calendar.windowStartDay - 1);
  return {
    kind,
    year,
    number,
    label,
    startsOn,
    endsOn,
    cutoffOn: endsOn,
    dueOn: addDays(endsOn, calendar.dueDaysAfterCutoff),
  };
}

const ROMAN = ["I", "II", "III", "IV"] as const;

/**
 * Every reporting period of a plan year, months first (in order), then the quarters, the first six
 * months, nine months and the year.
 */
export function reportingPeriods(
  year: number,
  calendar: ReportingCalendar = DECREE_09_CALENDAR,
): ReportingPeriodSpec[] {
  checkYear(year);
  checkCalendar(calendar);
  return [
    ...Array.from({ length: 12 }, (_, i) =>
      span("MONTH", year, i + 1, `Tháng ${pad(i + 1)}/${year}`, [i + 1, i + 1], calendar),
    ),
    ...ROMAN.map((r, i) => span("QUARTER", year, i + 1, `Quý ${r}/${year}`, [i * 3 + 1, i * 3 + 3], calendar)),
    span("HALF_YEAR", year, 1, `6 tháng đầu năm ${year}`, [1, 6], calendar),
    span("NINE_MONTHS", year, 1, `9 tháng năm ${year}`, [1, 9], calendar),
    span("YEAR", year, 1, `Năm ${year}`, [1, 12], calendar),
  ];
}

/** The 12 monthly periods of a year ("Tháng 01/2026" …). */
export function monthlyReportingPeriods(
  year: number,
  calendar: ReportingCalendar = DECREE_09_CALENDAR,
): ReportingPeriodSpec<"MONTH">[] {
  return reportingPeriods(year, calendar).filter((p): p is ReportingPeriodSpec<"MONTH"> => p.kind === "MONTH");
}

/** Vietnam's offset from UTC: +07:00 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar day in Vietnam (UTC+7) of an instant, as "YYYY-MM-DD". */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A period's status on a day (a "YYYY-MM-DD" string, or an instant read as a day in Vietnam):
 * UPCOMING before startsOn; OPEN from startsOn through dueOn inclusive (units report during the
 * period and until the due day); CLOSED after dueOn. Closing by hand earlier is the app's business.
 */
export function periodStatusOn(
  period: Pick<ReportingPeriodSpec, "startsOn" | "dueOn">,
  today: string | Date,
): PeriodStatus {
  const day = typeof today === "string" ? today : vietnamDate(today);
  if (!ISO_DAY.test(day)) throw new RangeError(`Ngày không hợp lệ (cần YYYY-MM-DD): ${day}`);
  // ISO dates compare correctly as strings.
  if (day < period.startsOn) return "UPCOMING";
  if (day <= period.dueOn) return "OPEN";
  return "CLOSED";
}

/** A stored period as a change of calendar sees it. */
export interface StoredPeriod {
  id: string;
  kind: PeriodKind;
  year: number;
  number: number;
  startsOn: string;
  /** Still following its days: nobody has opened or closed it by hand. */
  followsSchedule: boolean;
}

/**
 * What a new reporting calendar changes in stored periods, on `today`: a period that follows its days
 * and has not yet begun takes the new window, due day and the status they give; a period that has
 * begun keeps the days its figures were reported on, and one the office opened or closed by hand
 * keeps its days too.
 */
export function redatedPeriods(
  periods: readonly StoredPeriod[],
  calendar: ReportingCalendar,
  today: string,
): { id: string; spec: ReportingPeriodSpec; status: PeriodStatus }[] {
  const specs = new Map<string, ReportingPeriodSpec[]>();
  const specOf = (p: StoredPeriod) => {
    const ofYear = specs.get(String(p.year)) ?? reportingPeriods(p.year, calendar);
    specs.set(String(p.year), ofYear);
    return ofYear.find((s) => s.kind === p.kind && s.number === p.number);
  };
  return periods.flatMap((p) => {
    const spec = p.followsSchedule && p.startsOn > today ? specOf(p) : undefined;
    return spec ? [{ id: p.id, spec, status: periodStatusOn(spec, today) }] : [];
  });
}
