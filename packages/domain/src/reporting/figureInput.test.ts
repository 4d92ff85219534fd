// What each kind of target asks for, and the one validation of a reported figure (API and form).
import { describe, expect, it } from "vitest";
import type { TargetSpec } from "../target.ts";
import { askedFields, figureInputOf, figureIssueMessage, figureIssues } from "./figureInput.ts";

const quantitative = (extra: Partial<TargetSpec>): TargetSpec => ({
  kind: "QUANTITATIVE",
  comparator: "GT",
  value: 14,
  unit: "tỷ đồng",
  measure: "MONEY",
  direction: "INCREASE",
  basis: "LEVEL",
  text: "trên 14 tỷ",
  ...extra,
});
const qualitative = (qualitativeKind: TargetSpec["qualitativeKind"]): TargetSpec => ({
  kind: "QUALITATIVE",
  qualitativeKind,
  direction: "MAINTAIN",
  basis: "LEVEL",
  text: "",
});

describe("figureInputOf", () => {
  it("asks a number with the target's unit, never negative for amounts and counts", () => {
    expect(figureInputOf([quantitative({})])).toEqual({
      kind: "NUMBER",
      unit: "tỷ đồng",
      min: 0,
      max: null,
      estimate: true,
      period: true,
      lastYear: true,
    });
    expect(figureInputOf([quantitative({ unit: "cơ sở", measure: "COUNT" })])).toMatchObject({ unit: "cơ sở", min: 0 });
  });

  it("a percentage of a level lies in 0–100; a growth rate or a change in points may be negative", () => {
    expect(figureInputOf([quantitative({ unit: "%", measure: "PERCENT" })])).toMatchObject({ min: 0, max: 100 });
    const growth = quantitative({ unit: "%", measure: "PERCENT", basis: "AVERAGE_ANNUAL_CHANGE" });
    expect(figureInputOf([growth])).toMatchObject({ kind: "NUMBER", min: null, max: null });
    const points = quantitative({
      unit: "điểm %",
      measure: "PERCENTAGE_POINT",
      direction: "DECREASE",
      basis: "CHANGE",
    });
    expect(figureInputOf([points])).toMatchObject({ min: null, max: null });
  });

  it("(2) complete the assigned figure is asked as a share of it, in percent, possibly over 100", () => {
    expect(figureInputOf([qualitative("COMPLETE_ASSIGNED")])).toEqual({
      kind: "NUMBER",
      unit: "% kế hoạch giao",
      min: 0,
      max: null,
      estimate: true,
      period: false,
      lastYear: false,
    });
  });

  it("(16) đạt is a yes/no, (18) không để xảy ra a count of events, no target a note", () => {
    expect(figureInputOf([qualitative("ACHIEVED")]).kind).toBe("YES_NO");
    expect(figureInputOf([qualitative("ZERO_EVENTS")])).toMatchObject({ kind: "EVENTS", unit: "vụ", min: 0 });
    expect(figureInputOf([]).kind).toBe("TEXT");
  });

  it("a target the plan states only in words is reported as text, with no unit and no bounds", () => {
    const words: TargetSpec = { ...qualitative(null), text: "Giữ vững ổn định chính trị, trật tự an toàn xã hội" };
    expect(figureInputOf([words])).toEqual({
      kind: "TEXT",
      unit: null,
      min: null,
      max: null,
      estimate: false,
      period: false,
      lastYear: false,
    });
    expect(figureIssues(figureInputOf([words]), {})).toEqual([]);
  });
});

