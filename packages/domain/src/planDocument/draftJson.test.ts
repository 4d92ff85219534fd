// Specification of the JSON form of a draft.
import { describe, expect, it } from "vitest";
import { planDraftToJson } from "./draftJson.ts";
import { parsePlanDocument } from "./parsePlanDocument.ts";

const PLAN = [
  "KẾ HOẠCH",
  "Phát triển kinh tế - xã hội năm 2026",
  "",
  "II. MỤC TIÊU",
  "3. Các chỉ tiêu chủ yếu",
  "a) Về phát triển kinh tế",
  "(1) Tổng giá trị sản phẩm tăng bình quân trên 10%/năm (trong đó dịch vụ ≥ 10%);",
  "(2) Số hộ kinh doanh: 5.400 - 5.500 hộ.",
  "(3) Tỷ lệ hộ nghèo dưới 1%; không quá 2% hộ cận nghèo; khoảng 14 tỷ đồng; đạt 96%; bằng 100%.",
  "(4) Phường đạt chuẩn tiếp cận pháp luật.",
].join("\n");

describe("planDraftToJson", () => {
  const json = planDraftToJson(parsePlanDocument(PLAN));

  it("lists indicators flat with their number, group and name", () => {
    expect(json.format).toBe("kehoach.plan-draft/1");
    expect(json.indicators.map((i) => [i.number, i.group, i.name])).toEqual([
      [1, "a", "Tổng giá trị sản phẩm"],
      [2, "a", "Số hộ kinh doanh"],
      [3, "a", "Tỷ lệ hộ nghèo"],
      [4, "a", "Phường đạt chuẩn tiếp cận pháp luật"],
    ]);
  });

  it("writes comparators in lower case", () => {
    const comparators = json.indicators.flatMap((i) =>
      [...i.targets, ...i.subIndicators.flatMap((s) => s.targets)].map((t) => t.comparator),
    );
    expect(comparators).toEqual(["gt", "gte", "range", "lt", "lte", "approx", "eq", "eq", null]);
    expect(json.indicators[1]?.targets[0]).toMatchObject({ min: 5400, max: 5500, value: null, unit: "hộ" });
    expect(json.indicators[0]?.targets[0]).toMatchObject({
      value: 10,
      unit: "%",
      direction: "INCREASE",
      text: "tăng bình quân trên 10%/năm",
    });
  });

  it("gives the missing parts with their Vietnamese message, and survives JSON.stringify", () => {
    expect(json.missing).toContainEqual({
      part: "tasks",
      message: "Không tìm thấy nhiệm vụ, giải pháp (phần “NHIỆM VỤ VÀ GIẢI PHÁP”).",
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
