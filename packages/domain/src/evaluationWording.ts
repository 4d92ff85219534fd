// The sentences an evaluation explains itself with, in Vietnamese (as a ward writes its reports) and
// English. evaluation.ts decides; this module only says it. Numbers and targets arrive already
// formatted in the sentence's language.
import { formatNumber, type Locale } from "./format.ts";
import { EVALUATION_STATUS_LABELS, type EvaluationStatus } from "./status.ts";

/** What a sentence needs to know of the figure it speaks of. */
export interface WordedFigure {
  kind: "ACTUAL" | "ESTIMATE";
  periodMonth: number;
  final: boolean;
}

export interface EvaluationWording {
  noData: string;
  noTargets: string;
  appliesFrom(year: number): string;
  incompleteTarget(text: string): string;
  /** The name of a sub-indicator that has none, by its 1-based position. */
  partName(position: number): string;
  /** The words of a yes/no figure: [met, not met]. */
  achievedWords: [string, string];
  completeAssignedWords: [string, string];
  /** "Ước cả năm", "Thực hiện cả năm", "Thực hiện đến tháng 3 (tạm tính)". */
  figure(figure: WordedFigure): string;
  /** The part of a yearly target due by a month, with the year's target: both already formatted. */
  phasedTarget(due: string, month: number, year: string): string;
  /** A value against the target, both already formatted. */
  compared(figure: WordedFigure, value: string, target: string, status: string): string;
  /** A yes/no figure; the status is left out once the year is final (the words say it all). */
  flagged(figure: WordedFigure, said: string, status: string | null): string;
  /** A share of the assigned figure, already formatted as a percentage. */
  shareOfAssigned(figure: WordedFigure, share: string, status: string): string;
  /** Events have happened (with their total when counted). */
  eventsHappened(total: number | null, status: string): string;
  /** No event in the actual figures up to the figure's month (or the whole year). */
  noEventsSoFar(figure: WordedFigure, status: string): string;
  /** What a year-end estimate forecasts: events expected (counted or not) or none. */
  eventsForecast(figure: WordedFigure, expected: boolean, count: number | null, status: string): string;
  /** "4 thành phần: 1 không đạt, 3 đạt" from the counts, worst first. */
  composite(applicable: number, counts: [EvaluationStatus, number][]): string;
}

/** A status as a lower-case phrase inside a sentence ("đúng tiến độ", "on track"). */
export function statusPhrase(status: EvaluationStatus, locale: Locale): string {
  return EVALUATION_STATUS_LABELS[status][locale].toLocaleLowerCase(locale);
}

const vi: EvaluationWording = {
  noData: "Chưa có số liệu",
  noTargets: "Chỉ tiêu chưa có mức để đánh giá",
  appliesFrom: (year) => `Chỉ tiêu áp dụng từ năm ${year}`,
  incompleteTarget: (text) => `Mức chỉ tiêu “${text}” chưa đủ để đánh giá`,
  partName: (position) => `Thành phần ${position}`,
  achievedWords: ["đạt", "chưa đạt"],
  completeAssignedWords: ["hoàn thành chỉ tiêu được giao", "chưa hoàn thành chỉ tiêu được giao"],
  figure: (f) =>
    f.kind === "ESTIMATE"
      ? "Ước cả năm"
      : f.final
        ? "Thực hiện cả năm"
        : `Thực hiện đến tháng ${f.periodMonth} (tạm tính)`,
  phasedTarget: (due, month, year) => `${due} đến tháng ${month} (cả năm ${year})`,
  compared: (f, value, target, status) => `${vi.figure(f)} ${value} so với mục tiêu ${target}: ${status}`,
  flagged: (f, said, status) => `${vi.figure(f)}: ${said}${status ? ` (${status})` : ""}`,
  shareOfAssigned: (f, share, status) => `${vi.figure(f)} ${share} chỉ tiêu được giao: ${status}`,
  eventsHappened: (total, status) =>
    total ? `Đã xảy ra ${formatNumber(total, "vi")} vụ việc: ${status}` : `Đã xảy ra vụ việc: ${status}`,
  noEventsSoFar: (f, status) => `${f.final ? "Cả năm" : `Đến tháng ${f.periodMonth}`} không xảy ra vụ việc: ${status}`,
  eventsForecast: (f, expected, count, status) => {
    const what = expected
      ? count
        ? `xảy ra ${formatNumber(count, "vi")} vụ việc`
        : "có xảy ra vụ việc"
      : "không xảy ra vụ việc";
    return `${vi.figure(f)} ${what}: ${status}`;
  },
  composite: (applicable, counts) =>
    `${applicable} thành phần: ${counts.map(([s, n]) => `${n} ${statusPhrase(s, "vi")}`).join(", ")}`,
};

const incidents = (n: number) => `${formatNumber(n, "en")} ${n === 1 ? "incident" : "incidents"}`;

const en: EvaluationWording = {
  noData: "No data",
  noTargets: "The indicator has no target to evaluate against",
  appliesFrom: (year) => `The indicator applies from ${year}`,
  incompleteTarget: (text) => `The target “${text}” is incomplete and cannot be evaluated`,
  partName: (position) => `Part ${position}`,
  achievedWords: ["achieved", "not achieved"],
  completeAssignedWords: ["assigned target completed", "assigned target not completed"],
  figure: (f) =>
    f.kind === "ESTIMATE"
      ? "Year-end estimate"
      : f.final
        ? "Full-year result"
        : `Actual to month ${f.periodMonth} (provisional)`,
  phasedTarget: (due, month, year) => `${due} by month ${month} (${year} for the year)`,
  compared: (f, value, target, status) => `${en.figure(f)} ${value} against a target of ${target}: ${status}`,
  flagged: (f, said, status) => `${en.figure(f)}: ${said}${status ? ` (${status})` : ""}`,
  shareOfAssigned: (f, share, status) => `${en.figure(f)} ${share} of the assigned target: ${status}`,
  eventsHappened: (total, status) =>
    total ? `${incidents(total)} occurred: ${status}` : `An incident occurred: ${status}`,
  noEventsSoFar: (f, status) =>
    `No incidents ${f.final ? "in the whole year" : `to month ${f.periodMonth}`}: ${status}`,
  eventsForecast: (f, expected, count, status) => {
    const what = expected ? (count ? incidents(count) : "incidents") : "no incidents";
    return `${en.figure(f)} expects ${what}: ${status}`;
  },
  composite: (applicable, counts) =>
    `${applicable} ${applicable === 1 ? "part" : "parts"}: ${counts.map(([s, n]) => `${n} ${statusPhrase(s, "en")}`).join(", ")}`,
};

export const EVALUATION_WORDING: Record<Locale, EvaluationWording> = { vi, en };
