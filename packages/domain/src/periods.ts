// Reporting periods (kỳ báo cáo): the months, quarters, half-years and year of a plan year, with
// their cut-off day (ngày chốt số liệu) and due day (hạn gửi báo cáo), and a period's status on a day.
// Pure: dates are ISO strings "YYYY-MM-DD" so that no time zone can shift a day.

export type PeriodKind = "MONTH" | "QUARTER" | "HALF_YEAR" | "YEAR";
export type PeriodStatus = "UPCOMING" | "OPEN" | "CLOSED";

export interface ReportingPeriodSpec<K extends PeriodKind = PeriodKind> {
  kind: K;
  year: number;
  /** Position in the year: month 1–12, quarter 1–4, half 1–2, year 1. */
  number: number;
  /** Vietnamese label: "Tháng 01/2026", "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026". */
  label: string;
  startsOn: string;
  endsOn: string;
  /** Day the figures are taken (chốt số liệu). */
  cutoffOn: string;
  /** Last day a unit may submit its report. */
  dueOn: string;
}

export interface PeriodDayOptions {
  /** Day of the period's last month on which figures are cut off; default 20. */
  cutoffDay?: number;
  /** Day of the period's last month by which reports are due; default 25. */
  dueDay?: number;
}

export const DEFAULT_CUTOFF_DAY = 20;
export const DEFAULT_DUE_DAY = 25;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "YYYY-MM-DD" for a calendar day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new RangeError(`Năm không hợp lệ: ${year}`);
}

function checkDays(opts: PeriodDayOptions): { cutoffDay: number; dueDay: number } {
  const cutoffDay = opts.cutoffDay ?? DEFAULT_CUTOFF_DAY;
  const dueDay = opts.dueDay ?? DEFAULT_DUE_DAY;
  for (const [name, v] of [
    ["cutoffDay", cutoffDay],
    ["dueDay", dueDay],
  ] as const) {
    if (!Number.isInteger(v) || v < 1 || v > 31) throw new RangeError(`${name} phải là số nguyên 1–31, nhận ${v}`);
  }
  // The report summarises figures taken on the cut-off day, so it cannot be due before it.
  if (dueDay < cutoffDay) throw new RangeError(`dueDay (${dueDay}) không được trước cutoffDay (${cutoffDay})`);
  return { cutoffDay, dueDay };
}

/** A period spanning months firstMonth..lastMonth, cut-off and due days in the last month (clamped). */
function span<K extends PeriodKind>(
  kind: K,
  year: number,
  number: number,
  label: string,
  firstMonth: number,
  lastMonth: number,
  days: { cutoffDay: number; dueDay: number },
): ReportingPeriodSpec<K> {
  const last = daysInMonth(year, lastMonth);
  return {
    kind,
    year,
    number,
    label,
    startsOn: isoDate(year, firstMonth, 1),
    endsOn: isoDate(year, lastMonth, last),
    cutoffOn: isoDate(year, lastMonth, Math.min(days.cutoffDay, last)),
    dueOn: isoDate(year, lastMonth, Math.min(days.dueDay, last)),
  };
}

/** The 12 monthly periods of a year ("Tháng 01/2026" …), cut-off day 20 and due day 25 by default. */
export function monthlyReportingPeriods(year: number, opts: PeriodDayOptions = {}): ReportingPeriodSpec<"MONTH">[] {
  checkYear(year);
  const days = checkDays(opts);
  return Array.from({ length: 12 }, (_, i) =>
    span("MONTH", year, i + 1, `Tháng ${pad(i + 1)}/${year}`, i + 1, i + 1, days),
  );
}

const ROMAN = ["I", "II", "III", "IV"] as const;

/** The 4 quarters ("Quý I/2026" …), days counted in the quarter's last month. */
export function quarterlyReportingPeriods(year: number, opts: PeriodDayOptions = {}): ReportingPeriodSpec<"QUARTER">[] {
  checkYear(year);
  const days = checkDays(opts);
  return ROMAN.map((r, i) => span("QUARTER", year, i + 1, `Quý ${r}/${year}`, i * 3 + 1, i * 3 + 3, days));
}

/** The 2 half-years ("6 tháng đầu năm 2026", "6 tháng cuối năm 2026"). */
export function halfYearReportingPeriods(
  year: number,
  opts: PeriodDayOptions = {},
): ReportingPeriodSpec<"HALF_YEAR">[] {
  checkYear(year);
  const days = checkDays(opts);
  return [
    span("HALF_YEAR", year, 1, `6 tháng đầu năm ${year}`, 1, 6, days),
    span("HALF_YEAR", year, 2, `6 tháng cuối năm ${year}`, 7, 12, days),
  ];
}

/** The whole year ("Năm 2026"), days counted in December. */
export function yearReportingPeriod(year: number, opts: PeriodDayOptions = {}): ReportingPeriodSpec<"YEAR"> {
  checkYear(year);
  return span("YEAR", year, 1, `Năm ${year}`, 1, 12, checkDays(opts));
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
