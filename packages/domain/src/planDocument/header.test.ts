// Specification of the header and introduction of a document.
import { describe, expect, it } from "vitest";
import { parseHeader, parseIntro } from "./header.ts";
import { readPlanText } from "./sections.ts";

describe("parseHeader", () => {
  it("reads a complete header: issuer, motto, number, place and date, kind and title", () => {
    const doc = readPlanText(
      [
        "ỦY BAN NHÂN DÂN",
        "XÃ AN LẠC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/KH-UBND",
        "An Lạc, ngày 7 tháng 1 năm 2026",
        "KẾ HOẠCH",
        "Phát triển kinh tế - xã hội năm 2026",
        "",
        "Căn cứ Luật Tổ chức chính quyền địa phương;",
      ].join("\n"),
    );
    expect(parseHeader(doc)).toMatchObject({
      issuer: "Ủy ban nhân dân xã An Lạc",
      numberAsWritten: "Số: 12/KH-UBND",
      number: "12/KH-UBND",
      symbol: "KH-UBND",
      place: "An Lạc",
      issuedOn: "2026-01-07",
      year: 2026,
      documentKind: "PLAN",
      title: "Phát triển kinh tế - xã hội năm 2026",
      jurisdiction: { level: "xã", name: "An Lạc" },
      evidence: { fromLine: 1, toLine: 8 },
    });
    expect([...doc.claimed.slice(1, 9)]).toEqual(Array(8).fill(1));
  });

  it("keeps a blank number and an incomplete date as written", () => {
    const doc = readPlanText("Số: /KH-UBND\n\nTân Hưng, ngày tháng 01 năm 2026\n\nKẾ HOẠCH\nVề phát triển\n");
    expect(parseHeader(doc)).toMatchObject({
      numberAsWritten: "Số: /KH-UBND",
      number: null,
      symbol: "KH-UBND",
      issuedOn: null,
      year: 2026,
      issuer: null,
    });
  });

  it("reads a decision's kind", () => {
    const doc = readPlanText("QUYẾT ĐỊNH\nVề việc ban hành Quy chế làm việc\n");
    expect(parseHeader(doc)).toMatchObject({ documentKind: "DECISION", title: "Về việc ban hành Quy chế làm việc" });
  });

  it("gives null when there is no header line", () => {
    expect(parseHeader(readPlanText("Hôm nay trời đẹp.\nChúng tôi đi chơi."))).toBeNull();
  });
});

describe("parseIntro", () => {
  it("reads the introducing sentence and its issuer", () => {
    const doc = readPlanText(
      "UBND phường Tân Hưng xây dựng Kế hoạch về phát triển kinh tế - xã hội năm 2026, cụ thể như sau:\n\nI. MỤC ĐÍCH",
    );
    expect(parseIntro(doc)).toMatchObject({
      issuer: "Ủy ban nhân dân phường Tân Hưng",
      intro: { evidence: { fromLine: 1 } },
    });
  });
});
