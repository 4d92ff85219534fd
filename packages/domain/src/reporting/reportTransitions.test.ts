// The report workflow's table: every step refused in a closed period, each step only from its
// statuses, and a reopened report back in the unit's hands.
import { describe, expect, it } from "vitest";
import type { PeriodStatus } from "../periods.ts";
import {
  isRepeatedStep,
  mayTransitionReport,
  REPORT_STATUSES,
  REPORT_TRANSITIONS,
  type ReportStatus,
  type ReportTransition,
  reportTransitionRefusal,
} from "./reportTransitions.ts";

const TRANSITIONS = Object.keys(REPORT_TRANSITIONS) as ReportTransition[];
const STATUSES: (ReportStatus | null)[] = [null, ...REPORT_STATUSES];

describe("reportTransitionRefusal", () => {
  it("a closed period refuses every step, whatever the report's status", () => {
    for (const transition of TRANSITIONS) {
      for (const status of STATUSES) {
        expect(reportTransitionRefusal(transition, status, "CLOSED"), `${transition} from ${status}`).toBe(
          "PERIOD_CLOSED",
        );
      }
    }
  });

  it("an upcoming period takes drafts only", () => {
    expect(reportTransitionRefusal("SAVE", null, "UPCOMING")).toBeNull();
    expect(reportTransitionRefusal("SAVE", "DRAFT", "UPCOMING")).toBeNull();
    for (const transition of ["SUBMIT", "APPROVE", "RETURN", "REOPEN"] as const) {
      expect(reportTransitionRefusal(transition, "SUBMITTED", "UPCOMING")).toBe("PERIOD_NOT_OPEN");
    }
  });

  it("in an open period each step goes only from its statuses", () => {
    const allowed = (transition: ReportTransition) =>
      STATUSES.filter((status) => mayTransitionReport(transition, status, "OPEN"));
    expect(allowed("SAVE")).toEqual([null, "DRAFT", "RETURNED"]);
    expect(allowed("SUBMIT")).toEqual(["DRAFT", "RETURNED"]);
    expect(allowed("APPROVE")).toEqual(["SUBMITTED"]);
    expect(allowed("RETURN")).toEqual(["SUBMITTED"]);
    expect(allowed("REOPEN")).toEqual(["APPROVED"]);
    expect(reportTransitionRefusal("APPROVE", "APPROVED", "OPEN")).toBe("WRONG_STATUS");
  });

  it("a reopened report can be edited and resubmitted, then reviewed again", () => {
    const open: PeriodStatus = "OPEN";
    const reopened = REPORT_TRANSITIONS.REOPEN.to;
    expect(reopened).toBe("RETURNED");
    expect(mayTransitionReport("SAVE", reopened, open)).toBe(true);
    expect(mayTransitionReport("SUBMIT", reopened, open)).toBe(true);
    const resubmitted = REPORT_TRANSITIONS.SUBMIT.to;
    expect(mayTransitionReport("APPROVE", resubmitted, open)).toBe(true);
  });
});

describe("isRepeatedStep", () => {
  const sent = { status: "SUBMITTED" as const, version: 4, submittedById: "head", reviewedById: null };
  const approved = { status: "APPROVED" as const, version: 5, submittedById: "head", reviewedById: "office" };

  it("is the same person's step on the version it read, just taken", () => {
    expect(isRepeatedStep("SUBMIT", sent, "head", 3)).toBe(true);
    expect(isRepeatedStep("APPROVE", approved, "office", 4)).toBe(true);
  });

  it("is not another person's step, an older version, another step, or nobody's", () => {
    expect(isRepeatedStep("SUBMIT", sent, "staff", 3)).toBe(false);
    expect(isRepeatedStep("SUBMIT", sent, "head", 2)).toBe(false);
    expect(isRepeatedStep("RETURN", approved, "office", 4)).toBe(false);
    expect(isRepeatedStep("APPROVE", approved, "leader", 4)).toBe(false);
    expect(isRepeatedStep("SUBMIT", { ...sent, submittedById: null }, null, 3)).toBe(false);
  });
});
