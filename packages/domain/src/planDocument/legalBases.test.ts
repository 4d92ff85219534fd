// Specification of legal bases ("Căn cứ …", "Thực hiện …").
import { describe, expect, it } from "vitest";
import { completeIssuer, type KnownPlaces, parseLegalBases, parseMention } from "./legalBases.ts";
import { readPlanText } from "./sections.ts";

const places: KnownPlaces = new Map([
  ["phường", new Set(["Tân Hưng"])],
  ["thành phố", new Set(["Hải Phòng"])],
]);

describe("parseMention", () => {
  it("reads kind, number, date, issuer, title and short name", () => {
    expect(
      parseMention(
        "Thực hiện Kế hoạch số 05/KH-UBND ngày 07/01/2026 của Ủy ban nhân dân thành phố Hải Phòng về phát triển kinh tế - xã hội năm 2026 (Kế hoạch số 05/KH-UBND)",
        places,
      ),
    ).toMatchObject({
      kind: "PLAN",
      number: "05/KH-UBND",
      issuedOn: "2026-01-07",
      issuer: "Ủy ban nhân dân thành phố Hải Phòng",
      title: "Về phát triển kinh tế - xã hội năm 2026",
      shortName: "Kế hoạch số 05/KH-UBND",
    });
  });

  it("reads party numbers and spelled dates", () => {
    expect(
      parseMention("Căn cứ Báo cáo số 57-BC/ĐU ngày 22 tháng 12 năm 2025 của Đảng ủy phường về kết quả", places),
    ).toMatchObject({
      kind: "REPORT",
      number: "57-BC/ĐU",
      issuedOn: "2025-12-22",
      issuer: "Đảng ủy phường Tân Hưng",
      issuerAsWritten: "Đảng ủy phường",
      shortName: null,
    });
  });

  it("reads each kind of document", () => {
    const kinds = [
      ["Nghị quyết số 13-NQ/ĐU", "RESOLUTION"],
      ["Quyết định số 100/QĐ-UBND", "DECISION"],
      ["Chương trình hành động số 07-CTr/ĐU", "PROGRAM"],
      ["Chỉ thị số 05-CT/TU", "DIRECTIVE"],
      ["Đề án số 06/ĐA-CP", "SCHEME"],
      ["Công văn số 1027/CTK-CSCL", "OFFICIAL_LETTER"],
      ["Thông báo số 12-TB/TU", "NOTICE"],
      ["Nghị định số 150/2025/NĐ-CP", "OTHER"],
    ];
    for (const [mention, kind] of kinds) expect(parseMention(`Căn cứ ${mention};`, places)?.kind).toBe(kind);
  });

  it("takes a law's name as its title", () => {
    expect(parseMention("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025", places)).toMatchObject({
      kind: "OTHER",
      number: null,
      issuedOn: "2025-06-16",
      title: "Luật Tổ chức chính quyền địa phương",
    });
  });

  it("gives null for text that names no document", () => {
    expect(parseMention("Căn cứ tình hình thực tế của địa phương", places)).toBeNull();
  });
});

describe("completeIssuer", () => {
  it("spells out abbreviations and completes a bare level with the plan's unit", () => {
    expect(completeIssuer("HĐND phường", places)).toBe("Hội đồng nhân dân phường Tân Hưng");
    expect(completeIssuer("UBND thành phố", places)).toBe("Ủy ban nhân dân thành phố Hải Phòng");
    expect(completeIssuer("Bộ Chính trị", places)).toBe("Bộ Chính trị");
  });
});

describe("parseLegalBases", () => {
  it("reads one mention per 'Căn cứ' line and per ';' of a paragraph, with their lines", () => {
    const doc = readPlanText(
      [
        "Căn cứ Nghị quyết số 21/NQ-HĐND ngày 22/12/2025 của HĐND phường;",
        "Căn cứ tình hình thực tế;",
        "Thực hiện Kế hoạch số 05/KH-UBND ngày 07/01/2026 của UBND thành phố; Báo cáo số 57-BC/ĐU",
        "ngày 22/12/2025 của Đảng ủy phường.",
      ].join("\n"),
    );
    const bases = parseLegalBases(doc, 1, 4, places);
    expect(bases.map((b) => [b.number, b.evidence.fromLine, b.evidence.toLine])).toEqual([
      ["21/NQ-HĐND", 1, 1],
      ["05/KH-UBND", 3, 3],
      ["57-BC/ĐU", 3, 4],
    ]);
    expect(doc.unparsed).toMatchObject([
      { fromLine: 2, text: "Căn cứ tình hình thực tế", reason: "Không nhận ra văn bản căn cứ" },
    ]);
  });
});
