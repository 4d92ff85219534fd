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

  it("reads a crawled block: a table cell per line, a title line broken, an annex after the name", () => {
    const doc = readPlanText(
      [
        "Trên đây là Kế hoạch thực hiện", // 1
        "Chỉ thị số 27/CT-TTg./.", // 2
        "", // 3
        "|", // 4
        "*Nơi nhận:*", // 5
        "- Thường trực Tỉnh ủy;", // 6
        "- VPUB: CVP, các PCVP, các Phòng: ĐTQH,", // 7
        "TH, KGVX;", // 8
        "- Lưu: VT, KGVX.", // 9
        "|", // 10
        "**TM. ỦY BAN", // 11
        "NHÂN DÂN**", // 12
        "KT. CHỦ TỊCH", // 13
        "**PHÓ CHỦ TỊCH**", // 14
        "**Huỳnh Minh Tuấn**", // 15
        "|", // 16
        "", // 17
        "**PHỤ LỤC**", // 18
        "Sở Khoa Học Công Nghệ", // 19
      ].join("\n"),
    );
    const closing = parseClosing(doc, 1, []);
    expect(closing.recipients.map((r) => r.text)).toEqual([
      "Thường trực Tỉnh ủy",
      "VPUB: CVP, các PCVP, các Phòng: ĐTQH, TH, KGVX",
      "Lưu: VT, KGVX",
    ]);
    expect(closing.signer).toEqual({
      name: "Huỳnh Minh Tuấn",
      title: "TM. Ủy ban nhân dân – KT. Chủ tịch – Phó chủ tịch",
      evidence: { fromLine: 11, toLine: 15 },
      confidence: 0.9,
    });
    expect(closing.closingRemarks).toEqual([
      {
        text: "Trên đây là Kế hoạch thực hiện Chỉ thị số 27/CT-TTg./.",
        evidence: { fromLine: 1, toLine: 2 },
        confidence: 0.9,
      },
    ]);
    expect(doc.claimed[18]).toBe(0);
  });

  it("reads a decision signed before the plan it issues", () => {
    const doc = readPlanText(
      [
        "Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.", // 1
        "Nơi nhận:", // 2
        "- Như Điều 3;", // 3
        "KT. BỘ TRƯỞNG", // 4
        "THỨ TRƯỞNG", // 5
        "Tạ Quang Đông", // 6
        "KẾ HOẠCH", // 7
        "I. MỤC ĐÍCH, YÊU CẦU", // 8
        "1. Mục đích", // 9
      ].join("\n"),
    );
    expect(parseClosing(doc, 10, []).signer).toMatchObject({
      name: "Tạ Quang Đông",
      title: "KT. Bộ trưởng – Thứ trưởng",
      evidence: { fromLine: 4, toLine: 6 },
    });
  });

  it("reads a PDF's lines, where the two columns run into one line", () => {
    const doc = readPlanText(
      ["Nơi nhận: KT. CHỦ TỊCH", "- Văn phòng Chính phủ; PHÓ CHỦ TỊCH", "- Lưu: VT, NC.", "", "Lê Trường Sơn"].join(
        "\n",
      ),
    );
    const closing = parseClosing(doc, 1, []);
    expect(closing.recipients.map((r) => r.text)).toEqual(["Văn phòng Chính phủ", "Lưu: VT, NC"]);
    expect(closing.signer).toMatchObject({ name: "Lê Trường Sơn", title: "KT. Chủ tịch – Phó chủ tịch" });
  });

  it("reads a block held in one markdown table row", () => {
    const doc = readPlanText(
      "| *Nơi nhận:*<br>- Bộ Công Thương;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN TỈNH SƠN LA<br>CHỦ TỊCH**<br><br>**Nguyễn Thành Công** |",
    );
    const closing = parseClosing(doc, 1, ["Sơn La"]);
    expect(closing.recipients.map((r) => r.text)).toEqual(["Bộ Công Thương", "Lưu: VT"]);
    expect(closing.signer).toMatchObject({
      name: "Nguyễn Thành Công",
      title: "TM. Ủy ban nhân dân tỉnh Sơn La – Chủ tịch",
    });
  });

  it("reads 'T/M' for 'TM.' and a name followed by its signature note", () => {
    const doc = readPlanText("T/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An (đã ký)");
    expect(parseClosing(doc, 1, []).signer).toMatchObject({
      name: "Nguyễn Văn An",
      title: "TM. Ủy ban nhân dân – Chủ tịch",
    });
  });
});
