// Specification of the indicators block: groups, numbered items, sub-indicators, notes, and what
// does not count as an indicator.
import { describe, expect, it } from "vitest";
import { parseIndicators } from "./indicators.ts";
import { readPlanText } from "./sections.ts";

function read(lines: string[]) {
  const doc = readPlanText(lines.join("\n"));
  return { doc, ...parseIndicators(doc) };
}

describe("parseIndicators", () => {
  it("reads groups and their areas, items and their targets", () => {
    const { groups, indicators } = read([
      "II. MỤC TIÊU NĂM 2026",
      "3. Các chỉ tiêu chủ yếu",
      "a) Về phát triển kinh tế",
      "(1) Tỷ lệ giải ngân vốn đầu tư công đạt 100%.",
      "b) Về văn hóa - xã hội",
      "(2) Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96%.",
      "c) Về quốc phòng, an ninh",
      "(3) Giữ vững an ninh, không để xảy ra án đặc biệt nghiêm trọng.",
    ]);
    expect(groups.map((g) => [g.code, g.area])).toEqual([
      ["a", "ECONOMY"],
      ["b", "CULTURE_SOCIETY"],
      ["c", "DEFENCE_SECURITY"],
    ]);
    expect(indicators.map((i) => [i.code, i.group, i.area, i.name, i.targets[0]?.text])).toEqual([
      ["1", "a", "ECONOMY", "Tỷ lệ giải ngân vốn đầu tư công", "đạt 100%"],
      ["2", "b", "CULTURE_SOCIETY", "Tỷ lệ người dân tham gia bảo hiểm y tế", "đạt 96%"],
      ["3", "c", "PUBLIC_ORDER", "Giữ vững an ninh", "không để xảy ra án đặc biệt nghiêm trọng"],
    ]);
  });

  it("reads an item wrapped over 3 lines with bold markup", () => {
    const { indicators } = read([
      "3. Các chỉ tiêu chủ yếu",
      "(1) **Tổng giá trị sản phẩm**",
      "trên địa bàn tăng bình quân",
      "**trên 10%/năm**.",
      "(2) Thu nhập bình quân đầu người đạt 84,9 triệu đồng.",
    ]);
    expect(indicators).toHaveLength(2);
    expect(indicators[0]).toMatchObject({
      name: "Tổng giá trị sản phẩm trên địa bàn",
      sourceText: "(1) Tổng giá trị sản phẩm trên địa bàn tăng bình quân trên 10%/năm.",
      evidence: { fromLine: 2, toLine: 4 },
      targets: [{ comparator: "GT", value: 10, basis: "AVERAGE_ANNUAL_CHANGE", evidence: { fromLine: 3, toLine: 4 } }],
    });
  });

  it("gives codes by group when numbering restarts in each group", () => {
    const { indicators } = read([
      "3. Các chỉ tiêu chủ yếu",
      "a) Về kinh tế",
      "(1) Tỷ lệ giải ngân đạt 100%.",
      "(2) Thu ngân sách: hoàn thành kế hoạch thành phố giao; tăng 10%.",
      "b) Về văn hóa - xã hội",
      "(1) Tỷ lệ bảo hiểm y tế đạt 96%.",
    ]);
    expect(indicators.map((i) => [i.number, i.code])).toEqual([
      [1, "a.1"],
      [2, "a.2"],
      [1, "b.1"],
    ]);
    expect(indicators[1]?.subIndicators.map((s) => s.code)).toEqual(["a.2.1", "a.2.2"]);
  });

  it("reads sub-targets, applicability and notes in parentheses", () => {
    const { indicators } = read([
      "3. Các chỉ tiêu",
      "(1) Tổng giá trị sản phẩm tăng bình quân trên 10%/năm (trong đó công nghiệp-xây dựng \\geq 12%, dịch vụ \\geq 10%);",
      "(2) Tỷ lệ hộ nghèo giảm 50% trở lên (áp dụng cho năm 2027).",
      "(3) Phấn đấu có thêm 01 trường đạt chuẩn quốc gia (Trường Tiểu học Ngọc Sơn).",
    ]);
    const [growth, poverty, school] = indicators;
    expect(growth?.subIndicators).toMatchObject([
      {
        code: "1.1",
        name: "Công nghiệp-xây dựng",
        sourceText: "công nghiệp-xây dựng ≥ 12%",
        targets: [{ comparator: "GTE", value: 12, basis: "AVERAGE_ANNUAL_CHANGE", text: "≥ 12%" }],
      },
      { code: "1.2", name: "Dịch vụ", targets: [{ value: 10 }] },
    ]);
    expect(growth?.note).toBeNull();
    expect(poverty).toMatchObject({ applicableFromYear: 2027, note: "áp dụng cho năm 2027" });
    expect(school).toMatchObject({ name: "Trường đạt chuẩn quốc gia", note: "Trường Tiểu học Ngọc Sơn" });
  });

  it("makes each clause of a multi-clause item a sub-indicator, reading a clause without target words as ACHIEVED", () => {
    const { indicators } = read([
      "3. Các chỉ tiêu",
      "(1) Phấn đấu trên 97% gia đình đạt gia đình văn hóa; 100% Tổ dân phố đạt danh hiệu. Tổ chức tốt các hoạt động văn hóa.",
    ]);
    expect(indicators[0]?.targets).toEqual([]);
    expect(indicators[0]?.subIndicators).toMatchObject([
      { code: "1.1", name: "Tỷ lệ gia đình đạt gia đình văn hóa", targets: [{ comparator: "GT", value: 97 }] },
      { code: "1.2", name: "Tỷ lệ Tổ dân phố đạt danh hiệu", targets: [{ comparator: "EQ", value: 100 }] },
      {
        code: "1.3",
        sourceText: "Tổ chức tốt các hoạt động văn hóa.",
        targets: [{ kind: "QUALITATIVE", qualitativeKind: "ACHIEVED", confidence: 0.5 }],
      },
    ]);
  });

  it("reads the target after a colon, not a number in the name", () => {
    const { indicators } = read([
      "3. Các chỉ tiêu",
      "(1) Cơ sở giáo dục được trang bị ít nhất 1 phòng học thông minh: 01 cơ sở.",
    ]);
    expect(indicators[0]).toMatchObject({
      name: "Cơ sở giáo dục được trang bị ít nhất 1 phòng học thông minh",
      targets: [{ comparator: "EQ", value: 1, unit: "cơ sở", text: "01 cơ sở" }],
    });
  });

  it("does not take an inline list '(1) …; (2) …' in a sentence for indicators", () => {
    const { doc, indicators } = read([
      "3. Các chỉ tiêu chủ yếu",
      "Năm 2026 tập trung ba khâu: (1) hạ tầng; (2) nhân lực; (3) chuyển đổi số.",
      "(1) Tỷ lệ giải ngân đạt 100%.",
    ]);
    expect(indicators.map((i) => i.number)).toEqual([1]);
    expect(doc.unparsed).toMatchObject([{ fromLine: 2, toLine: 2 }]);
  });

  it("does not take a later '(1) Đến năm 2030' section for indicators", () => {
    const { indicators } = read([
      "II. MỤC TIÊU",
      "3. Các chỉ tiêu chủ yếu năm 2026",
      "(1) Tỷ lệ giải ngân đạt 100%.",
      "4. Định hướng đến năm 2030",
      "(1) Đến năm 2030, tỷ lệ đô thị hóa đạt 60%.",
      "III. NHIỆM VỤ",
      "(1) Đến năm 2030 hoàn thành hạ tầng.",
    ]);
    expect(indicators.map((i) => i.sourceText)).toEqual(["(1) Tỷ lệ giải ngân đạt 100%."]);
  });

  it("reads the lead-in and annex note, and reports a count that differs from the one announced", () => {
    const { doc, indicators, annexes } = read([
      "3. Các chỉ tiêu",
      "Năm 2026, phường phấn đấu hoàn thành 3 chỉ tiêu sau:",
      "(1) Tỷ lệ giải ngân đạt 100%.",
      "(2) Tỷ lệ bảo hiểm y tế đạt 96%.",
      "",
      "(Phân công thực hiện các chỉ tiêu cụ thể theo Phụ lục 01 kèm theo)",
    ]);
    expect(indicators).toHaveLength(2);
    expect(annexes).toMatchObject([{ name: "Phụ lục 01", evidence: { fromLine: 6 } }]);
    expect(doc.unparsed).toMatchObject([{ fromLine: 2, reason: "Văn bản nêu 3 chỉ tiêu nhưng chỉ đọc được 2" }]);
  });

  it("reports an item without content and gives no indicator without the block", () => {
    const { doc, indicators } = read(["3. Các chỉ tiêu", "(1)", "(2) Tỷ lệ giải ngân đạt 100%.", "(3) (chưa giao)."]);
    expect(indicators.map((i) => i.number)).toEqual([2]);
    expect(doc.unparsed).toMatchObject([
      { fromLine: 2, reason: "Chỉ tiêu không có nội dung" },
      { fromLine: 4, reason: "Chỉ tiêu không có nội dung" },
    ]);
    expect(read(["(1) Tỷ lệ giải ngân đạt 100%."]).indicators).toEqual([]);
  });
});
