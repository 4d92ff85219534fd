// Specification of what a section's title says it holds.
import { describe, expect, it } from "vitest";
import { isRoadmapTitle, isTaskTitle, isUnitTitle } from "./planParts.ts";

describe("section titles", () => {
  it("tells sections of tasks, whatever the words the plan uses", () => {
    for (const title of [
      "NHIỆM VỤ VÀ GIẢI PHÁP",
      "NHIỆM VỤ, GIẢI PHÁP, PHÂN CÔNG TRÁCH NHIỆM",
      "NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM",
      "NHIỆM VỤ CỤ THỂ",
      "CÁC NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
      "NỘI DUNG HOẠT ĐỘNG",
      "GIẢI PHÁP THỰC HIỆN",
      "MỤC TIÊU, NHIỆM VỤ",
    ]) {
      expect(isTaskTitle(title), title).toBe(true);
    }
    for (const title of [
      "MỤC ĐÍCH, YÊU CẦU",
      "KINH PHÍ THỰC HIỆN",
      "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025",
      "MỤC TIÊU",
    ]) {
      expect(isTaskTitle(title), title).toBe(false);
    }
  });

  it("tells sections of who does what, and roadmaps", () => {
    expect(
      ["TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN", "TỔ CHỨC TRIỂN KHAI"].map(isUnitTitle),
    ).toEqual([true, true, true, true]);
    expect(isUnitTitle("NHIỆM VỤ, GIẢI PHÁP, PHÂN CÔNG TRÁCH NHIỆM")).toBe(false);
    expect(isTaskTitle("PHÂN CÔNG NHIỆM VỤ")).toBe(false);
    expect(isRoadmapTitle("LỘ TRÌNH THỰC HIỆN")).toBe(true);
  });
});
