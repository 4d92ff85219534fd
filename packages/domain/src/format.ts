// Vietnamese-first formatting of numbers, percentages, money and dates, and parsing of numbers typed the Vietnamese way.
//
// Vietnamese writes thousands with dots and decimals with a comma ("10.367.700", "84,9"); English output
// uses en-GB conventions ("10,367,700", "84.9"). Dates are dd/MM/yyyy in both languages: en-GB is chosen
// for English because Vietnamese readers of the English console still read day-first dates, and a US
// month-first date ("01/07/2026") would be read as 1 July. Dates are shown in Vietnam time by default.
import { type Numeric, toNumber } from "./numeric.ts";
import { daysInMonth, isoDate } from "./periods.ts";

export type Locale = "vi" | "en";

/** The Intl locale behind each UI language. */
export const INTL_LOCALE: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

/** Vietnam has one time zone and no daylight saving; plan dates are Vietnamese calendar days. */
export const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

export interface NumberFormatOptions {
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: NumberFormatOptions): Intl.NumberFormat {
  const max = options.maximumFractionDigits ?? 3;
  const min = Math.min(options.minimumFractionDigits ?? 0, max);
  const key = `${locale}|${min}|${max}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: min, maximumFractionDigits: max });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * Formats a number with the language's separators: `formatNumber(10367700, "vi")` → "10.367.700",
 * `formatNumber(84.9, "en")` → "84.9". Up to 3 decimals unless told otherwise. A missing or
 * invalid value gives "" so that the caller chooses its own placeholder.
 */
export function formatNumber(
  value: Numeric | null | undefined,
  locale: Locale,
  options: NumberFormatOptions = {},
): string {
  const n = toNumber(value);
  if (n === null) return "";
  // Avoid "-0" when a tiny negative rounds to zero.
  const text = numberFormat(locale, options).format(n);
  return /^-0([.,]0+)?$/.test(text) ? text.slice(1) : text;
}

/** Formats a value already expressed in percent: `formatPercent(96, "vi")` → "96%". */
export function formatPercent(
  value: Numeric | null | undefined,
  locale: Locale,
  options: NumberFormatOptions = {},
): string {
  const text = formatNumber(value, locale, { maximumFractionDigits: 2, ...options });
  return text === "" ? "" : `${text}%`;
}

/**
 * English names of the units the plan writes in Vietnamese; a unit not listed is shown as written
 * (cơ sở, trường… have no settled English form and are proper to the plan).
 */
const UNIT_EN: Record<string, string> = {
  "nghìn tỷ đồng": "trillion VND",
  "tỷ đồng": "billion VND",
  tỷ: "billion VND",
  "triệu đồng": "million VND",
  triệu: "million VND",
  "nghìn đồng": "thousand VND",
  đồng: "VND",
  "điểm %": "percentage points",
  "%/năm": "%/year",
};

/** The unit as shown in a language: Vietnamese as written, English translated where known. */
export function unitLabel(unit: string, locale: Locale): string {
  const trimmed = unit.trim();
  if (locale === "vi") return trimmed;
  return UNIT_EN[trimmed.toLowerCase()] ?? trimmed;
}

interface MoneyScale {
  factor: number;
  vi: string;
  en: string;
}

// Largest first: the first scale the amount reaches is used.
const VND_SCALES: MoneyScale[] = [
  { factor: 1e12, vi: "nghìn tỷ đồng", en: "trillion VND" },
  { factor: 1e9, vi: "tỷ đồng", en: "billion VND" },
  { factor: 1e6, vi: "triệu đồng", en: "million VND" },
  { factor: 1e3, vi: "nghìn đồng", en: "thousand VND" },
  { factor: 1, vi: "đồng", en: "VND" },
];

export interface MoneyFormatOptions extends NumberFormatOptions {
  /** The value is already in this unit ("triệu đồng", "tỷ đồng"): no scaling, the unit is appended. */
  unit?: string;
  /** VND (default) is scaled to nghìn/triệu/tỷ; other currencies are written in full with their code. */
  currency?: string;
}

/**
 * Formats money. VND amounts in đồng are scaled to the largest of nghìn/triệu/tỷ/nghìn tỷ they reach:
 * `formatMoney(84900000, "vi")` → "84,9 triệu đồng", `"en"` → "84.9 million VND" (2 decimals at most).
 * With `{ unit: "triệu đồng" }` the value is taken as already in that unit: `formatMoney(84.9, "vi",
 * { unit: "triệu đồng" })` → "84,9 triệu đồng". Other currencies: `formatMoney(1500, "en", { currency:
 * "USD" })` → "1,500 USD".
 */
export function formatMoney(
  value: Numeric | null | undefined,
  locale: Locale,
  options: MoneyFormatOptions = {},
): string {
  const n = toNumber(value);
  if (n === null) return "";
  const { unit, currency = "VND", ...numberOptions } = options;
  if (unit !== undefined) {
    return `${formatNumber(n, locale, { maximumFractionDigits: 2, ...numberOptions })} ${unitLabel(unit, locale)}`;
  }
  if (currency.toUpperCase() !== "VND") {
    return `${formatNumber(n, locale, { maximumFractionDigits: 2, ...numberOptions })} ${currency.toUpperCase()}`;
  }
  const digits = numberOptions.maximumFractionDigits ?? 2;
  const rounded = (x: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  const abs = Math.abs(n);
  // A scale is reached when the amount, rounded as shown, is at least 1 of it (999.999.999 → "1 tỷ đồng").
  const scale = VND_SCALES.find((s) => rounded(abs / s.factor) >= 1) ?? (VND_SCALES.at(-1) as MoneyScale);
  const scaled = n / scale.factor;
  const text = formatNumber(scaled, locale, {
    ...numberOptions,
    maximumFractionDigits: scale.factor === 1 ? Math.min(digits, 0) : digits,
  });
  return `${text} ${scale[locale]}`;
}

export interface DateFormatOptions {
  /** IANA time zone; Vietnam time unless told otherwise. */
  timeZone?: string;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateParts(date: Date, timeZone: string): Record<string, string> {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // The parts are assembled by hand so both languages give the same fixed dd/MM/yyyy HH:mm shape.
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    dateFormats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(date)) parts[part.type] = part.value;
  return parts;
}

function toDate(value: Date | string | number): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Formats a calendar date as dd/MM/yyyy in both languages (see the module header for why en-GB):
 * `formatDate(new Date("2026-01-07"), "vi")` → "07/01/2026". An invalid date gives "".
 */
export function formatDate(value: Date | string | number, _locale: Locale, options: DateFormatOptions = {}): string {
  const date = toDate(value);
  if (!date) return "";
  const p = dateParts(date, options.timeZone ?? DEFAULT_TIME_ZONE);
  return `${p.day}/${p.month}/${p.year}`;
}

/**
 * Reads a calendar date typed day first, as `formatDate` writes it, in either language:
 * "07/01/2026" → "2026-01-07" (7 January, never 1 July). A one-digit day or month and "." or "-"
 * between the parts are accepted ("7/1/2026", "07.01.2026"); anything else, or a day the month does
 * not have ("31/02/2026"), gives `null`.
 */
export function parseDate(text: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoDate(year, month, day);
}

/** Formats a moment as "dd/MM/yyyy HH:mm" (24-hour clock), Vietnam time unless told otherwise. */
export function formatDateTime(
  value: Date | string | number,
  _locale: Locale,
  options: DateFormatOptions = {},
): string {
  const date = toDate(value);
  if (!date) return "";
  const p = dateParts(date, options.timeZone ?? DEFAULT_TIME_ZONE);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

const GROUPED_THOUSANDS = /^[1-9]\d{0,2}(\.\d{3})+$/;

/**
 * Reads a number written the Vietnamese way: dots group thousands, a comma marks decimals
 * ("10.367.700" → 10367700, "84,9" → 84.9, "1.000,5" → 1000.5, "01" → 1). Spaces (also
 * non-breaking) are ignored and a leading + or − is allowed. Because people often type a decimal
 * point, a single dot that cannot be thousands grouping is read as a decimal point ("84.9" → 84.9,
 * "0.500" → 0.5), while "1.000" stays one thousand. Anything else (two commas, letters, "1.00.0")
 * gives `null`.
 */
export function parseVietnameseNumber(text: string): number | null {
  let s = text.replace(/[\s\u00a0\u202f]/g, "");
  let sign = 1;
  if (/^[+\-\u2212]/.test(s)) {
    if (s[0] !== "+") sign = -1;
    s = s.slice(1);
  }
  if (s === "" || !/^[\d.,]+$/.test(s)) return null;
  let plain: string;
  const commaParts = s.split(",");
  if (commaParts.length > 2) return null;
  if (commaParts.length === 2) {
    const [whole = "", fraction = ""] = commaParts;
    if (!/^\d+$/.test(fraction)) return null;
    if (whole !== "" && !/^\d+$/.test(whole) && !GROUPED_THOUSANDS.test(whole)) return null;
    plain = `${whole.replaceAll(".", "") || "0"}.${fraction}`;
  } else if (!s.includes(".")) {
    plain = s;
  } else if (GROUPED_THOUSANDS.test(s)) {
    plain = s.replaceAll(".", "");
  } else if (/^\d*\.\d+$/.test(s)) {
    plain = s;
  } else {
    return null;
  }
  const n = sign * Number(plain);
  return Number.isFinite(n) ? n + 0 : null;
}
