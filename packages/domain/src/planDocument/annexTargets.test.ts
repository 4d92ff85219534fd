import { describe, expect, it } from "vitest";
import { parseAnnexTargets } from "./annexTargets.ts";
import { normalizePlanText } from "./normalize.ts";

/** The targets of a text given as its lines, as the parser reads them (normalised and as written). */
const read = (lines: string[]) => parseAnnexTargets(normalizePlanText(lines.join("\n")), lines, 0);

/** Rows as a crawler writes them: "|" alone before each cell and after the last, an empty cell "|" "|". */
const crawled = (rows: string[][]) =>
  rows.flatMap((row) => ["|", ...row.flatMap((cell) => (cell ? [cell, "|"] : ["|"]))]);
const targetsOf = (lines: string[]) =>
  read(lines).indicators.map((i) => [
    i.name,
    i.targets.map((t) => `${t.comparator} ${t.value} ${t.unit} ${t.direction}`),
  ]);

describe("parseAnnexTargets", () => {
  it("reads a crawled table of targets: a numbered row gathers its '-' rows, a roman row is a group", () => {
    const lines = crawled([
      ["**TT**", "**Chỉ tiêu**", "**ĐVT**", "**Năm 2025**", "**Năm 2030**"],
      ["**I**", "**CÂY CÔNG NGHIỆP**", "", "", ""],
      ["1", "Cà phê", "", "", ""],
      ["-", "Diện tích", "Ha", "26.120", "30.000"],
      ["-", "Sản lượng", "Tấn", "37.724", "54.468"],
      ["II", "BÒ SỮA", "", "", ""],
      ["-", "Tổng đàn", "Con", "28.010", "29.000"],
      ["", "Tổng cộng", "", "", "100"],
    ]);
    expect(targetsOf(lines)).toEqual([
      ["Cà phê", ["EQ 30000 Ha INCREASE", "EQ 54468 Tấn INCREASE"]],
      ["BÒ SỮA", ["EQ 29000 Con INCREASE"]],
    ]);
    const { groups } = read(lines);
    expect(groups.map((g) => g.title)).toEqual(["CÂY CÔNG NGHIỆP", "BÒ SỮA"]);
  });

  it("reads columns repeated under each year with their units, and the direction of the figures", () => {
    const lines = crawled([
      ["TT", "Sản phẩm", "Kế hoạch 2026", "Kế hoạch 2030"],
      ["Lượng (Tấn)", "Giá trị (Nghìn USD)", "Lượng (Tấn)", "Giá trị (Nghìn USD)"],
      ["1", "Xi măng", "20.000", "3.000", "16.000", "2.600"],
      ["2", "Sữa", "", "30.000", "", "35.000"],
    ]);
    expect(targetsOf(lines)).toEqual([
      ["Xi măng", ["EQ 16000 Tấn DECREASE", "EQ 2600 Nghìn USD DECREASE"]],
      ["Sữa", ["EQ 35000 Nghìn USD INCREASE"]],
    ]);
  });

  it("reads a Word table written as markdown rows, and leaves a task table alone", () => {
    expect(
      targetsOf([
        "| TT | Chỉ tiêu | ĐVT | Năm 2030 |",
        "|---|---|---|---|",
        "| 1 | Tỷ lệ hộ dùng nước sạch | % | 100 |",
      ]),
    ).toEqual([["Tỷ lệ hộ dùng nước sạch", ["EQ 100 % INCREASE"]]]);
    expect(
      targetsOf(["| STT | Nội dung | Đơn vị chủ trì | Thời gian |", "| 1 | Tuyên truyền | Sở Y tế | 2026 |"]),
    ).toEqual([]);
  });
});
