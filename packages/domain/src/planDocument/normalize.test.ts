// Specification of text normalisation: one canonical spelling, one output line per input line.
import { describe, expect, it } from "vitest";
import { normalizePlanText } from "./normalize.ts";

describe("normalizePlanText", () => {
  it("keeps one line per input line whatever the line breaks", () => {
    expect(normalizePlanText("a\r\nb\nc\rd")).toEqual(["a", "b", "c", "d"]);
    expect(normalizePlanText("a\n\n\nb")).toEqual(["a", "", "", "b"]);
    expect(normalizePlanText("")).toEqual([""]);
  });

  it("composes Unicode (NFC)", () => {
    const decomposed = "Tha\u0309o"; // "Thảo" with a combining hook above
    expect(normalizePlanText(decomposed)).toEqual(["Thảo"]);
  });

  it("turns non-breaking and other spaces into single plain spaces, and drops invisible characters", () => {
    expect(normalizePlanText("đạt\u00a0100%\u202fnăm\t2026\u200b  nay\ufeff")).toEqual(["đạt 100% năm 2026 nay"]);
  });

  it("spells hyphen-like characters '-' and dashes '–'", () => {
    expect(normalizePlanText("2025\u20122030 \u2212 x \u2014 y \u2013 z")).toEqual(["2025-2030 - x – y – z"]);
  });

  it("spells typographic quotes “ ” and ‘ ’", () => {
    expect(normalizePlanText("«Tổ dân phố văn hóa» „x‟ ‹y›")).toEqual(["“Tổ dân phố văn hóa” “x“ ‘y’"]);
  });

  it("converts comparison signs left by LaTeX or typed as two characters", () => {
    expect(normalizePlanText("công nghiệp-xây dựng \\geq 12%, dịch vụ \\ge 10%")).toEqual([
      "công nghiệp-xây dựng ≥ 12%, dịch vụ ≥ 10%",
    ]);
    expect(normalizePlanText("$\\leq 5\\%$ và \\approx 3")).toEqual(["≤ 5% và ≈ 3"]);
    expect(normalizePlanText(">= 95% <= 2%")).toEqual(["≥ 95% ≤ 2%"]);
  });

  it("removes markdown emphasis, escapes and heading marks", () => {
    expect(normalizePlanText("**“Chủ động thực thi”**")).toEqual(["“Chủ động thực thi”"]);
    expect(normalizePlanText("(*gửi kèm theo*) __đậm__ x\\_y")).toEqual(["(gửi kèm theo) đậm x_y"]);
    expect(normalizePlanText("## II. MỤC TIÊU ##")).toEqual(["II. MỤC TIÊU"]);
    expect(normalizePlanText("> trích dẫn")).toEqual(["trích dẫn"]);
  });

  it("removes bold markers that span lines (a signature block)", () => {
    expect(normalizePlanText("**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**")).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
  });

  it("removes the '*' of italics that open on one line and close on another", () => {
    expect(normalizePlanText("*Căn cứ Luật Tổ chức chính\nquyền địa phương ngày 16 tháng 6 năm 2025; *")).toEqual([
      "Căn cứ Luật Tổ chức chính",
      "quyền địa phương ngày 16 tháng 6 năm 2025;",
    ]);
    expect(normalizePlanText("*Thành phố Hồ\nChí Minh, ngày 18 tháng 11 năm 2025*")).toEqual([
      "Thành phố Hồ",
      "Chí Minh, ngày 18 tháng 11 năm 2025",
    ]);
    expect(normalizePlanText("*1.1. *Quán triệt và triển khai")).toEqual(["1.1. Quán triệt và triển khai"]);
    expect(normalizePlanText("ngày 01 tháng 8 năm 2021 của* *Chính phủ")).toEqual([
      "ngày 01 tháng 8 năm 2021 của Chính phủ",
    ]);
  });

  it("keeps footnote marks, escaped and spaced asterisks", () => {
    expect(normalizePlanText("Chỉ tiêu (*) đạt 2 * 3 và \\*")).toEqual(["Chỉ tiêu (*) đạt 2 * 3 và *"]);
  });

  it("blanks the lines a crawled table leaves: a cell bar, empty emphasis, a rule under a header cell", () => {
    expect(normalizePlanText("|\n** **\n* *\n-------\n_________")).toEqual(["", "", "", "", ""]);
  });

  it("reads a line break inside a table cell as a space", () => {
    expect(
      normalizePlanText("| ỦY BAN NHÂN DÂN<br>TỈNH SƠN LA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập |"),
    ).toEqual(["ỦY BAN NHÂN DÂN TỈNH SƠN LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập"]);
  });

  it("keeps the plan's own bullets and turns markdown bullets into '-'", () => {
    expect(normalizePlanText("- a\n+ b\n* c\n• d")).toEqual(["- a", "+ b", "- c", "- d"]);
  });

  it("reads a table row as one line and drops separator rows", () => {
    expect(normalizePlanText("| (1) | Tỷ lệ hộ nghèo | dưới 1% |\n|---|:---:|---|")).toEqual([
      "(1) Tỷ lệ hộ nghèo dưới 1%",
      "",
    ]);
  });

  it("keeps blank fill-in underscores that are not emphasis", () => {
    expect(normalizePlanText("Số: ____/KH-UBND")).toEqual(["Số: ____/KH-UBND"]);
  });
});
