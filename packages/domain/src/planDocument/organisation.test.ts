// Specification of the units a plan gives duties to: section IV ("TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG
// NHIỆM VỤ"), the headings of the tasks sections that name a unit, and a decision's articles.
import { describe, expect, it } from "vitest";
import { parseUnits } from "./organisation.ts";
import { readPlanText } from "./sections.ts";

describe("parseUnits", () => {
  it("reads numbered units with their bullets, a one-sentence assignment, and requests", () => {
    const doc = readPlanText(
      [
        "IV. TỔ CHỨC THỰC HIỆN", // 1
        "1. Giao các đồng chí lãnh đạo Ủy ban nhân dân phường theo lĩnh vực được phân công", // 2
        "trực tiếp chỉ đạo việc triển khai thực hiện.", // 3
        "2. Văn phòng HĐND và UBND phường", // 4
        "- Chủ trì, tham mưu xây dựng kế hoạch.", // 5
        "- Đăng tải nội dung Kế hoạch.", // 6
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường", // 7
        "- Tổ chức phổ biến, tuyên truyền.", // 8
      ].join("\n"),
    );
    expect(parseUnits(doc)).toMatchObject([
      {
        code: "IV.1",
        name: "Lãnh đạo Ủy ban nhân dân phường",
        requested: false,
        duties: [
          {
            text: "Giao các đồng chí lãnh đạo Ủy ban nhân dân phường theo lĩnh vực được phân công trực tiếp chỉ đạo việc triển khai thực hiện.",
          },
        ],
        evidence: { fromLine: 2, toLine: 3 },
      },
      {
        code: "IV.2",
        name: "Văn phòng HĐND và UBND phường",
        duties: [
          { text: "Chủ trì, tham mưu xây dựng kế hoạch.", evidence: { fromLine: 5 } },
          { text: "Đăng tải nội dung Kế hoạch." },
        ],
      },
      { code: "IV.3", name: "Ủy ban Mặt trận Tổ quốc Việt Nam phường", requested: true },
    ]);
    expect(doc.unparsed).toEqual([]);
  });

  it("reads unnumbered assignment sentences and reports one that names no unit", () => {
    const doc = readPlanText(
      [
        "IV. TỔ CHỨC THỰC HIỆN",
        "Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì theo dõi.",
        "",
        "Kế hoạch này có hiệu lực.",
      ].join("\n"),
    );
    expect(parseUnits(doc)).toMatchObject([{ code: "IV.1", name: "Phòng Kinh tế, Hạ tầng và Đô thị" }]);
    expect(doc.unparsed).toMatchObject([{ fromLine: 4, reason: "Không nhận ra đơn vị được giao nhiệm vụ" }]);
  });

  it("finds no unit without the section", () => {
    expect(parseUnits(readPlanText("Giao Phòng Kinh tế chủ trì."))).toEqual([]);
  });
});

describe("parseUnits on plans of the genre as crawled", () => {
  const units = (text: string) =>
    parseUnits(readPlanText(text), text).map((u) => [u.code, u.name, u.requested, u.duties.length]);

  it("reads units named by sentences, by “Unit: duty” bullets and by lettered items under a topic", () => {
    const text = [
      "**IV. TỔ CHỨC", // 1
      "THỰC HIỆN**", // 2
      "", // 3
      "**1. Căn cứ Kế hoạch này,", // 4
      "các Sở, ban, ngành, đoàn thể cấp tỉnh, Ủy ban nhân dân xã, phường xây dựng kế hoạch.**", // 5
      "", // 6
      "**2**. Sở Tài chính chủ trì,", // 7
      "phối hợp với các Sở, ban, ngành bố trí kinh phí.", // 8
      "", // 9
      "3. Phân công cụ thể", // 10
      "", // 11
      "a) Sở Y tế:", // 12
      "- Hướng dẫn chuyên môn.", // 13
      "b) Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh", // 14
      "- Phối hợp điều tra, truy tố, xét xử.", // 15
    ].join("\n");
    expect(units(text)).toEqual([
      ["IV.1", "Các Sở, ban, ngành, đoàn thể cấp tỉnh", false, 1],
      ["IV.1", "Ủy ban nhân dân xã, phường", false, 1],
      ["IV.2", "Sở Tài chính", false, 1],
      ["IV.3.a", "Sở Y tế", false, 1],
      ["IV.3.b", "Viện kiểm sát nhân dân tỉnh", true, 1],
      ["IV.3.b", "Tòa án nhân dân tỉnh", true, 1],
    ]);
  });

  it("reads “- Unit: duty” bullets", () => {
    const text = [
      "V. TỔ CHỨC THỰC HIỆN",
      "- Công an tỉnh: theo dõi, đôn đốc việc thực hiện.",
      "- Sở Tài chính: bố trí kinh phí.",
    ].join("\n");
    expect(units(text)).toEqual([
      ["V.1", "Công an tỉnh", false, 1],
      ["V.2", "Sở Tài chính", false, 1],
    ]);
  });

  it("reads “PHÂN CÔNG NHIỆM VỤ”, with the bodies a duty starts with", () => {
    const text = [
      "IV. PHÂN CÔNG NHIỆM VỤ",
      "1.",
      "Công an thành phố",
      "",
      "a) Chủ trì, phối hợp",
      "- Sở Xây dựng, Sở Tài chính tổ chức rà soát cơ sở vật chất.",
    ].join("\n");
    expect(units(text)).toEqual([
      ["IV.1", "Công an thành phố", false, 2],
      ["IV.1", "Sở Xây dựng", false, 1],
      ["IV.1", "Sở Tài chính", false, 1],
    ]);
  });

  it("reads the units a tasks section names; one named in the organisation too is read there, with both duties", () => {
    const text = [
      "II. NỘI DUNG THỰC HIỆN",
      "1. Sở Y tế",
      "a) Chủ trì triển khai kế hoạch.",
      "2. Sở Tài chính",
      "Bố trí kinh phí.",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Sở Y tế",
      "Chủ trì theo dõi, đôn đốc.",
    ].join("\n");
    expect(units(text)).toEqual([
      ["II.2", "Sở Tài chính", false, 1],
      ["III.1", "Sở Y tế", false, 2],
    ]);
  });

  it("reads a decision's article that gives a unit the plan, not the one on who executes it", () => {
    const text = [
      "QUYẾT ĐỊNH:",
      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xuất khẩu.",
      "",
      "Điều 2. Giao Sở Công Thương chủ trì, phối hợp với các Sở triển khai Kế hoạch này.",
      "",
      "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này.",
    ].join("\n");
    expect(units(text)).toEqual([["Điều 2", "Sở Công Thương", false, 1]]);
  });
});
