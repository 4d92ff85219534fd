// The compiled report as a workbook (exceljs): the indicator table, and the annexes Phụ lục 01
// (who carries out each indicator) and Phụ lục 02 (the key tasks). Figures stay numbers, shown the
// Vietnamese way by the spreadsheet program (84,9).
import { formatDate } from "@kehoach/domain";
import type ExcelJS from "exceljs";
import type { WardReportData } from "./wardReportData.ts";

/** Up to two decimals, thousands grouped: the program shows it with the reader's separators. */
const NUMBER_FORMAT = "#,##0.##";

function sheet(
  book: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: { header: string; width: number }[],
  rows: (string | number | null)[][],
) {
  const ws = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 2 }] });
  ws.columns = columns.map((c) => ({ width: c.width }));
  ws.addRow([title]).font = { bold: true, size: 13 };
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle" };
  for (const values of rows) {
    const row = ws.addRow(values);
    row.alignment = { wrapText: true, vertical: "top" };
    row.eachCell((cell) => {
      if (typeof cell.value === "number") cell.numFmt = NUMBER_FORMAT;
    });
  }
  return ws;
}

export async function wardReportXlsx(report: WardReportData): Promise<Buffer> {
  // Loaded with the first workbook, not at every start of the API (≈430 ms).
  const { default: Excel } = await import("exceljs");
  const book = new Excel.Workbook();
  book.creator = report.ward;
  book.title = report.title;
  sheet(
    book,
    "Chỉ tiêu",
    `${report.ward}: các chỉ tiêu chủ yếu, ${report.periodLabel}`,
    [
      { header: "Mã", width: 6 },
      { header: "Chỉ tiêu", width: 44 },
      { header: "Mục tiêu năm", width: 24 },
      { header: "Thực hiện trong kỳ", width: 14 },
      { header: "Lũy kế đến kỳ", width: 14 },
      { header: "Ước cả năm", width: 14 },
      { header: "Cùng kỳ năm trước", width: 14 },
      { header: "So với cùng kỳ", width: 22 },
      { header: "Đánh giá", width: 16 },
      { header: "Nhận xét", width: 50 },
    ],
    report.indicators.map((i) => [
      i.code,
      i.name,
      i.target,
      i.periodFigure ?? null,
      i.toDate,
      i.yearEstimate,
      i.samePeriodLastYear ?? null,
      i.comparedWithSamePeriod ?? null,
      i.status,
      i.evaluation,
    ]),
  );
  sheet(
    book,
    "Phụ lục 01",
    "Phụ lục 01: Phân công thực hiện các chỉ tiêu",
    [
      { header: "Mã", width: 6 },
      { header: "Chỉ tiêu", width: 50 },
      { header: "Đơn vị chủ trì", width: 30 },
      { header: "Đơn vị phối hợp", width: 40 },
    ],
    report.indicators.map((i) => [i.code, i.name, i.lead, i.cooperating]),
  );
  sheet(
    book,
    "Phụ lục 02",
    "Phụ lục 02: Phân công thực hiện các nhiệm vụ trọng tâm",
    [
      { header: "Mã", width: 8 },
      { header: "Nhiệm vụ", width: 50 },
      { header: "Đơn vị chủ trì", width: 28 },
      { header: "Đơn vị phối hợp", width: 32 },
      { header: "Tình trạng", width: 16 },
      { header: "% hoàn thành", width: 12 },
      { header: "Thời hạn", width: 12 },
    ],
    report.tasks
      .filter((t) => t.kind === "KEY")
      .map((t) => [
        t.code,
        t.title,
        t.lead,
        t.cooperating,
        t.status,
        t.percentDone,
        t.deadline ? formatDate(t.deadline, "vi") : null,
      ]),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
