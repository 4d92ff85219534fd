// Specification of pipe tables as crawled (one cell per line) and of annex task tables.
import { describe, expect, it } from "vitest";
import { columnOf, pipeTables, taskTables } from "./annexTable.ts";
import { normalizePlanText } from "./normalize.ts";

const tablesOf = (text: string) => pipeTables(normalizePlanText(text), text.split("\n"));
const cells = (text: string) => tablesOf(text).map((table) => table.rows.map((row) => row.map((cell) => cell.text)));

// A task annex as crawled: "**I**" / "**NHÓM …**" is a group row of merged cells.
const ANNEX = [
  "**PHỤ LỤC**",
  "",
  "|",
  "**STT**",
  "|",
  "**Nội dung nhiệm vụ**",
  "|",
  "**Đơn vị chủ trì**",
  "|",
  "**Đơn vị phối hợp**",
  "|",
  "**Thời gian hoàn thành**",
  "|",
  "**Sản phẩm**",
  "|",
  "|",
  "**I**",
  "|",
  "**NHÓM GIẢI PHÁP VỀ",
  "CƠ CHẾ CHÍNH SÁCH**",
  "|",
  "|",
  "1",
  "|",
  "Rà soát các cơ chế, chính sách",
  "khuyến khích xã hội hóa.",
  "|",
  "Sở Tài chính",
  "|",
  "Sở Công Thương; Ban Quản lý khu Kinh tế",
  "|",
  "Quý IV/2025",
  "|",
  "Báo cáo rà soát",
  "|",
  "|",
  "2",
  "|",
  "Đề xuất giải pháp cải thiện môi trường đầu tư.",
  "|",
  "Sở Tài chính",
  "|",
  "|",
  "Thường xuyên",
  "|",
  "-",
  "|",
  "",
  "Nội dung sau bảng.",
].join("\n");

describe("pipeTables", () => {
  it("reads rows of one cell per line, a row of merged cells and an empty cell", () => {
    expect(cells(ANNEX)).toEqual([
      [
        ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
        ["I", "NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH"],
        [
          "1",
          "Rà soát các cơ chế, chính sách khuyến khích xã hội hóa.",
          "Sở Tài chính",
          "Sở Công Thương; Ban Quản lý khu Kinh tế",
          "Quý IV/2025",
          "Báo cáo rà soát",
        ],
        ["2", "Đề xuất giải pháp cải thiện môi trường đầu tư.", "Sở Tài chính", "", "Thường xuyên", "-"],
      ],
    ]);
    const [table] = tablesOf(ANNEX);
    expect(table).toMatchObject({ fromLine: 3, toLine: 47 });
  });

  it("reads an empty cell written as a blank line, and ends the table at a blank line after it", () => {
    const text = [
      "|",
      "STT",
      "|",
      "Nội dung",
      "|",
      "Chủ trì",
      "|",
      "|",
      "1",
      "|",
      "",
      "|",
      "Sở Y tế",
      "|",
      "",
      "Sau bảng.",
    ];
    expect(cells(text.join("\n"))).toEqual([
      [
        ["STT", "Nội dung", "Chủ trì"],
        ["1", "", "Sở Y tế"],
      ],
    ]);
  });

  it("reads a markdown table, one row per line", () => {
    const text = ["| STT | Nhiệm vụ | Chủ trì |", "|---|---|---|", "| 1 | Xây dựng kế hoạch | Sở Y tế |"].join("\n");
    expect(cells(text)).toEqual([
      [
        ["STT", "Nhiệm vụ", "Chủ trì"],
        ["1", "Xây dựng kế hoạch", "Sở Y tế"],
      ],
    ]);
  });
});

describe("columnOf", () => {
  it("tells what a header says its column holds", () => {
    expect(["TT", "NHIỆM VỤ VÀ GIẢI PHÁP", "CHỦ TRÌ", "PHỐI HỢP", "THỜI GIAN", "Kết quả đầu ra"].map(columnOf)).toEqual(
      ["stt", "content", "lead", "cooperating", "deadline", "output"],
    );
    expect(["Cơ quan, đơn vị thực hiện", "Thời hạn hoàn thành", "Ghi chú", "Chỉ tiêu"].map(columnOf)).toEqual([
      "lead",
      "deadline",
      null,
      null,
    ]);
  });
});

describe("taskTables", () => {
  it("reads each row as a task with its lead, partners, deadline and output, in its group", () => {
    expect(taskTables(tablesOf(ANNEX))).toMatchObject([
      {
        tasks: [
          {
            number: "1",
            content: "Rà soát các cơ chế, chính sách khuyến khích xã hội hóa.",
            lead: "Sở Tài chính",
            cooperating: "Sở Công Thương; Ban Quản lý khu Kinh tế",
            deadline: "Quý IV/2025",
            output: "Báo cáo rà soát",
            groups: [{ label: "I", title: "NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH" }],
            evidence: { fromLine: 23, toLine: 34 },
          },
          { number: "2", lead: "Sở Tài chính", cooperating: null, deadline: "Thường xuyên", output: null },
        ],
      },
    ]);
  });

  it("groups rows under a numbered row that has sub-rows and no unit", () => {
    const text = [
      "| TT | Nội dung | Cơ quan chủ trì | Thời gian |",
      "| 1 | Chuyển đổi số | | |",
      "| 1.1 | Số hóa hồ sơ | Sở Nội vụ | 2026 |",
      "| 1.2 | Cổng dịch vụ công | Văn phòng UBND | 2026 |",
    ].join("\n");
    expect(taskTables(tablesOf(text))[0]?.tasks.map((t) => [t.number, t.groups.map((g) => g.title)])).toEqual([
      ["1.1", ["Chuyển đổi số"]],
      ["1.2", ["Chuyển đổi số"]],
    ]);
  });

  it("leaves tables that are not about tasks", () => {
    const text = ["| TT | Chỉ tiêu | ĐVT | Năm 2026 |", "| 1 | Diện tích | Ha | 27.000 |"].join("\n");
    expect(taskTables(tablesOf(text))).toEqual([]);
  });
});
