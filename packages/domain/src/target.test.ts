// Specification of target labels: comparator words and symbols, units, bases, qualitative kinds.
import { describe, expect, it } from "vitest";
import { formatPercent } from "./format.ts";
import {
  COMPARATOR_WORDING,
  COMPARATORS,
  formatQuantity,
  formatTarget,
  type TargetSpec,
  targetSpecFromRow,
} from "./target.ts";

function target(partial: Partial<TargetSpec>): TargetSpec {
  return { kind: "QUANTITATIVE", direction: "INCREASE", basis: "LEVEL", text: "", ...partial };
}

describe("comparator wording", () => {
  it("has a symbol and Vietnamese and English words for every comparator", () => {
    for (const comparator of COMPARATORS) {
      const wording = COMPARATOR_WORDING[comparator];
      expect(wording.symbol).not.toBe("");
      expect(wording.vi.label).not.toBe("");
      expect(wording.en.words).not.toBe("");
    }
  });
});

describe("formatTarget in Vietnamese", () => {
  it("says trên for GT and ≥ for GTE", () => {
    expect(formatTarget(target({ comparator: "GT", value: 10, unit: "%" }), "vi")).toBe("trên 10%");
    expect(formatTarget(target({ comparator: "GTE", value: 12, unit: "%" }), "vi")).toBe("≥ 12%");
  });

  it("says đạt for EQ, with the value's unit", () => {
    expect(
      formatTarget(target({ comparator: "EQ", value: "84.900000", unit: "triệu đồng", measure: "MONEY" }), "vi"),
    ).toBe("đạt 84,9 triệu đồng");
    expect(formatTarget(target({ comparator: "EQ", value: 96, measure: "PERCENT" }), "vi")).toBe("đạt 96%");
  });

  it("says từ … đến … for a range and khoảng for APPROX", () => {
    expect(formatTarget(target({ comparator: "RANGE", min: 5400, max: 5500, unit: "hộ" }), "vi")).toBe(
      "từ 5.400 đến 5.500 hộ",
    );
    expect(formatTarget(target({ comparator: "APPROX", value: 14, unit: "tỷ đồng" }), "vi")).toBe("khoảng 14 tỷ đồng");
  });

  it("says dưới and ≤ for LT and LTE", () => {
    expect(formatTarget(target({ comparator: "LT", value: 1, unit: "%", direction: "DECREASE" }), "vi")).toBe(
      "dưới 1%",
    );
    expect(formatTarget(target({ comparator: "LTE", value: 2, unit: "%", direction: "DECREASE" }), "vi")).toBe("≤ 2%");
  });

  it("names the change for CHANGE, AVERAGE_ANNUAL_CHANGE and ADDITIONAL bases", () => {
    expect(formatTarget(target({ comparator: "GT", value: 10, unit: "%", basis: "AVERAGE_ANNUAL_CHANGE" }), "vi")).toBe(
      "tăng bình quân trên 10%/năm",
    );
    expect(
      formatTarget(target({ comparator: "GTE", value: 50, unit: "%", basis: "CHANGE", direction: "DECREASE" }), "vi"),
    ).toBe("giảm ≥ 50%");
    expect(formatTarget(target({ comparator: "EQ", value: 1, unit: "trường", basis: "ADDITIONAL" }), "vi")).toBe(
      "thêm 1 trường",
    );
  });

  it("does not repeat /năm when the unit already has it", () => {
    expect(
      formatTarget(target({ comparator: "GT", value: 10, unit: "%/năm", basis: "AVERAGE_ANNUAL_CHANGE" }), "vi"),
    ).toBe("tăng bình quân trên 10%/năm");
    expect(formatTarget(target({ comparator: "GT", value: 10, unit: "%/năm" }), "vi")).toBe("trên 10%/năm");
  });

  it("writes the plan's words in the words style and symbols in the symbols style", () => {
    const gte = target({ comparator: "GTE", value: 50, unit: "%" });
    expect(formatTarget(gte, "vi", { style: "words" })).toBe("từ 50% trở lên");
    expect(formatTarget(gte, "vi", { style: "symbols" })).toBe("≥ 50%");
    expect(formatTarget(target({ comparator: "GT", value: 20, unit: "cơ sở" }), "vi", { style: "symbols" })).toBe(
      "> 20 cơ sở",
    );
    expect(formatTarget(target({ comparator: "LTE", value: 2, unit: "%" }), "vi", { style: "words" })).toBe(
      "không quá 2%",
    );
  });

  it("can leave out đạt for a sentence that already says mục tiêu", () => {
    expect(formatTarget(target({ comparator: "EQ", value: 96, unit: "%" }), "vi", { omitReachWord: true })).toBe("96%");
  });

  it("gives the kind's words for qualitative targets", () => {
    const q = (qualitativeKind: TargetSpec["qualitativeKind"]) =>
      formatTarget({ kind: "QUALITATIVE", qualitativeKind, direction: "MAINTAIN", basis: "LEVEL", text: "…" }, "vi");
    expect(q("ACHIEVED")).toBe("đạt");
    expect(q("ZERO_EVENTS")).toBe("không để xảy ra");
    expect(q("COMPLETE_ASSIGNED")).toBe("hoàn thành chỉ tiêu được giao");
  });

  it("falls back to the plan's words when the comparator or value is missing", () => {
    expect(formatTarget(target({ text: "trên 14 tỷ" }), "vi")).toBe("trên 14 tỷ");
    expect(formatTarget(target({ comparator: "GT", value: null, text: "trên 14 tỷ" }), "vi")).toBe("trên 14 tỷ");
    expect(formatTarget(target({ comparator: "RANGE", min: 1, text: "từ 1 đến ?" }), "vi")).toBe("từ 1 đến ?");
  });
});

