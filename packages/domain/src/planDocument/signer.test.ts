// Specification of the closing part: remarks, recipients and signature.
import { describe, expect, it } from "vitest";
import { readPlanText } from "./sections.ts";
import { parseClosing } from "./signer.ts";

describe("parseClosing", () => {
  it("reads remarks, recipients, the signer's title lines and name", () => {
    const doc = readPlanText(
      [
        "Trên đây là Kế hoạch …", // 1
        "Nơi nhận:", // 2
        "- UBND thành phố;", // 3
        "- Lưu: VT, VP.", // 4
        "**TM. ỦY BAN NHÂN DÂN PHƯỜNG TÂN HƯNG", // 5
        "CHỦ TỊCH**", // 6
        "(Đã ký)", // 7
        "Vũ Công Thảo", // 8
      ].join("\n"),
    );
    const closing = parseClosing(doc, 1, ["Tân Hưng"]);
    expect(closing.closingRemarks.map((r) => r.text)).toEqual(["Trên đây là Kế hoạch …"]);
    expect(closing.recipients.map((r) => r.text)).toEqual(["UBND thành phố", "Lưu: VT, VP"]);
    expect(closing.signer).toEqual({
      name: "Vũ Công Thảo",
      title: "TM. Ủy ban nhân dân phường Tân Hưng – Chủ tịch",
      evidence: { fromLine: 5, toLine: 8 },
      confidence: 0.9,
    });
    expect([...doc.claimed.slice(1)]).toEqual(Array(8).fill(1));
  });

  it("reads a deputy's signature and a name in capitals", () => {
    const doc = readPlanText("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNGUYỄN VĂN AN");
    expect(parseClosing(doc, 1, []).signer).toMatchObject({
      name: "Nguyễn Văn An",
      title: "KT. Chủ tịch – Phó chủ tịch",
    });
  });

  it("finds no signer without a signature block", () => {
    expect(parseClosing(readPlanText("Xin cảm ơn.\nHẹn gặp lại."), 1, []).signer).toBeNull();
  });
});
