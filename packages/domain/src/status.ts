// Evaluation statuses of an indicator, their Vietnamese/English labels, and how parts' statuses combine.
import type { Locale } from "./format.ts";

export const EVALUATION_STATUSES = [
  "ACHIEVED",
  "ON_TRACK",
  "AT_RISK",
  "OFF_TRACK",
  "NOT_ACHIEVED",
  "NO_DATA",
  "NOT_APPLICABLE",
] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export const EVALUATION_STATUS_LABELS: Record<EvaluationStatus, Record<Locale, string>> = {
  ACHIEVED: { vi: "Đạt", en: "Achieved" },
  ON_TRACK: { vi: "Đúng tiến độ", en: "On track" },
  AT_RISK: { vi: "Có nguy cơ không đạt", en: "At risk" },
  OFF_TRACK: { vi: "Chậm tiến độ", en: "Off track" },
  NOT_ACHIEVED: { vi: "Không đạt", en: "Not achieved" },
  NO_DATA: { vi: "Chưa có số liệu", en: "No data" },
  NOT_APPLICABLE: { vi: "Chưa áp dụng", en: "Not applicable" },
};

export function evaluationStatusLabel(status: EvaluationStatus, locale: Locale): string {
  return EVALUATION_STATUS_LABELS[status][locale];
}

/**
 * Worst first. A composite is only as good as its worst part, and a part without data keeps the
 * whole from being called on track (nobody can vouch for it), yet it is less alarming than a part
 * known to be behind.
 */
const SEVERITY: EvaluationStatus[] = ["NOT_ACHIEVED", "OFF_TRACK", "AT_RISK", "NO_DATA", "ON_TRACK", "ACHIEVED"];

/** Orders statuses worst first; NOT_APPLICABLE last. */
export function compareStatusSeverity(a: EvaluationStatus, b: EvaluationStatus): number {
  const rank = (s: EvaluationStatus) => (s === "NOT_APPLICABLE" ? SEVERITY.length : SEVERITY.indexOf(s));
  return rank(a) - rank(b);
}

/**
 * The status of a whole made of parts: the worst applicable part, so ACHIEVED only when every
 * applicable part is. Parts that are NOT_APPLICABLE are left out; with none left, NOT_APPLICABLE.
 */
export function combineStatuses(statuses: readonly EvaluationStatus[]): EvaluationStatus {
  const applicable = statuses.filter((s) => s !== "NOT_APPLICABLE");
  if (applicable.length === 0) return "NOT_APPLICABLE";
  return [...applicable].sort(compareStatusSeverity)[0] as EvaluationStatus;
}
