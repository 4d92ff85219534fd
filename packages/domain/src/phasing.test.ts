// Phasing: a count that builds up over the year is held, month by month, to the part of its target
// due by then ("6 of more than 20 businesses by March" is on track); rates, amounts and estimates
// are compared with the year's target.
import { describe, expect, it } from "vitest";
import { actual, estimate } from "./evaluation.fixtures.ts";
import { evaluateIndicator, type IndicatorEvaluationInput } from "./evaluation.ts";
import { defaultPhasing, phasedTarget, phasingOf } from "./phasing.ts";
import type { TargetSpec } from "./target.ts";
import { targetProblems } from "./targetValidity.ts";

// (5) of the Tân Hưng plan: "phát triển mới trên 20 cơ sở".
const businesses: TargetSpec = {
  kind: "QUANTITATIVE",
  comparator: "GT",
  value: 20,
  unit: "cơ sở",
  measure: "COUNT",
  direction: "INCREASE",
  basis: "LEVEL",
  text: "trên 20 cơ sở",
};
const school: TargetSpec = {
  ...businesses,
  comparator: "EQ",
  value: 1,
  unit: "trường",
  basis: "ADDITIONAL",
  text: "có thêm 01 trường",
};
const rate: TargetSpec = { ...businesses, measure: "PERCENT", unit: "%", value: 99, text: "trên 99%" };
const income: TargetSpec = {
  ...businesses,
  measure: "MONEY",
  comparator: "EQ",
  value: 84.9,
  unit: "triệu đồng",
  text: "đạt 84,9 triệu đồng",
};

const evaluate = (target: TargetSpec, o: Partial<IndicatorEvaluationInput>) =>
  evaluateIndicator({ targets: [target], year: 2026, asOf: { month: 3 }, measurements: [], ...o });

describe("defaultPhasing and phasedTarget", () => {
  it("phases counts that build up, in whole units, and nothing else", () => {
    expect(defaultPhasing(businesses)).toBe("LINEAR");
    expect(phasedTarget(businesses, 3)).toMatchObject({ comparator: "GT", value: 5 });
    expect(phasedTarget(school, 6)).toMatchObject({ comparator: "GTE", value: 0 });
    expect(phasedTarget(businesses, 12)).toBeNull();
    for (const target of [rate, income]) {
      expect(defaultPhasing(target)).toBe("NONE");
      expect(phasedTarget(target, 3)).toBeNull();
    }
  });
});

describe("an actual to date of a phased count", () => {
  it("6 businesses by March is on track for more than 20 in the year, and says against what", () => {
    const e = evaluate(businesses, { measurements: [actual(3, 6)] });
    expect(e.status).toBe("ON_TRACK");
    expect(e.message).toBe(
      "Thực hiện đến tháng 3 (tạm tính) 6 cơ sở so với mục tiêu trên 5 cơ sở đến tháng 3 (cả năm trên 20 cơ sở): đúng tiến độ",
    );
    expect(evaluate(businesses, { measurements: [actual(3, 6)], locale: "en" }).message).toContain(
      "against a target of over 5 cơ sở by month 3 (over 20 cơ sở for the year): on track",
    );
  });

  it("5 by March is just short of more than 5, 3 is behind, and 11 by June is on track", () => {
    expect(evaluate(businesses, { measurements: [actual(3, 5)] }).status).toBe("AT_RISK");
    expect(evaluate(businesses, { measurements: [actual(3, 3)] }).status).toBe("OFF_TRACK");
    expect(evaluate(businesses, { asOf: { month: 6 }, measurements: [actual(6, 11)] }).status).toBe("ON_TRACK");
  });

  it("a school due once is on track until December, then held to the whole target", () => {
    expect(evaluate(school, { asOf: { month: 9 }, measurements: [actual(9, 0)] }).status).toBe("ON_TRACK");
    expect(evaluate(school, { asOf: { month: 12 }, measurements: [actual(12, 0)] }).status).not.toBe("ON_TRACK");
  });

  it("a year-end estimate and a closed year are compared with the whole target", () => {
    expect(evaluate(businesses, { measurements: [actual(3, 6), estimate(3, 15)] }).status).toBe("OFF_TRACK");
    expect(evaluate(businesses, { asOf: { month: 12 }, yearClosed: true, measurements: [actual(3, 6)] }).status).toBe(
      "NOT_ACHIEVED",
    );
  });

  it("a rate is not phased: 90% in March is short of more than 99%", () => {
    expect(evaluate(rate, { measurements: [actual(3, 90)] }).status).toBe("OFF_TRACK");
  });
});

describe("the office's phasing of a target", () => {
  it("by quarter: nothing due before March ends, then a quarter's part at each quarter's end", () => {
    const quarterly: TargetSpec = { ...businesses, phasing: "QUARTERLY" };
    expect(phasingOf(quarterly)).toBe("QUARTERLY");
    expect(phasedTarget(quarterly, 2)).toMatchObject({ comparator: "GTE", value: 0 });
    expect(phasedTarget(quarterly, 3)).toMatchObject({ comparator: "GT", value: 5 });
    expect(phasedTarget(quarterly, 5)).toMatchObject({ comparator: "GT", value: 5 });
    expect(phasedTarget(quarterly, 9)).toMatchObject({ comparator: "GT", value: 15 });
    // 2 businesses in February: behind by month, on track by quarter.
    expect(evaluate(businesses, { asOf: { month: 2 }, measurements: [actual(2, 2)] }).status).not.toBe("ON_TRACK");
    expect(evaluate(quarterly, { asOf: { month: 2 }, measurements: [actual(2, 2)] }).status).toBe("ON_TRACK");
  });

  it("by month for an amount the office wants phased, and not at all for a count it does not", () => {
    const phasedIncome: TargetSpec = { ...income, phasing: "LINEAR" };
    expect(phasedTarget(phasedIncome, 6)).toMatchObject({ comparator: "GTE", value: 42.45 });
    const unphased: TargetSpec = { ...businesses, phasing: "NONE" };
    expect(phasedTarget(unphased, 3)).toBeNull();
    expect(evaluate(unphased, { measurements: [actual(3, 6)] }).status).toBe("OFF_TRACK");
  });

  it("is refused for a target that has no value to reach", () => {
    expect(targetProblems({ kind: "QUANTITATIVE", comparator: "LT", value: 5, phasing: "LINEAR" })).toEqual([
      { field: "phasing", message: expect.stringContaining("chỉ phân kỳ") },
    ]);
    expect(targetProblems({ kind: "QUALITATIVE", qualitativeKind: "ACHIEVED", phasing: "QUARTERLY" })).toHaveLength(1);
    expect(targetProblems({ kind: "QUANTITATIVE", comparator: "GT", value: 20, phasing: "QUARTERLY" })).toEqual([]);
    expect(targetProblems({ kind: "QUANTITATIVE", comparator: "LT", value: 5, phasing: "NONE" })).toEqual([]);
  });
});
