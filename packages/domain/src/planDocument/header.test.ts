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

  it("reads a crawled header: one cell per line, '|' between cells, bold and italics open across lines", () => {
    const doc = readPlanText(
      [
        "|", // 1
        "**ỦY BAN NHÂN", // 2
        "DÂN **", // 3
        "TỈNH SƠN LA", // 4
        "-------", // 5
        "|", // 6
        "**CỘNG HÒA XÃ HỘI", // 7
        "CHỦ NGHĨA VIỆT NAM**", // 8
        "Độc lập - Tự do - Hạnh phúc", // 9
        "---------------", // 10
        "|", // 11
        "|", // 12
        "Số: 2954/QĐ-UBND", // 13
        "|", // 14
        "*Sơn La, ngày 20", // 15
        "tháng 11 năm 2025*", // 16
        "|", // 17
        "", // 18
        "** **", // 19
        "", // 20
        "**QUYẾT ĐỊNH**", // 21
        "", // 22
        "VỀ VIỆC BAN HÀNH KẾ HOẠCH XUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH", // 23
        "SƠN LA GIAI ĐOẠN 2026 - 2030", // 24
        "", // 25
        "**ỦY BAN NHÂN DÂN TỈNH SƠN LA**", // 26
        "", // 27
        "*Căn cứ Luật Tổ chức chính", // 28
        "quyền địa phương ngày 16 tháng 6 năm 2025; *", // 29
        "", // 30
        "**Điều 1. **Ban hành kèm theo Quyết định này Kế hoạch xuất khẩu sản phẩm hàng hóa tỉnh Sơn La", // 31
        "giai đoạn 2026 - 2030.", // 32
      ].join("\n"),
    );
    expect(parseHeader(doc)).toMatchObject({
      issuer: "Ủy ban nhân dân tỉnh Sơn La",
      number: "2954/QĐ-UBND",
      documentKind: "DECISION",
      placeAndDate: "Sơn La, ngày 20 tháng 11 năm 2025",
      place: "Sơn La",
      issuedOn: "2025-11-20",
      title: "Về việc ban hành Kế hoạch xuất khẩu sản phẩm hàng hóa tỉnh Sơn La giai đoạn 2026 - 2030",
      jurisdiction: { level: "tỉnh", name: "Sơn La" },
      evidence: { fromLine: 2, toLine: 26 },
    });
    // The decision's authority line is read, not left over; the legal bases are not the header's.
    expect(doc.claimed[26]).toBe(1);
    expect(doc.claimed[28]).toBe(0);
  });

  it("reads a place broken over lines and keeps 'Thành phố Hồ Chí Minh' as the document writes it", () => {
    const doc = readPlanText(
      [
        "**ỦY BAN NHÂN DÂN**",
        "THÀNH PHỐ HỒ CHÍ MINH",
        "|",
        "**CỘNG HÒA XÃ",
        "HỘI CHỦ NGHĨA VIỆT NAM**",
        "Độc lập - Tự do - Hạnh phúc",
        "|",
        "Số: 174/KH-UBND",
        "|",
        "*Thành phố Hồ",
        "Chí Minh, ngày 18 tháng 11 năm 2025*",
        "|",
        "",
        "**KẾ HOẠCH**",
        "",
        "TRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM CUỐI NĂM 2025 LĨNH",
        "VỰC BÌNH ĐẲNG GIỚI TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH",
        "",
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ;",
        "",
        "Ủy ban nhân dân Thành phố ban hành Kế hoạch triển khai các nhiệm vụ trọng tâm cuối năm 2025",
        "lĩnh vực bình đẳng giới trên địa bàn Thành phố Hồ Chí Minh như sau:",
      ].join("\n"),
    );
    expect(parseHeader(doc)).toMatchObject({
      issuer: "Ủy ban nhân dân Thành phố Hồ Chí Minh",
      number: "174/KH-UBND",
      place: "Thành phố Hồ Chí Minh",
      issuedOn: "2025-11-18",
      title:
        "Triển khai các nhiệm vụ trọng tâm cuối năm 2025 lĩnh vực bình đẳng giới trên địa bàn Thành phố Hồ Chí Minh",
      jurisdiction: { level: "thành phố", name: "Hồ Chí Minh" },
    });
  });

  it("reads a header written as a markdown table, both cells on one row", () => {
    const doc = readPlanText(
      [
        "| **BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |",
        "|---|---|",
        "| | **Độc lập - Tự do - Hạnh phúc** |",
        "| Số: 4385/QĐ-BVHTTDL | *Hà Nội, ngày 18 tháng 11 năm 2025* |",
        "",
        "**QUYẾT ĐỊNH**",
        "",
        "**Về việc ban hành Kế hoạch thực hiện Quy hoạch mạng lưới cơ sở văn hóa và thể thao**",
        "",
        "**BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH**",
        "",
        "*Căn cứ Nghị định số 43/2025/NĐ-CP ngày 28/02/2025 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Văn hóa, Thể thao và Du lịch;*",
      ].join("\n"),
    );
    expect(parseHeader(doc)).toMatchObject({
      issuer: "Bộ Văn hóa, Thể thao và Du lịch",
      number: "4385/QĐ-BVHTTDL",
      symbol: "QĐ-BVHTTDL",
      place: "Hà Nội",
      issuedOn: "2025-11-18",
      documentKind: "DECISION",
      title: "Về việc ban hành Kế hoạch thực hiện Quy hoạch mạng lưới cơ sở văn hóa và thể thao",
      jurisdiction: null,
    });
    expect(doc.claimed[10]).toBe(1);
  });

  it("reads Word text, one paragraph per line and no blank line, a title that starts like a basis", () => {
    const doc = readPlanText(
      [
        "ỦY BAN NHÂN DÂN",
        "TỈNH ĐỒNG THÁP",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 556/KH-UBND",
        "Đồng Tháp, ngày 19 tháng 11 năm 2025",
        "KẾ HOẠCH",
        "Thực hiện Nghị quyết số 48/NQ-CP ngày 03/4/2023 của Chính phủ phê duyệt Chiến lược khai thác,",
        "sử dụng bền vững tài nguyên, bảo vệ môi trường biển và hải đảo",
        "Căn cứ Nghị quyết số 48/NQ-CP ngày 03/4/2023 của Chính phủ;",
      ].join("\n"),
    );
    expect(parseHeader(doc)).toMatchObject({
      issuer: "Ủy ban nhân dân tỉnh Đồng Tháp",
      issuedOn: "2025-11-19",
      title:
        "Thực hiện Nghị quyết số 48/NQ-CP ngày 03/4/2023 của Chính phủ phê duyệt Chiến lược khai thác, sử dụng bền vững tài nguyên, bảo vệ môi trường biển và hải đảo",
      evidence: { fromLine: 1, toLine: 9 },
    });
  });

  it("reads a PDF's header, the two columns run into each line", () => {
    const doc = readPlanText(
      [
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH ĐỒNG NAI Độc lập - Tự do - Hạnh phúc",
        "Số: 182/KH-UBND Đồng Nai, ngày 20 tháng 11 năm 2025",
        "KẾ HOẠCH",
        "TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÒNG,",
        "CHỐNG MA TÚY ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI",
        "Căn cứ Quyết định số 7619/QĐ-BCA ngày 08/9/2025 của Bộ trưởng Bộ Công an phê duyệt Chương",
        "trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030;",
      ].join("\n"),
    );
    expect(parseHeader(doc)).toMatchObject({
      issuer: "Ủy ban nhân dân tỉnh Đồng Nai",
      number: "182/KH-UBND",
      place: "Đồng Nai",
      issuedOn: "2025-11-20",
      title:
        "Triển khai thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 trên địa bàn tỉnh Đồng Nai",
    });
  });

  it("names a body under its People's Committee with the committee's unit", () => {
    const doc = readPlanText(
      "UBND TỈNH SƠN LA\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-SCT\nKẾ HOẠCH\nVề xúc tiến thương mại năm 2026\n\nGiao Sở Công Thương tỉnh Sơn La chủ trì.",
    );
    expect(parseHeader(doc)?.issuer).toBe("Sở Công Thương tỉnh Sơn La");
    // Without the body's help, the department's name still starts with a capital.
    expect(parseHeader(readPlanText("UBND XÃ AN LẠC\nPHÒNG KINH TẾ\nSố: 1/KH-PKT\n"))?.issuer).toBe(
      "Phòng Kinh tế xã An Lạc",
    );
  });

  it("reads a party number and a blank day", () => {
    const doc = readPlanText(
      "ĐẢNG ỦY PHƯỜNG TÂN HƯNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 57-BC/ĐU\nTân Hưng, ngày … tháng 12 năm 2025\nBÁO CÁO\nKết quả năm 2025\n",
    );
    expect(parseHeader(doc)).toMatchObject({
      issuer: "Đảng ủy phường Tân Hưng",
      number: "57-BC/ĐU",
      documentKind: "REPORT",
      issuedOn: null,
      year: 2025,
    });
  });

  it("gives null when there is no header line", () => {
    expect(parseHeader(readPlanText("Hôm nay trời đẹp.\nChúng tôi đi chơi."))).toBeNull();
  });
});

describe("parseIntro", () => {
  it("reads an introducing sentence broken over lines", () => {
    const doc = readPlanText(
      "Căn cứ Nghị quyết số 28/NQ-CP;\n\nỦy ban nhân dân Thành phố\nban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH",
    );
    expect(parseIntro(doc)).toMatchObject({
      issuer: "Ủy ban nhân dân Thành phố",
      intro: { text: "Ủy ban nhân dân Thành phố ban hành Kế hoạch như sau:", evidence: { fromLine: 3, toLine: 4 } },
    });
  });

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
