// Which step a progress report may take, from which status, in which state of its reporting
// period: the one table the API enforces and the console reads to offer its buttons. A closed
// period takes no figure — no save, submission, approval, return or reopening — until the office
// reopens the period itself.
import type { PeriodStatus } from "../periods.ts";

export const REPORT_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export type ReportTransition = "SAVE" | "SUBMIT" | "APPROVE" | "RETURN" | "REOPEN";

interface TransitionRule {
  /** Statuses the report may be in; `null` stands for a report not yet created (first save). */
  from: readonly (ReportStatus | null)[];
  /** The status afterwards; `null` keeps the status (a save edits a draft or a returned report). */
  to: ReportStatus | null;
  /** States of the period in which the step is allowed. */
  periods: readonly PeriodStatus[];
}

export const REPORT_TRANSITIONS: Record<ReportTransition, TransitionRule> = {
  // A unit may prepare its draft before the period opens, but submits only while it is open.
  SAVE: { from: [null, "DRAFT", "RETURNED"], to: null, periods: ["UPCOMING", "OPEN"] },
  SUBMIT: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", periods: ["OPEN"] },
  APPROVE: { from: ["SUBMITTED"], to: "APPROVED", periods: ["OPEN"] },
  RETURN: { from: ["SUBMITTED"], to: "RETURNED", periods: ["OPEN"] },
  // The unit edits and resubmits a reopened report as it would a returned one.
  REOPEN: { from: ["APPROVED"], to: "RETURNED", periods: ["OPEN"] },
};

/** Why a step is refused: the period is closed, not yet open, or the report is in the wrong status. */
export type ReportTransitionRefusal = "PERIOD_CLOSED" | "PERIOD_NOT_OPEN" | "WRONG_STATUS";

/**
 * Whether `transition` may happen to a report in `status` (`null`: not yet created) in a period in
 * `period`; the period is asked first, so a closed period is named as the reason whatever the status.
 */
export function reportTransitionRefusal(
  transition: ReportTransition,
  status: ReportStatus | null,
  period: PeriodStatus,
): ReportTransitionRefusal | null {
  const rule = REPORT_TRANSITIONS[transition];
  if (!rule.periods.includes(period)) return period === "CLOSED" ? "PERIOD_CLOSED" : "PERIOD_NOT_OPEN";
  return rule.from.includes(status) ? null : "WRONG_STATUS";
}

/** May the report take this step now? */
export function mayTransitionReport(
  transition: ReportTransition,
  status: ReportStatus | null,
  period: PeriodStatus,
): boolean {
  return reportTransitionRefusal(transition, status, period) === null;
}

/** The steps a person takes on a sent report, and who is recorded as having taken them. */
const TAKEN_BY = { SUBMIT: "submittedById", APPROVE: "reviewedById", RETURN: "reviewedById" } as const;

/**
 * Is this request the repeat of a step the same person has just taken — a retry after the answer was
 * lost? Then the first result is the answer, not a conflict: the report is one version past the one
 * the person read, in the step's status, with that person recorded as having taken it.
 */
export function isRepeatedStep(
  step: keyof typeof TAKEN_BY,
  report: { status: ReportStatus; version: number; submittedById: string | null; reviewedById: string | null },
  actorId: string | null,
  readVersion: number,
): boolean {
  const takenBy = report[TAKEN_BY[step]];
  return (
    actorId !== null &&
    takenBy === actorId &&
    report.status === REPORT_TRANSITIONS[step].to &&
    report.version === readVersion + 1
  );
}
