// Specification of the outline (numbered headings and their spans) and of the areas of headings.
import { describe, expect, it } from "vitest";
import { areaOf, refineArea } from "./areas.ts";
import { readOutline, readPlanText, sectionPath } from "./sections.ts";

const PLAN = [
  "I. MỤC ĐÍCH, YÊU CẦU", // 1
  "1. Mục đích", // 2
  "a) Triển khai", // 3
  "III. NHIỆM VỤ VÀ GIẢI PHÁP", // 4
  "2. Nhiệm vụ, giải pháp cụ thể", // 5
  "2.2. Triển khai các giải pháp", // 6
  "d) Lĩnh vực quốc phòng, an ninh", // 7
  "- Công tác bảo đảm an ninh trật tự:", // 8
  "IV. TỔ CHỨC THỰC HIỆN", // 9
  "1. Văn phòng", // 10
  "- Chủ trì", // 11
  "Trên đây là Kế hoạch …", // 12
  "1. Không phải mục", // 13
];

describe("readOutline", () => {
  const outline = readOutline(PLAN);

  it("reads the levels I., 1., 2.1., a) and where each section ends", () => {
    expect(outline.headings.map((h) => [h.level, h.label, h.line, h.end])).toEqual([
      [1, "I", 1, 3],
      [2, "1", 2, 3],
      [4, "a", 3, 3],
      [1, "III", 4, 8],
      [2, "2", 5, 8],
      [3, "2.2", 6, 8],
      [4, "d", 7, 8],
      [1, "IV", 9, 11],
      [2, "1", 10, 11],
    ]);
  });

  it("stops at the closing part: nothing after 'Trên đây là' is a heading", () => {
    expect(outline.closingStart).toBe(12);
  });

  it("gives each heading its place in the plan", () => {
    expect(outline.headings.map(sectionPath)).toEqual([
      "I",
      "I.1",
      "I.1.a",
      "III",
      "III.2",
      "III.2.2",
      "III.2.2.d",
      "IV",
      "IV.1",
    ]);
  });

  it("has no headings in text without numbered sections", () => {
    expect(readOutline(["Xin chào", "", "Điều 1. Ban hành"]).headings).toEqual([]);
  });
});

describe("areas", () => {
  it("reads the area of a heading from its first area word", () => {
    expect(areaOf("Về phát triển kinh tế")).toBe("ECONOMY");
    expect(areaOf("Lĩnh vực văn hóa – xã hội")).toBe("CULTURE_SOCIETY");
    expect(areaOf("Lĩnh vực tư pháp, tiếp công dân, giải quyết tố cáo, khiếu nại")).toBe("JUSTICE");
    expect(areaOf("Về quốc phòng, an ninh; phòng, tư pháp, phòng, chống tham nhũng")).toBe("DEFENCE_SECURITY");
    expect(areaOf("Nhiệm vụ, giải pháp trọng tâm")).toBeNull();
  });

  it("reads 'kinh tế - xã hội' as the whole plan", () => {
    expect(areaOf("Triển khai các giải pháp phát triển kinh tế - xã hội, quốc phòng – an ninh")).toBe("GENERAL");
  });

  it("narrows defence and security to military, public order or justice", () => {
    expect(refineArea("DEFENCE_SECURITY", "Công tác quốc phòng, quân sự địa phương")).toBe("MILITARY");
    expect(refineArea("DEFENCE_SECURITY", "Công tác bảo đảm an ninh trật tự")).toBe("PUBLIC_ORDER");
    expect(refineArea("DEFENCE_SECURITY", "Phường đạt chuẩn tiếp cận pháp luật.")).toBe("JUSTICE");
    expect(refineArea("DEFENCE_SECURITY", "Nội dung chung")).toBe("DEFENCE_SECURITY");
    expect(refineArea("ECONOMY", "an ninh")).toBe("ECONOMY");
  });
});

describe("headings whose title wraps over lines", () => {
  it("joins a bold title until its bold closes, and starts the section after it", () => {
    const doc = readPlanText(
      ["**I. MỤC", "ĐÍCH, YÊU CẦU**", "", "**1. Mục đích**", "", "- Nâng cao nhận thức."].join("\n"),
    );
    const [section, purpose] = doc.outline.headings;
    expect(section).toMatchObject({ label: "I", title: "MỤC ĐÍCH, YÊU CẦU", line: 1, titleEnd: 2 });
    expect(purpose).toMatchObject({ label: "1", title: "Mục đích", line: 4, titleEnd: 4 });
  });

  it("joins a short heading paragraph broken mid-phrase, but not an item that goes on into a sentence", () => {
    const doc = readPlanText(
      [
        "1.1. Mục tiêu 1. Lĩnh vực",
        "chính trị",
        "",
        "2. Sở Y tế chủ trì triển khai kế hoạch,",
        "báo cáo kết quả hằng tháng.",
      ].join("\n"),
    );
    expect(doc.outline.headings.map((h) => [h.title, h.titleEnd])).toEqual([
      ["Mục tiêu 1. Lĩnh vực chính trị", 2],
      ["Sở Y tế chủ trì triển khai kế hoạch,", 4],
    ]);
  });

  it("joins the capital lines of a roman heading written without bold", () => {
    const doc = readPlanText(["II. NHIỆM VỤ VÀ", "GIẢI PHÁP CHỦ YẾU", "1. Nhiệm vụ"].join("\n"));
    expect(doc.outline.headings[0]).toMatchObject({ title: "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", titleEnd: 2 });
  });
});
