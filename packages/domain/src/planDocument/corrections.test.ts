// Reviewed corrections: applied where the parser still reads what the reviewer saw, reported (not
// applied) where it no longer does; the parsed draft itself is left as it was.
import { describe, expect, it } from "vitest";
import { applyDraftCorrections, type DraftCorrection, describeCorrection } from "./corrections.ts";
import { parsePlanDocument } from "./parsePlanDocument.ts";

const text = [
  "II. MỤC TIÊU, CHỈ TIÊU",
  "1. Các chỉ tiêu chủ yếu",
  "a) Về kinh tế",
  "(1) Tổng giá trị sản phẩm tăng trên 10%.",
  "(2) Thu ngân sách đạt 100% dự toán; trong đó thu thuế đạt 95%.",
  "III. NHIỆM VỤ, GIẢI PHÁP",
  "1. Nhiệm vụ trọng tâm",
  "- Xây dựng Đề án chuyển đổi số của phường.",
].join("\n");

describe("applyDraftCorrections", () => {
  const draft = parsePlanDocument(text);
  const first = draft.indicators[0];

  it("changes the named field of an indicator, a sub-indicator, a task and an output", () => {
    const task = draft.tasks[0];
    const corrections: DraftCorrection[] = [
      { indicator: "1", field: "name", from: first?.name ?? "", to: "Tăng trưởng kinh tế" },
      { task: task?.code ?? "", field: "title", from: task?.title ?? "", to: "Chuyển đổi số" },
      {
        task: task?.code ?? "",
        output: 1,
        field: "title",
        from: task?.outputs[0]?.title ?? "",
        to: "Đề án chuyển đổi số",
      },
    ];
    const { draft: corrected, applied, stale } = applyDraftCorrections(draft, corrections);
    expect(stale).toEqual([]);
    expect(applied).toBe(3);
    expect(corrected.indicators[0]?.name).toBe("Tăng trưởng kinh tế");
    expect(corrected.tasks[0]?.title).toBe("Chuyển đổi số");
    expect(corrected.tasks[0]?.outputs[0]?.title).toBe("Đề án chuyển đổi số");
    expect(draft.indicators[0]?.name).toBe(first?.name);
  });

  it("reports, and does not apply, a correction whose `from` the parser no longer reads or whose item is gone", () => {
    const changed: DraftCorrection = { indicator: "1", field: "name", from: "Tên cũ", to: "Tên mới" };
    const gone: DraftCorrection = { indicator: "19", field: "name", from: "x", to: "y" };
    const { draft: corrected, applied, stale } = applyDraftCorrections(draft, [changed, gone]);
    expect(applied).toBe(0);
    expect(stale).toEqual([
      { correction: changed, found: first?.name },
      { correction: gone, found: null },
    ]);
    expect(corrected.indicators[0]?.name).toBe(first?.name);
    expect(describeCorrection(gone)).toBe("chỉ tiêu 19, name");
  });
});
