import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "./parsePlanDocument.ts";
import { GOLDEN_FORMAT, type PlanGolden, readGolden, scoreCorpus, scoreDraft } from "./score.ts";

const text = [
  "ỦY BAN NHÂN DÂN",
  "PHƯỜNG TÂN HƯNG",
  "Số: 12/KH-UBND",
  "Tân Hưng, ngày 07 tháng 01 năm 2026",
  "",
  "KẾ HOẠCH",
  "Về phát triển kinh tế - xã hội năm 2026",
  "",
  "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 20/12/2025 của Hội đồng nhân dân phường;",
  "",
  "I. MỤC TIÊU",
  "",
  "1. Các chỉ tiêu chủ yếu",
  "",
  "(1) Tỷ lệ giải ngân vốn đầu tư công đạt 100%.",
  "",
  "(2) Có thêm 01 trường đạt chuẩn quốc gia; 100% hộ dùng nước sạch.",
].join("\n");

const golden: PlanGolden = {
  format: GOLDEN_FORMAT,
  document: "test.md",
  header: {
    documentKind: "PLAN",
    number: "12/KH-UBND",
    issuedOn: "2026-01-07",
    issuer: "Ủy ban nhân dân phường Tân Hưng",
    title: "Về phát triển kinh tế - xã hội năm 2026",
  },
  legalBases: ["05/NQ-HĐND", "99/QĐ-UBND"],
  indicators: [
    {
      match: "giải ngân vốn đầu tư công",
      name: "Tỷ lệ giải ngân",
      targets: [{ comparator: "eq", value: 100, unit: "%" }],
    },
    {
      match: "trường đạt chuẩn quốc gia",
      name: "Trường đạt chuẩn",
      targets: [
        { comparator: "eq", value: 1, unit: "trường" },
        { comparator: "gte", value: 100, unit: "%" },
      ],
    },
    // The same item again: a found indicator is paired once.
    { match: "hộ dùng nước sạch", name: "Nước sạch", targets: [{ comparator: "eq", value: 100, unit: "%" }] },
  ],
  tasks: [],
  units: [],
};

describe("scoreDraft", () => {
  const score = scoreDraft(golden, parsePlanDocument(text));

  it("counts the header fields, legal bases and indicators found, each found item paired once", () => {
    expect(score.header).toEqual({ right: 5, expected: 5 });
    expect(score.legalBases).toEqual({ right: 1, expected: 2 });
    expect(score.indicators).toEqual({ right: 2, expected: 3 });
    expect(score.misses).toContain("legal basis 99/QĐ-UBND");
    expect(score.misses).toContain("indicator “hộ dùng nước sạch”");
  });

  it("counts a target exact only when comparator, figure, unit and direction all agree", () => {
    expect(score.targets).toEqual({ right: 2, expected: 4 });
    expect(score.indicatorsExact).toEqual({ right: 1, expected: 3 });
    expect(score.misses.find((m) => m.startsWith("targets of “trường"))).toContain("expected gte 100 %");
  });

  it("sums documents", () => {
    const { total } = scoreCorpus([score, score]);
    expect(total.indicators).toEqual({ right: 4, expected: 6 });
  });

  it("refuses a golden file of another format with a message that names the file", () => {
    expect(() => readGolden({ format: "other" }, "x.json")).toThrow(
      /x\.json: "format" must be "kehoach\.plan-golden\/1"/,
    );
  });
});
