// A task's deadline as a plan writes it ("Quý IV/2025", "Tháng 12/2026", "Trước ngày 31/12/2025",
// "Năm 2026", "Thường xuyên", "Hằng tháng") read into the date it falls due and how often it recurs.
// A deadline that names no date ("Theo chỉ đạo của tỉnh") gives neither: it stays in the plan's words.
import { fold } from "./planDocument/text.ts";

export type Recurrence = "ONCE" | "ONGOING" | "MONTHLY" | "QUARTERLY" | "YEARLY";

export interface ReadDeadline {
  /** ISO date the task falls due, the last day of the month, quarter or year named. */
  deadline: string | null;
  recurrence: Recurrence | null;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const endOfMonth = (year: number, month: number) => iso(year, month, lastDay(year, month));

const RECURRING: [RegExp, Recurrence][] = [
  [/\b(?:hang|moi) thang\b/, "MONTHLY"],
  [/\b(?:hang|moi) quy\b/, "QUARTERLY"],
  [/\b(?:hang|moi) nam\b/, "YEARLY"],
  [/\bthuong xuyen\b|\blien tuc\b/, "ONGOING"],
];

/** Reads a deadline as written; `year` is the plan's, for a month or quarter written without one. */
export function readDeadline(text: string | null | undefined, year: number): ReadDeadline {
  const words = fold(text ?? "").replace(/\s+/g, " ");
  const date = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/.exec(words);
  if (date) {
    const [day, month, y] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const exists = month >= 1 && month <= 12 && day >= 1 && day <= lastDay(y, month);
    return exists ? { deadline: iso(y, month, day), recurrence: "ONCE" } : { deadline: null, recurrence: null };
  }
  const quarter = /\bquy (iv|iii|ii|i|[1-4])\b(?:\s*(?:\/|nam)\s*(\d{4}))?/.exec(words);
  if (quarter) {
    const q = ROMAN[quarter[1] ?? ""] ?? Number(quarter[1]);
    return { deadline: endOfMonth(Number(quarter[2] ?? year), q * 3), recurrence: "ONCE" };
  }
  const half = /\b6 thang (dau|cuoi) nam(?:\s+(\d{4}))?/.exec(words);
  if (half) return { deadline: endOfMonth(Number(half[2] ?? year), half[1] === "dau" ? 6 : 12), recurrence: "ONCE" };
  const month = /\bthang (\d{1,2})(?:\s*(?:\/|nam)\s*(\d{4}))?/.exec(words);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) {
    return { deadline: endOfMonth(Number(month[2] ?? year), Number(month[1])), recurrence: "ONCE" };
  }
  for (const [pattern, recurrence] of RECURRING) if (pattern.test(words)) return { deadline: null, recurrence };
  const onlyYear = /\b(?:nam )?(20\d\d)\b/.exec(words);
  if (onlyYear && !/\d{4}\s*-\s*\d{4}/.test(words))
    return { deadline: iso(Number(onlyYear[1]), 12, 31), recurrence: "ONCE" };
  const period = /(20\d\d)\s*-\s*(20\d\d)/.exec(words);
  if (period) return { deadline: iso(Number(period[2]), 12, 31), recurrence: "ONGOING" };
  return { deadline: null, recurrence: null };
}
