// Specification of section IV: units and their duties.
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
