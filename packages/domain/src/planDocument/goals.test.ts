// Specification of purposes, requirements, theme and general objective.
import { describe, expect, it } from "vitest";
import { parseGoals } from "./goals.ts";
import { readPlanText } from "./sections.ts";

const TEXT = [
  "I. MỤC ĐÍCH, YÊU CẦU", // 1
  "1. Mục đích", // 2
  "a) Triển khai thực hiện nghiêm túc", // 3
  "kế hoạch của thành phố.", // 4
  "b) Cụ thể hóa các chỉ tiêu.", // 5
  "2. Yêu cầu", // 6
  "- Các phòng chuyên môn chủ động tham mưu.", // 7
  "II. MỤC TIÊU NĂM 2026", // 8
  "1. Chủ đề năm 2026", // 9
  "Triển khai chủ đề: **“Chủ động thực thi; phát huy động lực”**.", // 10
  "2. Mục tiêu tổng quát", // 11
  "Đẩy mạnh tăng trưởng kinh tế.", // 12
  "", // 13
  "Tăng cường phòng, chống thiên tai.", // 14
].join("\n");

describe("parseGoals", () => {
  const doc = readPlanText(TEXT);
  const goals = parseGoals(doc);

  it("reads the a), b) or '-' items of 'Mục đích' and 'Yêu cầu' without their marks, wrapped lines joined", () => {
    expect(goals.purposes.map((p) => [p.text, p.evidence.fromLine, p.evidence.toLine])).toEqual([
      ["Triển khai thực hiện nghiêm túc kế hoạch của thành phố.", 3, 4],
      ["Cụ thể hóa các chỉ tiêu.", 5, 5],
    ]);
    expect(goals.requirements.map((r) => r.text)).toEqual(["Các phòng chuyên môn chủ động tham mưu."]);
  });

  it("reads the quoted theme", () => {
    expect(goals.theme).toMatchObject({ text: "Chủ động thực thi; phát huy động lực", evidence: { fromLine: 10 } });
  });

  it("reads a theme quoted on its heading line", () => {
    const inline = parseGoals(readPlanText("II. MỤC TIÊU\n1. Chủ đề năm: “Kỷ cương, hiệu quả”"));
    expect(inline.theme?.text).toBe("Kỷ cương, hiệu quả");
  });

  it("reads the objective's paragraphs", () => {
    expect(goals.objective).toMatchObject({
      text: "Đẩy mạnh tăng trưởng kinh tế.\nTăng cường phòng, chống thiên tai.",
      evidence: { fromLine: 12, toLine: 14 },
    });
  });

  it("finds nothing in text without those sections", () => {
    expect(parseGoals(readPlanText("Điều 1. Ban hành quy chế."))).toEqual({
      purposes: [],
      requirements: [],
      theme: null,
      objective: null,
    });
  });
});