describe("figureIssues", () => {
  const money = figureInputOf([quantitative({})]);
  const share = figureInputOf([quantitative({ unit: "%", measure: "PERCENT" })]);

  it("accepts what the input asks, with decimals and no step", () => {
    expect(figureIssues(money, { valueToDate: 9.8, yearEndEstimate: 14.5 })).toEqual([]);
    expect(figureIssues(share, { valueToDate: 72, yearEndEstimate: 99.25 })).toEqual([]);
  });

  it("refuses a negative amount and a percentage over 100, saying the bound", () => {
    expect(figureIssues(money, { valueToDate: -3 })).toEqual([{ field: "valueToDate", code: "BELOW_MIN", bound: 0 }]);
    const [over] = figureIssues(share, { yearEndEstimate: 100.5 });
    expect(over).toEqual({ field: "yearEndEstimate", code: "ABOVE_MAX", bound: 100 });
    expect(figureIssueMessage(share, over as never, "vi")).toBe("Không được lớn hơn 100%.");
    expect(figureIssueMessage(money, { field: "valueToDate", code: "BELOW_MIN", bound: 0 }, "vi")).toBe(
      "Không được nhỏ hơn 0 tỷ đồng.",
    );
  });

  it("refuses a number for a yes/no target, and says how it is reported", () => {
    const yesNo = figureInputOf([qualitative("ACHIEVED")]);
    const issues = figureIssues(yesNo, { valueToDate: 1, achieved: true });
    expect(issues).toEqual([{ field: "valueToDate", code: "NOT_ASKED" }]);
    expect(figureIssueMessage(yesNo, issues[0] as never, "vi")).toBe(
      "Chỉ tiêu này báo Đạt hoặc Chưa đạt, không nhập số.",
    );
    expect(figureIssueMessage(yesNo, issues[0] as never, "en")).toContain("achieved or not achieved");
  });

  it("an event count is a whole number from 0", () => {
    const events = figureInputOf([qualitative("ZERO_EVENTS")]);
    expect(figureIssues(events, { eventCount: 0 })).toEqual([]);
    expect(figureIssues(events, { eventCount: 1.5 })).toEqual([{ field: "eventCount", code: "NOT_WHOLE" }]);
    expect(figureIssues(events, { eventCount: -1 })).toEqual([{ field: "eventCount", code: "BELOW_MIN", bound: 0 }]);
  });
});

describe("the period's own figure and the same period last year", () => {
  const money = figureInputOf([quantitative({})]);
  const count = figureInputOf([quantitative({ unit: "cơ sở", measure: "COUNT" })]);
  const share = figureInputOf([quantitative({ unit: "%", measure: "PERCENT" })]);

  it("an amount or a count that builds up asks for the period's figure; a percentage does not", () => {
    expect(askedFields(money)).toEqual(["periodValue", "valueToDate", "yearEndEstimate", "samePeriodLastYear"]);
    expect(askedFields(count)).toContain("periodValue");
    expect(askedFields(share)).toEqual(["valueToDate", "yearEndEstimate", "samePeriodLastYear"]);
    expect(figureIssues(share, { periodValue: 3 })).toEqual([{ field: "periodValue", code: "NOT_ASKED" }]);
  });

  it("the period's figure cannot exceed the figure to date, which includes it", () => {
    expect(figureIssues(money, { periodValue: 1.2, valueToDate: 9.8, samePeriodLastYear: 8.1 })).toEqual([]);
    const [issue] = figureIssues(count, { periodValue: 7, valueToDate: 5 });
    expect(issue).toEqual({ field: "periodValue", code: "PERIOD_ABOVE_TO_DATE", bound: 5 });
    expect(figureIssueMessage(count, issue as never, "vi")).toBe(
      "Số trong kỳ không được lớn hơn số lũy kế đến kỳ (5 cơ sở): lũy kế đã gồm cả kỳ này.",
    );
    expect(figureIssues(count, { periodValue: -1, valueToDate: 5 })).toEqual([
      { field: "periodValue", code: "BELOW_MIN", bound: 0 },
    ]);
  });

  it("a yes/no or an event count asks neither", () => {
    const events = figureInputOf([qualitative("ZERO_EVENTS")]);
    expect(figureIssues(events, { samePeriodLastYear: 2 })).toEqual([
      { field: "samePeriodLastYear", code: "NOT_ASKED" },
    ]);
  });
});
