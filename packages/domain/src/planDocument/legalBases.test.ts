// Specification of legal bases ("Căn cứ …", "Thực hiện …").
import { describe, expect, it } from "vitest";
import { completeIssuer, documentNumber, type KnownPlaces, parseLegalBases, parseMention } from "./legalBases.ts";
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

  it("reads a document cited through what it says, with who it is from", () => {
    expect(
      parseMention(
        "và hướng dẫn của Bộ Nội vụ tại Công văn số 8935/BNV-CTTN&BĐG ngày 03 tháng 10 năm 2025 về việc hướng dẫn triển khai “Tháng hành động”",
        places,
      ),
    ).toMatchObject({
      kind: "OFFICIAL_LETTER",
      number: "8935/BNV-CTTN&BĐG",
      issuedOn: "2025-10-03",
      issuer: "Bộ Nội vụ",
      title: "Về việc hướng dẫn triển khai “Tháng hành động”",
    });
  });

  it("ends the issuer where what the document does begins, and drops the plan's introduction run into it", () => {
    expect(
      parseMention(
        "Thực hiện Quyết định số 2270/QĐ-TTg ngày 14/10/2025 của Thủ tướng Chính phủ phê duyệt Chương trình “Nâng cao chất lượng giáo dục mầm non”, trên cơ sở đề xuất của Sở Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:",
        places,
      ),
    ).toMatchObject({
      number: "2270/QĐ-TTg",
      issuer: "Thủ tướng Chính phủ",
      title: "Phê duyệt Chương trình “Nâng cao chất lượng giáo dục mầm non”",
    });
  });

  it("gives a law no issuer and its whole name as title", () => {
    expect(
      parseMention(
        "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu ngày 29/11/2024",
        places,
      ),
    ).toMatchObject({
      number: null,
      issuer: null,
      title: "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu",
    });
  });

  it("gives null for text that names no document", () => {
    expect(parseMention("Căn cứ tình hình thực tế của địa phương", places)).toBeNull();
  });
});

