// Specification of the shared text helpers.
import { describe, expect, it } from "vitest";
import {
  capitalize,
  clauses,
  evidenceOf,
  findDate,
  fold,
  paragraphs,
  parentheses,
  sentenceCase,
  splitTopLevel,
  trimPunctuation,
  trimSeparators,
} from "./text.ts";

describe("fold", () => {
  it("lower-cases and drops diacritics, keeping the length", () => {
    expect(fold("Văn hoá - Xã hội")).toBe("van hoa - xa hoi");
    expect(fold("Phân đầu")).toBe(fold("Phấn đấu"));
    expect(fold("ĐẢNG ỦY").length).toBe("ĐẢNG ỦY".length);
  });
});

describe("casing", () => {
  it("capitalises the first letter", () => {
    expect(capitalize("công nghiệp-xây dựng")).toBe("Công nghiệp-xây dựng");
  });

  it("puts an upper-case line in sentence case, keeping the authority prefix and proper names", () => {
    expect(sentenceCase("TM. ỦY BAN NHÂN DÂN")).toBe("TM. Ủy ban nhân dân");
    expect(sentenceCase("ỦY BAN NHÂN DÂN PHƯỜNG TÂN HƯNG", ["Tân Hưng"])).toBe("Ủy ban nhân dân phường Tân Hưng");
    expect(sentenceCase("Already mixed")).toBe("Already mixed");
  });
});

describe("trimming", () => {
  it("trims trailing separators; trimSeparators keeps a final period", () => {
    expect(trimPunctuation("đạt 100%. ; ")).toBe("đạt 100%");
    expect(trimSeparators("Tổ chức tốt các hoạt động.;")).toBe("Tổ chức tốt các hoạt động.");
  });
});

describe("paragraphs", () => {
  it("joins wrapped lines and starts a new paragraph at a blank line or an item mark", () => {
    const lines = ["(1) Tổng giá trị", "tăng 10%", "(2) Thu ngân sách", "", "- việc một", "+ việc hai"];
    const found = paragraphs(lines, 1, lines.length);
    expect(found.map((p) => [p.fromLine, p.toLine, p.text])).toEqual([
      [1, 2, "(1) Tổng giá trị tăng 10%"],
      [3, 3, "(2) Thu ngân sách"],
      [5, 5, "- việc một"],
      [6, 6, "+ việc hai"],
    ]);
  });

  it("maps offsets of a paragraph back to its lines", () => {
    const [paragraph] = paragraphs(["(1) Tổng giá trị", "tăng 10%", "trong năm"], 1, 3);
    if (!paragraph) throw new Error("no paragraph");
    const at = paragraph.text.indexOf("tăng");
    expect(evidenceOf(paragraph, at, at + 8)).toEqual({ fromLine: 2, toLine: 2 });
    expect(evidenceOf(paragraph, 0, paragraph.text.length)).toEqual({ fromLine: 1, toLine: 3 });
  });
});

describe("splitting", () => {
  it("finds top-level parentheses, nested ones inside", () => {
    const text = "a (b (c) d) e (f";
    expect(parentheses(text).map((s) => text.slice(s.start, s.end))).toEqual(["(b (c) d)", "(f"]);
  });

  it("splits outside parentheses and quotes only", () => {
    const text = "x, “a, b”, (c, d), y";
    const parts = splitTopLevel(text, (i) => (text[i] === "," ? { length: 1, keep: 0 } : null));
    expect(parts.map((s) => text.slice(s.start, s.end).trim())).toEqual(["x", "“a, b”", "(c, d)", "y"]);
  });

  it("splits clauses at ';' and at sentence ends, keeping the period", () => {
    const text = "trên 97% gia đình; 100% Tổ dân phố. Tổ chức tốt. 84,9 triệu đồng";
    expect(clauses(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "trên 97% gia đình",
      "100% Tổ dân phố.",
      "Tổ chức tốt.",
      "84,9 triệu đồng",
    ]);
  });
});

describe("findDate", () => {
  it("reads numeric and spelled dates", () => {
    expect(findDate("ban hành ngày 07/01/2026 của")?.iso).toBe("2026-01-07");
    expect(findDate("ngày 7 tháng 1 năm 2026")?.iso).toBe("2026-01-07");
    expect(findDate("ngày 31/02/2026")?.iso).toBeNull();
    expect(findDate("không có ngày")).toBeNull();
  });
});
