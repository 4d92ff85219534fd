// Specification of comparing one value with one quantitative target.
import { describe, expect, it } from "vitest";
import { compareWithTarget, lowerIsBetter } from "./comparison.ts";
import type { TargetSpec } from "./target.ts";

function target(partial: Partial<TargetSpec>): TargetSpec {
  return { kind: "QUANTITATIVE", direction: "INCREASE", basis: "LEVEL", text: "", ...partial };
}

describe("compareWithTarget", () => {
  it("GT needs strictly more; equal is not met but not short either", () => {
    expect(compareWithTarget(10.5, target({ comparator: "GT", value: 10 }))).toMatchObject({ met: true, progress: 1 });
    expect(compareWithTarget(10, target({ comparator: "GT", value: 10 }))).toMatchObject({ met: false, shortfall: 0 });
  });

  it("GTE and EQ (higher is better) are met from the value up", () => {
    expect(compareWithTarget(12, target({ comparator: "GTE", value: 12 }))?.met).toBe(true);
    expect(compareWithTarget(97, target({ comparator: "EQ", value: 96 }))?.met).toBe(true);
    expect(compareWithTarget(95, target({ comparator: "EQ", value: 96 }))).toMatchObject({ met: false, expected: 96 });
  });

  it("measures the shortfall relative to the target and progress as value/target", () => {
    const c = compareWithTarget(48, target({ comparator: "GTE", value: 50 }));
    expect(c?.shortfall).toBeCloseTo(0.04);
    expect(c?.progress).toBeCloseTo(0.96);
  });

  it("caps progress to 0..1", () => {
    expect(compareWithTarget(-3, target({ comparator: "GT", value: 10 }))?.progress).toBe(0);
    expect(compareWithTarget(30, target({ comparator: "GT", value: 10 }))?.progress).toBe(1);
  });

  it("LT and LTE are met below the value", () => {
    expect(compareWithTarget(0.8, target({ comparator: "LT", value: 1 }))?.met).toBe(true);
    expect(compareWithTarget(1, target({ comparator: "LT", value: 1 }))?.met).toBe(false);
    expect(compareWithTarget(2, target({ comparator: "LTE", value: 2 }))?.met).toBe(true);
    const over = compareWithTarget(4, target({ comparator: "LTE", value: 2 }));
    expect(over).toMatchObject({ met: false, shortfall: 1, progress: 0.5 });
  });

  it("EQ on a DECREASE level target is met from the value down (còn 1%)", () => {
    const spec = target({ comparator: "EQ", value: 1, direction: "DECREASE", basis: "LEVEL" });
    expect(lowerIsBetter(spec)).toBe(true);
    expect(compareWithTarget(0.9, spec)?.met).toBe(true);
    expect(compareWithTarget(1.2, spec)?.met).toBe(false);
  });

  it("a DECREASE CHANGE target compares the size of the reduction (giảm 50% trở lên)", () => {
    const spec = target({ comparator: "GTE", value: 50, direction: "DECREASE", basis: "CHANGE" });
    expect(lowerIsBetter(spec)).toBe(false);
    expect(compareWithTarget(55, spec)?.met).toBe(true);
    expect(compareWithTarget(40, spec)?.met).toBe(false);
  });

  it("APPROX is met within 5%, and beyond it on the good side", () => {
    const spec = target({ comparator: "APPROX", value: 100 });
    expect(compareWithTarget(95, spec)?.met).toBe(true);
    expect(compareWithTarget(105, spec)?.met).toBe(true);
    expect(compareWithTarget(120, spec)?.met).toBe(true);
    expect(compareWithTarget(94, spec)?.met).toBe(false);
  });

  it("APPROX on a MAINTAIN target must stay within 5% on both sides", () => {
    const spec = target({ comparator: "APPROX", value: 100, direction: "MAINTAIN" });
    expect(compareWithTarget(104, spec)?.met).toBe(true);
    expect(compareWithTarget(106, spec)?.met).toBe(false);
    expect(compareWithTarget(94, spec)?.met).toBe(false);
  });

  it("RANGE is met between min and max inclusive", () => {
    const spec = target({ comparator: "RANGE", min: "5400", max: "5500" });
    expect(compareWithTarget(5400, spec)?.met).toBe(true);
    expect(compareWithTarget(5500, spec)?.met).toBe(true);
    expect(compareWithTarget(5300, spec)).toMatchObject({ met: false, expected: 5400 });
    expect(compareWithTarget(5600, spec)).toMatchObject({ met: false, expected: 5500 });
  });

  it("reads Decimal-like target values", () => {
    expect(compareWithTarget(85, target({ comparator: "EQ", value: { toString: () => "84.900000" } }))?.met).toBe(true);
  });

  it("cannot compare with a target lacking its numbers", () => {
    expect(compareWithTarget(1, target({}))).toBeNull();
    expect(compareWithTarget(1, target({ comparator: "GT" }))).toBeNull();
    expect(compareWithTarget(1, target({ comparator: "RANGE", min: 1 }))).toBeNull();
  });

  it("a zero target has no relative band: any miss is a full miss", () => {
    expect(compareWithTarget(1, target({ comparator: "LTE", value: 0 }))?.shortfall).toBe(Number.POSITIVE_INFINITY);
  });
});
