// Specification of the item tree read from crawled text, and of the plan's sections.
import { describe, expect, it } from "vitest";
import { annexSections, type Block, cleanLine, markOf, planSections, readBlocks } from "./blocks.ts";
import { normalizePlanText } from "./normalize.ts";

/** The reading of a text as the parsers get it: normalised lines, the raw lines for emphasis. */
function reading(text: string, marked = false) {
  return { lines: normalizePlanText(text), raw: text.split("\n"), marked };
}

const outline = (blocks: readonly Block[]): unknown[] =>
  blocks.map((b) => (b.children.length > 0 ? [`${b.label} ${b.text}`, outline(b.children)] : `${b.label} ${b.text}`));

describe("cleanLine", () => {
  it("drops emphasis marks the crawl leaves open, keeps a lone star", () => {
    expect(cleanLine("*Đơn vị chủ trì thực hiện: *Các")).toBe("Đơn vị chủ trì thực hiện: Các");
    expect(cleanLine("*2.1. Sở")).toBe("2.1. Sở");
    expect(cleanLine("Tỷ lệ = b/a * 100%")).toBe("Tỷ lệ = b/a * 100%");
  });
});

describe("markOf", () => {
  it("reads marks, a mark alone on its line included", () => {
    expect(markOf("1.", "")).toEqual({ kind: "number", label: "1", rest: "" });
    expect(markOf("2.1. Sở Tài chính", "")).toMatchObject({ kind: "decimal", label: "2.1" });
    expect(markOf("a. Lĩnh vực kinh tế", "")).toMatchObject({ kind: "letter", label: "a" });
    expect(markOf("III.", "")).toMatchObject({ kind: "roman", label: "III" });
  });

  it("does not take a line broken mid-sentence for an item", () => {
    expect(markOf("- 2025”;", "Chương trình … giai đoạn 2021")).toBeNull();
    expect(markOf("- xã hội, tổ chức xã hội", "các tổ chức chính trị")).toBeNull();
    expect(markOf("- Sở Y tế;", "Nơi nhận:")).not.toBeNull();
  });
});