describe("documentNumber", () => {
  it("reads the number and symbol, spaces around a hyphen dropped", () => {
    expect(documentNumber(" số 202/2025/QH15 ngày 12 tháng 6 năm 2025")).toBe("202/2025/QH15");
    expect(documentNumber(" số 10- CTr/TU ngày 13/8/2025")).toBe("10-CTr/TU");
    expect(documentNumber(" số 78/2021/NĐ -CP ngày 01 tháng 8")).toBe("78/2021/NĐ-CP");
    expect(documentNumber(" 42-CT/TW ngày 24 tháng 3 năm 2020")).toBe("42-CT/TW");
    expect(documentNumber(" số 8935/BNV-CTTN&BĐG;")).toBe("8935/BNV-CTTN&BĐG");
    expect(documentNumber(" Tổ chức chính quyền địa phương")).toBeNull();
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

  it("reads a basis whose number wraps to the next line", () => {
    const doc = readPlanText(
      "Căn cứ Nghị quyết số\n202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành\nchính cấp tỉnh;",
    );
    expect(parseLegalBases(doc, 1, 3, places)).toMatchObject([
      { number: "202/2025/QH15", issuedOn: "2025-06-12", issuer: "Quốc hội", evidence: { fromLine: 1, toLine: 3 } },
    ]);
  });

  it("reads every document a sentence cites, but not twice, nor one named in another's title", () => {
    const doc = readPlanText(
      [
        "Thực hiện Thông tri số 02-TT/TU ngày 03 tháng 10 năm 2025 của Thành ủy về lãnh đạo thực hiện “Tháng cùng", // 1
        "phụ nữ hành động” và hướng dẫn của Bộ Nội vụ tại Công văn số 8935/BNV-CTTN&BĐG ngày 03 tháng 10 năm 2025;", // 2
        "", // 3
        "Thực hiện Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội (Nghị quyết số 163/2024/QH15), Nghị", // 4
        "quyết số 50/NQ-CP ngày 13/3/2025 của Chính phủ về ban hành Kế hoạch triển khai Nghị quyết số 163/2024/QH15", // 5
        "và Quyết định số 7619/QĐ-BCA ngày 08/9/2025 của Bộ Công an; Kế hoạch số 283/KH-UBND ngày 24/9/2025 của", // 6
        "Ủy ban nhân dân tỉnh về thực hiện Nghị quyết số 50/NQ-CP và Chương trình số 10- CTr/TU ngày 13/8/2025.", // 7
      ].join("\n"),
    );
    expect(parseLegalBases(doc, 1, 7, places).map((b) => [b.number, b.evidence.fromLine, b.evidence.toLine])).toEqual([
      ["02-TT/TU", 1, 2],
      ["8935/BNV-CTTN&BĐG", 2, 2],
      ["163/2024/QH15", 4, 4],
      ["50/NQ-CP", 4, 5],
      ["7619/QĐ-BCA", 6, 6],
      ["283/KH-UBND", 6, 7],
      ["10-CTr/TU", 7, 7],
    ]);
  });

  it("also reads the document another one carries out", () => {
    const doc = readPlanText(
      "Thực hiện Kế hoạch số 14-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 24/KH-UBND ngày\n14/8/2025 của UBND tỉnh thực hiện Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị về đổi mới\ncông tác xây dựng và thi hành pháp luật, UBND tỉnh ban hành Kế hoạch như sau:",
    );
    expect(parseLegalBases(doc, 1, 3, places).map((b) => b.number)).toEqual(["14-KH/TU", "24/KH-UBND", "66-NQ/TW"]);
  });

  it("reads one basis per numbered item of documents cited together", () => {
    const doc = readPlanText(
      "Căn cứ Các Nghị định của Chính phủ quy định chi tiết thi hành một số điều của Luật Quy hoạch (Số 37/2019/NĐ-CP\nngày 07/5/2019, số 58/2023/NĐ-CP ngày 12/8/2023 sửa đổi, bổ sung một số điều của Nghị định số 37/2019/NĐ-CP và\nsố 22/2025/NĐ-CP ngày 11/02/2025);",
    );
    expect(parseLegalBases(doc, 1, 3, places)).toMatchObject([
      { number: "37/2019/NĐ-CP", issuedOn: "2019-05-07", issuer: "Chính phủ", evidence: { fromLine: 1, toLine: 2 } },
      { number: "58/2023/NĐ-CP", issuedOn: "2023-08-12", issuer: "Chính phủ", evidence: { fromLine: 2, toLine: 2 } },
      { number: "22/2025/NĐ-CP", issuedOn: "2025-02-11", issuer: "Chính phủ", evidence: { fromLine: 3, toLine: 3 } },
    ]);
  });

  it("reads a PDF's lines: no blank line, a new basis at each 'Căn cứ' line", () => {
    const doc = readPlanText(
      [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Quyết định số 493/QĐ-TTg ngày 19 tháng 4 năm 2022 của Thủ tướng Chính phủ phê duyệt Chiến",
        "lược xuất nhập khẩu hàng hóa đến năm 2030;",
        "Căn cứ Nghị quyết số 21/NQ-HĐND ngày 22/12/2025 của HĐND phường về kế hoạch phát triển kinh tế - xã",
        "hội năm 2026.",
      ].join("\n"),
    );
    expect(parseLegalBases(doc, 1, 5, places).map((b) => [b.number, b.evidence.fromLine, b.evidence.toLine])).toEqual([
      [null, 1, 1],
      ["493/QĐ-TTg", 2, 3],
      ["21/NQ-HĐND", 4, 5],
    ]);
  });

  it("reads a decision's bases up to 'QUYẾT ĐỊNH:', without the proposal it is made on", () => {
    const doc = readPlanText(
      [
        "*Căn cứ Quyết định số", // 1
        "493/QĐ-TTg ngày 19 tháng 4 năm 2022 của Thủ tướng Chính phủ.*", // 2
        "", // 3
        "*Theo đề nghị của Sở Công", // 4
        "Thương tại Tờ trình số 298/TTr-SCT ngày 23/10/2025 và Công văn số 2679/SCT-QLTM ngày 07/11/2025.*", // 5
        "", // 6
        "**QUYẾT ĐỊNH:**", // 7
        "", // 8
        "**Điều 1. **Ban hành kèm theo Quyết định này Kế hoạch. Căn cứ Kế hoạch số 5/KH-UBND.", // 9
        "Thực hiện Kế hoạch số 6/KH-UBND ngày 1/1/2026.", // 10
      ].join("\n"),
    );
    expect(parseLegalBases(doc, 1, 10, places).map((b) => b.number)).toEqual(["493/QĐ-TTg"]);
    expect(doc.claimed[5]).toBe(0);
  });

  it("reads a first section that lists the bases, as bullets", () => {
    const doc = readPlanText(
      [
        "KẾ HOẠCH", // 1
        "Phát triển kinh tế - xã hội năm 2026", // 2
        "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", // 3
        "- Căn cứ Nghị quyết số 21/NQ-HĐND ngày 22/12/2025 của HĐND phường;", // 4
        "- Căn cứ Kế hoạch số 05/KH-UBND ngày 07/01/2026 của UBND thành phố.", // 5
        "II. MỤC ĐÍCH, YÊU CẦU", // 6
        "- Thực hiện Kế hoạch số 99/KH-UBND.", // 7
      ].join("\n"),
    );
    expect(parseLegalBases(doc, 1, 2, places)).toMatchObject([
      { number: "21/NQ-HĐND", issuer: "Hội đồng nhân dân phường Tân Hưng", evidence: { fromLine: 4, toLine: 4 } },
      { number: "05/KH-UBND", issuer: "Ủy ban nhân dân thành phố Hải Phòng", evidence: { fromLine: 5, toLine: 5 } },
    ]);
  });
});