describe("formatTarget in English", () => {
  it("uses English words and separators and translates money units", () => {
    expect(formatTarget(target({ comparator: "GT", value: 10, unit: "%" }), "en")).toBe("over 10%");
    expect(formatTarget(target({ comparator: "GTE", value: 12, unit: "%" }), "en")).toBe("≥ 12%");
    expect(formatTarget(target({ comparator: "EQ", value: 84.9, unit: "triệu đồng" }), "en")).toBe("84.9 million VND");
    expect(formatTarget(target({ comparator: "RANGE", min: 5400, max: 5500, unit: "hộ" }), "en")).toBe(
      "5,400 to 5,500 hộ",
    );
    expect(formatTarget(target({ comparator: "APPROX", value: 14, unit: "tỷ đồng" }), "en")).toBe(
      "about 14 billion VND",
    );
    expect(formatTarget(target({ comparator: "LT", value: 1, unit: "%" }), "en")).toBe("under 1%");
  });

  it("names the change", () => {
    expect(formatTarget(target({ comparator: "GT", value: 10, unit: "%", basis: "AVERAGE_ANNUAL_CHANGE" }), "en")).toBe(
      "average growth over 10%/year",
    );
    expect(
      formatTarget(target({ comparator: "GTE", value: 50, unit: "%", basis: "CHANGE", direction: "DECREASE" }), "en"),
    ).toBe("reduce by ≥ 50%");
    expect(formatTarget(target({ comparator: "EQ", value: 1, unit: "trường", basis: "ADDITIONAL" }), "en")).toBe(
      "additional 1 trường",
    );
  });

  it("words and qualitative targets", () => {
    expect(formatTarget(target({ comparator: "GTE", value: 50, unit: "%" }), "en", { style: "words" })).toBe(
      "at least 50%",
    );
    expect(
      formatTarget(
        { kind: "QUALITATIVE", qualitativeKind: "ZERO_EVENTS", direction: "MAINTAIN", basis: "LEVEL", text: "" },
        "en",
      ),
    ).toBe("no occurrences");
  });
});

describe("formatQuantity", () => {
  it("sticks % to the number and spaces other units", () => {
    expect(formatQuantity(95, { unit: "%" }, "vi")).toBe("95%");
    expect(formatQuantity(95, { measure: "PERCENT" }, "vi")).toBe("95%");
    expect(formatQuantity(21, { unit: "cơ sở" }, "vi")).toBe("21 cơ sở");
    expect(formatQuantity(1.5, { unit: "điểm %" }, "en")).toBe("1.5 percentage points");
    expect(formatQuantity(7, {}, "vi")).toBe("7");
    expect(formatQuantity(null, { unit: "%" }, "vi")).toBe("");
  });

  it("writes a percentage exactly as formatPercent does, in both languages", () => {
    for (const locale of ["vi", "en"] as const) {
      for (const value of [11.5, 87.6, 0.125, 100]) {
        expect(formatQuantity(value, { unit: "%" }, locale)).toBe(
          formatPercent(value, locale, { maximumFractionDigits: 3 }),
        );
      }
    }
    expect(formatQuantity(11.5, { unit: "%" }, "vi")).toBe("11,5%");
  });
});

describe("targetSpecFromRow", () => {
  it("maps minValue/maxValue and applies the schema's defaults", () => {
    const spec = targetSpecFromRow({
      kind: "QUANTITATIVE",
      comparator: "RANGE",
      minValue: "1",
      maxValue: "2",
      text: "1–2",
    });
    expect(spec).toMatchObject({ min: "1", max: "2", direction: "INCREASE", basis: "LEVEL", value: null });
  });
});