describe("readBlocks", () => {
  it("nests items by their marks; a heading never goes under a bullet", () => {
    const text = [
      "1. Nhiệm vụ chung",
      "- Việc một.",
      "+ Việc nhỏ.",
      "2. Nhiệm vụ cụ thể",
      "a) Lĩnh vực kinh tế",
      "- Việc hai.",
      "b) Lĩnh vực xã hội",
      "Việc ba.",
    ].join("\n");
    expect(outline(readBlocks(reading(text), 1, 8))).toEqual([
      ["1 Nhiệm vụ chung", [["- Việc một.", ["+ Việc nhỏ."]]]],
      [
        "2 Nhiệm vụ cụ thể",
        [
          ["a Lĩnh vực kinh tế", ["- Việc hai."]],
          ["b Lĩnh vực xã hội", [" Việc ba."]],
        ],
      ],
    ]);
  });

  it("reads a crawled heading: the mark alone on its line, the bold title over two lines", () => {
    const text = [
      "**1.",
      "Công tác tham mưu, chỉ đạo triển khai**",
      "",
      "Đề nghị Ủy ban Mặt trận tổ chức quán triệt.",
    ].join("\n");
    const [heading] = readBlocks(reading(text, true), 1, 4);
    expect(heading).toMatchObject({ kind: "number", label: "1", emphasized: true, fromLine: 1, toLine: 2 });
    expect(heading?.text).toBe("Công tác tham mưu, chỉ đạo triển khai");
    expect(heading?.children.map((c) => c.text)).toEqual(["Đề nghị Ủy ban Mặt trận tổ chức quán triệt."]);
  });

  it("joins a sentence a blank line broke, and a bold title broken the same way", () => {
    const text = [
      "- Đơn vị phối hợp: Văn phòng UBND tỉnh; các cơ quan, đơn vị, địa phương",
      "",
      "liên quan.",
      "",
      "**3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp**",
      "",
      "**Phụ nữ Thành phố**",
    ].join("\n");
    expect(readBlocks(reading(text, true), 1, 7).map((b) => b.text)).toEqual([
      "Đơn vị phối hợp: Văn phòng UBND tỉnh; các cơ quan, đơn vị, địa phương liên quan.",
      "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp Phụ nữ Thành phố",
    ]);
  });

  it("tells a title from the text right under it", () => {
    const bold = readBlocks(reading("**1. Sở Y tế**\nChủ trì, phối hợp với Sở Tư pháp.", true), 1, 2);
    expect(outline(bold)).toEqual([["1 Sở Y tế", [" Chủ trì, phối hợp với Sở Tư pháp."]]]);
    const plain = readBlocks(
      reading("2.1. Chỉ đạo triển khai Kế hoạch số 05/KH-UBND\nTổ chức triển khai thực hiện."),
      1,
      2,
    );
    expect(outline(plain)).toEqual([
      ["2.1 Chỉ đạo triển khai Kế hoạch số 05/KH-UBND", [" Tổ chức triển khai thực hiện."]],
    ]);
    const wrapped = readBlocks(reading("5. Giao Sở Nông nghiệp và\nMôi trường chủ trì theo dõi.", true), 1, 2);
    expect(outline(wrapped)).toEqual(["5 Giao Sở Nông nghiệp và Môi trường chủ trì theo dõi."]);
  });

  it("starts a decision's article on its own line, under nothing", () => {
    const blocks = readBlocks(reading("Điều 1. Phê duyệt:\n1. Mục tiêu\n- Việc một.\nĐiều 2. Giao Sở Y tế."), 1, 4);
    expect(outline(blocks)).toEqual([" Điều 1. Phê duyệt:", ["1 Mục tiêu", ["- Việc một."]], " Điều 2. Giao Sở Y tế."]);
  });

  it("starts a note on its own line: “(… Phụ lục 02 …)”", () => {
    const blocks = readBlocks(reading("+ Kéo giảm tội phạm.\n(Chi tiết tại Phụ lục 02 kèm theo)"), 1, 2);
    expect(outline(blocks)).toEqual([["+ Kéo giảm tội phạm.", [" (Chi tiết tại Phụ lục 02 kèm theo)"]]]);
  });
});

describe("planSections", () => {
  it("finds sections whose numeral or title wraps, each up to the next or to the closing part", () => {
    const text = [
      "I. MỤC", // 1
      "ĐÍCH, YÊU CẦU", // 2
      "Nội dung.", // 3
      "III.", // 4
      "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", // 5
      "1. Việc một.", // 6
      "Trên đây là Kế hoạch …", // 7
      "Nơi nhận:", // 8
    ].join("\n");
    expect(planSections(reading(text))).toEqual([
      { label: "I", title: "MỤC ĐÍCH, YÊU CẦU", line: 1, titleEnd: 2, end: 3 },
      { label: "III", title: "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", line: 4, titleEnd: 5, end: 6 },
    ]);
  });

  it("reads parts lettered “A.”, “B.” when there is no roman section", () => {
    const text = ["A. MỤC ĐÍCH", "Nội dung.", "", "B. NHIỆM VỤ CỤ THỂ", "- Việc một."].join("\n");
    expect(planSections(reading(text)).map((s) => [s.label, s.title, s.end])).toEqual([
      ["A", "MỤC ĐÍCH", 3],
      ["B", "NHIỆM VỤ CỤ THỂ", 5],
    ]);
  });

  it("finds the annexes after the body with their titles", () => {
    const text = ["KT. CHỦ TỊCH", "", "PHỤ LỤC 02", "", "DANH MỤC NHIỆM VỤ", "", "1. Việc một."].join("\n");
    expect(annexSections(reading(text), 1)).toEqual([
      { label: "PL02", title: "DANH MỤC NHIỆM VỤ", line: 3, titleEnd: 5, end: 7 },
    ]);
  });
});
