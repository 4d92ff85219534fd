import { describe, expect, it } from "vitest";
import { targetProblems } from "./targetValidity.ts";

const fields = (target: Parameters<typeof targetProblems>[0]) => targetProblems(target).map((p) => p.field);

describe("targetProblems", () => {
  it("accepts the targets of the genre", () => {
    expect(fields({ kind: "QUANTITATIVE", comparator: "GT", value: 10 })).toEqual([]);
    expect(fields({ kind: "QUANTITATIVE", comparator: "RANGE", min: "5", max: "7" })).toEqual([]);
    expect(fields({ kind: "QUALITATIVE", qualitativeKind: "ZERO_EVENTS" })).toEqual([]);
  });

  it("names the field to fix, with a sentence in Vietnamese", () => {
    expect(targetProblems({ kind: "QUANTITATIVE", value: 10 })).toEqual([
      { field: "comparator", message: "chỉ tiêu định lượng cần phép so sánh (GT, GTE, EQ…)." },
    ]);
    expect(fields({ kind: "QUANTITATIVE", comparator: "EQ" })).toEqual(["value"]);
    expect(fields({ kind: "QUANTITATIVE", comparator: "RANGE", min: 7 })).toEqual(["min"]);
    expect(fields({ kind: "QUANTITATIVE", comparator: "RANGE", min: 7, max: 5 })).toEqual(["max"]);
    expect(fields({ kind: "QUALITATIVE", comparator: "EQ" })).toEqual(["qualitativeKind", "comparator"]);
    expect(targetProblems({ kind: "QUALITATIVE", qualitativeKind: "ACHIEVED", year: 1899 })).toEqual([
      { field: "year", message: "Năm từ 1900 đến 2200." },
    ]);
    expect(fields({ kind: "QUANTITATIVE", comparator: "GT", value: 1, year: 2200 })).toEqual([]);
  });
});
