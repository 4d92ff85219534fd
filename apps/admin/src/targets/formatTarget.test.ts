// Targets read in Vietnamese as the plan writes them, and in English when the console is.
import { describe, expect, it } from "vitest";
import { formatTarget, formatTargets, type TargetSpec } from "./formatTarget.ts";

function quantitative(overrides: Partial<TargetSpec>): TargetSpec {
  return {
    kind: "QUANTITATIVE",
    comparator: "EQ",
    value: null,
    minValue: null,
    maxValue: null,
    unit: "%",
    direction: "INCREASE",
    basis: "LEVEL",
    qualitativeKind: null,
    text: "",
    ...overrides,
  };
}

describe("formatTarget in Vietnamese", () => {
  it("(1) tăng bình quân trên 10%/năm", () => {
    const text = formatTarget(quantitative({ comparator: "GT", value: "10", basis: "AVERAGE_ANNUAL_CHANGE" }), "vi");
    expect(text).toContain("trên 10%/năm");
  });

  it("(1) sub-targets: ≥ 12%", () => {
    expect(formatTarget(quantitative({ comparator: "GTE", value: "12.000000" }), "vi")).toBe("≥ 12%");
  });

  it("(6) đạt 84,9 triệu đồng", () => {
    expect(formatTarget(quantitative({ value: "84.9", unit: "triệu đồng" }), "vi")).toBe("đạt 84,9 triệu đồng");
  });

  it("(3) trên 14 tỷ đồng", () => {
    expect(formatTarget(quantitative({ comparator: "GT", value: "14", unit: "tỷ đồng" }), "vi")).toBe(
      "trên 14 tỷ đồng",
    );
  });

  it("(7) giảm ≥ 50%", () => {
    const text = formatTarget(
      quantitative({ comparator: "GTE", value: "50", direction: "DECREASE", basis: "CHANGE" }),
      "vi",
    );
    expect(text).toBe("giảm ≥ 50%");
  });

  it("(11) thêm 1 trường", () => {
    expect(formatTarget(quantitative({ value: "1", unit: "trường", basis: "ADDITIONAL" }), "vi")).toBe("thêm 1 trường");
  });

  it("a range: từ 5.400 đến 5.500 cơ sở", () => {
    const text = formatTarget(
      quantitative({ comparator: "RANGE", minValue: "5400", maxValue: "5500", unit: "cơ sở" }),
      "vi",
    );
    expect(text).toBe("từ 5.400 đến 5.500 cơ sở");
  });

  it("(2) qualitative: hoàn thành chỉ tiêu được giao", () => {
    const text = formatTarget(
      quantitative({ kind: "QUALITATIVE", comparator: null, unit: null, qualitativeKind: "COMPLETE_ASSIGNED" }),
      "vi",
    );
    expect(text.toLowerCase()).toBe("hoàn thành chỉ tiêu được giao");
  });

  it("several targets in one line", () => {
    const targets = [quantitative({ comparator: "GT", value: "97" }), quantitative({ value: "100" })];
    expect(formatTargets(targets, "vi")).toBe("trên 97%; đạt 100%");
  });
});

describe("formatTarget in English", () => {
  it("84.9 million VND, units translated", () => {
    expect(formatTarget(quantitative({ value: "84.9", unit: "triệu đồng" }), "en")).toContain("84.9 million VND");
  });

  it("over 10% a year", () => {
    const text = formatTarget(quantitative({ comparator: "GT", value: "10", basis: "AVERAGE_ANNUAL_CHANGE" }), "en");
    expect(text).toContain("10%/year");
  });
});

describe("formatTarget reads the API's Decimal strings", () => {
  it("84.900000 is 84,9", () => {
    expect(formatTarget(quantitative({ value: "84.900000", unit: "triệu đồng" }), "vi")).toBe("đạt 84,9 triệu đồng");
  });

  it("thousands are grouped with dots in Vietnamese, commas in English", () => {
    const target = quantitative({ comparator: "GT", value: "10367700", unit: "đồng" });
    expect(formatTarget(target, "vi")).toBe("trên 10.367.700 đồng");
    expect(formatTarget(target, "en")).toContain("10,367,700");
  });
});
