// Specification of tasks: groups by heading, one task per bullet or paragraph, codes, outputs.
import { describe, expect, it } from "vitest";
import { readPlanText } from "./sections.ts";
import { parseTasks, taskOutputs } from "./tasks.ts";

const TEXT = [
  "III. NHIỆM VỤ VÀ GIẢI PHÁP", // 1
  "1. Nhiệm vụ, giải pháp trọng tâm", // 2
  "- Triển khai có hiệu quả các Chương trình hành động.", // 3
  "- Tổ chức thành công cuộc bầu cử", // 4
  "đại biểu Quốc hội khóa XVI.", // 5
  "2. Nhiệm vụ, giải pháp cụ thể", // 6
  "2.1. Chỉ đạo triển khai Kế hoạch số 05/KH-UBND", // 7
  "Tổ chức triển khai thực hiện đầy đủ các nhiệm vụ.", // 8
  "2.2. Các giải pháp năm 2026", // 9
  "a) Lĩnh vực kinh tế, hạ tầng và đô thị", // 10
  "Các nhiệm vụ cụ thể như sau:", // 11
  "- Xây dựng Đề án “Chuyển đổi cơ cấu cây trồng”.", // 12
  "d) Lĩnh vực quốc phòng, an ninh", // 13
  "- Công tác quốc phòng, quân sự địa phương:", // 14
  "Duy trì nghiêm các chế độ trực sẵn sàng chiến đấu.", // 15
  "- Công tác bảo đảm an ninh trật tự:", // 16
  "+ Bảo vệ tuyệt đối an toàn các sự kiện.", // 17
  "+ Kéo giảm tội phạm.", // 18
  "(Các nhiệm vụ trọng tâm được phân công cụ thể theo Phụ lục 02 kèm theo)", // 19
  "IV. TỔ CHỨC THỰC HIỆN", // 20
  "1. Văn phòng", // 21
].join("\n");

describe("parseTasks", () => {
  const doc = readPlanText(TEXT);
  const { groups, tasks, annexes } = parseTasks(doc);

  it("groups tasks by heading with kind, area and place in the plan", () => {
    expect(groups.map((g) => [g.section, g.kind, g.area, g.title])).toEqual([
      ["III.1", "KEY", "GENERAL", "Nhiệm vụ, giải pháp trọng tâm"],
      ["III.2.1", "SPECIFIC", "GENERAL", "Chỉ đạo triển khai Kế hoạch số 05/KH-UBND"],
      ["III.2.2.a", "SPECIFIC", "ECONOMY", "Lĩnh vực kinh tế, hạ tầng và đô thị"],
      ["III.2.2.d", "SPECIFIC", "MILITARY", "Lĩnh vực quốc phòng, an ninh — Công tác quốc phòng, quân sự địa phương"],
      ["III.2.2.d", "SPECIFIC", "PUBLIC_ORDER", "Lĩnh vực quốc phòng, an ninh — Công tác bảo đảm an ninh trật tự"],
    ]);
  });

  it("makes one task per '-' or '+' bullet or plain paragraph, with codes", () => {
    expect(tasks.map((t) => [t.code, t.bullet, t.evidence.fromLine, t.evidence.toLine])).toEqual([
      ["TT.1", "-", 3, 3],
      ["TT.2", "-", 4, 5],
      ["2.1", null, 8, 8],
      ["a.1", "-", 12, 12],
      ["d.QS.1", null, 15, 15],
      ["d.AN.1", "+", 17, 17],
      ["d.AN.2", "+", 18, 18],
    ]);
    expect(tasks[1]?.content).toBe("Tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI.");
  });

  it("skips lead-ins, reads annex notes and leaves the next section alone", () => {
    expect(tasks.some((t) => t.content.includes("như sau"))).toBe(false);
    expect(annexes.map((a) => a.name)).toEqual(["Phụ lục 02"]);
    expect(doc.claimed[21]).toBe(0);
  });
});

describe("taskOutputs", () => {
  const titles = (content: string) => taskOutputs(content).map((o) => [o.kind, o.title]);

  it("lists what a task asks to make", () => {
    expect(titles("Hướng dẫn OCOP. Xây dựng Đề án “Chuyển đổi cơ cấu cây trồng”.")).toEqual([
      ["SCHEME", "Đề án “Chuyển đổi cơ cấu cây trồng”"],
    ]);
    expect(
      titles(
        "Xây dựng Kế hoạch thực hiện Nghị quyết số 71-NQ/TW, ngày 22/8/2025 của Bộ Chính trị về giáo dục, để nâng cao chất lượng.",
      ),
    ).toEqual([["PLAN", "Kế hoạch thực hiện Nghị quyết số 71-NQ/TW, ngày 22/8/2025 của Bộ Chính trị về giáo dục"]]);
  });

  it("splits a list of outputs and drops a stray closing quote", () => {
    expect(
      titles(
        "Xây dựng, triển khai Đề án “Phường an toàn” gắn với phong trào 2025- 2030”, mô hình “Tổ dân phố an toàn”, Kế hoạch số 3.",
      ),
    ).toEqual([
      ["SCHEME", "Đề án “Phường an toàn” gắn với phong trào 2025- 2030"],
      ["MODEL", "Mô hình “Tổ dân phố an toàn”"],
      ["PLAN", "Kế hoạch số 3"],
    ]);
  });

  it("reads programmes, reports and models", () => {
    expect(titles("Ban hành Chương trình hành động về chuyển đổi số; lập Báo cáo sơ kết 6 tháng.")).toEqual([
      ["PROGRAM", "Chương trình hành động về chuyển đổi số"],
      ["REPORT", "Báo cáo sơ kết 6 tháng"],
    ]);
    expect(titles("Xây dựng mô hình “Dân vận khéo” và Kế hoạch nhân rộng.")).toEqual([
      ["MODEL", "Mô hình “Dân vận khéo”"],
      ["PLAN", "Kế hoạch nhân rộng"],
    ]);
  });

  it("does not count documents only to be carried out, nor a kind word inside a title", () => {
    expect(titles("Triển khai thực hiện Chương trình hành động số 03-CTr/TU.")).toEqual([]);
    expect(titles("Thực hiện có hiệu quả Kế hoạch số 02-KH/BCĐTW.")).toEqual([]);
    expect(titles("Xây dựng Kế hoạch thực hiện Đề án “Xây dựng mô hình mới”.")).toEqual([
      ["PLAN", "Kế hoạch thực hiện Đề án “Xây dựng mô hình mới”"],
    ]);
  });
});
