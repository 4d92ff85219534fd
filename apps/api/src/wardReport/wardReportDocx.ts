// The compiled report as a Word document (docx) in the layout of administrative documents (Nghị
// định 30/2020/NĐ-CP): issuing body and number on the left, the national title and motto on the
// right, place and date, the title, the body in Times New Roman 13 pt, then "Nơi nhận" and the signer.
import { formatDate, formatNumber } from "@kehoach/domain";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Figure, WardReportData, WardReportLine } from "./wardReportData.ts";

const FONT = "Times New Roman";
/** Half-points: 13 pt body, 12 pt tables and the receivers' block. */
const BODY = 26;
const SMALL = 24;

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function text(value: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) {
  return new TextRun({ text: value, font: FONT, size: o.size ?? BODY, bold: o.bold, italics: o.italics });
}

function para(
  value: string,
  o: { bold?: boolean; italics?: boolean; center?: boolean; left?: boolean; size?: number; indent?: boolean } = {},
) {
  return new Paragraph({
    children: [text(value, o)],
    alignment: o.center ? AlignmentType.CENTER : o.left ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    spacing: { after: 80 },
    indent: o.indent ? { firstLine: 567 } : undefined,
  });
}

function cell(lines: Paragraph[], width: number) {
  return new TableCell({ children: lines, width: { size: width, type: WidthType.PERCENTAGE } });
}

/** "Phường Tân Hưng" → "phường Tân Hưng", "Về phát triển…" → "về phát triển…" inside a sentence. */
const lowerFirst = (text: string) => text.replace(/^./, (c) => c.toLocaleLowerCase("vi"));

function figureText(f: Figure): string {
  if (f === null) return "";
  return typeof f === "number" ? formatNumber(f, "vi") : f;
}

/** Two blocks side by side without borders: the document's heading, and its receivers and signer. */
function sideBySide(left: Paragraph[], right: Paragraph[], leftWidth: number) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, 100 - leftWidth)] })],
  });
}

/** Lines of the unit reports under the areas they belong to. */
function byArea(lines: WardReportLine[], empty: string): Paragraph[] {
  if (lines.length === 0) return [para(empty, { indent: true, italics: true })];
  const areas = [...new Set(lines.map((l) => l.area))];
  return areas.flatMap((area) => [
    para(area, { bold: true, italics: true, indent: true }),
    ...lines.filter((l) => l.area === area).map((l) => para(`- ${l.task}: ${l.text} (${l.unit}).`, { indent: true })),
  ]);
}

export async function wardReportDocx(report: WardReportData, today: Date): Promise<Buffer> {
  const place = report.ward.replace(/^(Phường|Xã|Đặc khu)\s+/, "");
  const header = sideBySide(
    [
      para("ỦY BAN NHÂN DÂN", { center: true, size: SMALL }),
      para(report.ward.toUpperCase(), { center: true, bold: true, size: SMALL }),
      para("Số:      /BC-UBND", { center: true, size: SMALL }),
    ],
    [
      para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { center: true, bold: true, size: SMALL }),
      para("Độc lập - Tự do - Hạnh phúc", { center: true, bold: true }),
      para(`${place}, ngày ${formatDate(today, "vi").replace(/^(\d+)\/(\d+)\/(\d+)$/, "$1 tháng $2 năm $3")}`, {
        center: true,
        italics: true,
      }),
    ],
    40,
  );

  const indicatorTable = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      [
        "Mã",
        "Chỉ tiêu",
        "Mục tiêu năm",
        "Thực hiện trong kỳ",
        "Lũy kế đến kỳ",
        "Ước cả năm",
        "Cùng kỳ năm trước",
        "So với cùng kỳ",
        "Đánh giá",
      ],
      ...report.indicators.map((i) => [
        i.code,
        i.name,
        i.target,
        figureText(i.periodFigure ?? null),
        figureText(i.toDate),
        figureText(i.yearEstimate),
        figureText(i.samePeriodLastYear ?? null),
        i.comparedWithSamePeriod ?? "",
        i.status,
      ]),
    ].map(
      (row, index) =>
        new TableRow({
          tableHeader: index === 0,
          children: row.map((value, column) =>
            cell(
              [para(value, { bold: index === 0, size: SMALL, center: column !== 1 && column !== 2, left: true })],
              [5, 24, 14, 9, 9, 9, 9, 10, 11][column] ?? 10,
            ),
          ),
        }),
    ),
  });

  const overdue = report.tasks.filter((t) => t.overdue);
  const ahead = report.tasks.filter((t) => t.kind === "KEY" && !t.finished);
  const doc = new Document({
    creator: report.ward,
    title: report.title,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [
          header,
          para(""),
          para("BÁO CÁO", { center: true, bold: true }),
          para(
            report.title.replace(/^Báo cáo /, "").replace(/^./, (c) => c.toUpperCase()),
            { center: true, bold: true },
          ),
          para(
            `Thực hiện Kế hoạch${report.planNumber ? ` số ${report.planNumber}` : ""} ${lowerFirst(report.planTitle)}, Ủy ban nhân dân ${lowerFirst(report.ward)} báo cáo tình hình ${report.periodLabel.toLowerCase()} như sau:`,
            { indent: true },
          ),
          para("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", { bold: true }),
          ...byArea(report.results, "Chưa có báo cáo đã duyệt của các đơn vị trong kỳ."),
          para("II. CÁC CHỈ TIÊU CHỦ YẾU", { bold: true }),
          indicatorTable,
          para("III. NHIỆM VỤ CHẬM TIẾN ĐỘ", { bold: true }),
          ...(overdue.length
            ? overdue.map((t) =>
                para(`- ${t.code}. ${t.title} (${t.lead}; hạn ${t.deadline ? formatDate(t.deadline, "vi") : "—"}).`, {
                  indent: true,
                }),
              )
            : [para("Không có nhiệm vụ quá hạn.", { indent: true, italics: true })]),
          para("IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", { bold: true }),
          para("1. Khó khăn, vướng mắc", { bold: true, italics: true }),
          ...byArea(report.difficulties, "Các đơn vị không nêu khó khăn, vướng mắc."),
          para("2. Kiến nghị, đề xuất", { bold: true, italics: true }),
          ...byArea(report.proposals, "Các đơn vị không có kiến nghị."),
          para("V. Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI CHƯA ĐƯỢC GIẢI QUYẾT", { bold: true }),
          ...(report.openRecommendations?.length
            ? report.openRecommendations.map((r) =>
                para(
                  `- ${r.content} (${r.source}, nhận ngày ${formatDate(r.receivedOn, "vi")}, ${r.ageDays} ngày; ${r.unit ? `${r.unit}: ` : ""}${r.status.toLowerCase()}).`,
                  { indent: true },
                ),
              )
            : [para("Không có kiến nghị nào đang chờ giải quyết.", { indent: true, italics: true })]),
          para("VI. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM THÁNG TỚI", { bold: true }),
          ...ahead.map((t) => para(`- Tiếp tục thực hiện ${t.code}. ${t.title} (${t.lead}).`, { indent: true })),
          para(""),
          sideBySide(
            [
              para("Nơi nhận:", { bold: true, italics: true, size: SMALL }),
              para("- Thường trực Đảng ủy, HĐND phường;", { size: 22 }),
              para("- Chủ tịch, các Phó Chủ tịch UBND phường;", { size: 22 }),
              para("- Các đơn vị thuộc UBND phường;", { size: 22 }),
              para("- Lưu: VT.", { size: 22 }),
            ],
            [
              para("TM. ỦY BAN NHÂN DÂN", { center: true, bold: true }),
              para((report.signerTitle ?? "CHỦ TỊCH").toUpperCase(), { center: true, bold: true }),
              para(""),
              para(""),
              para(report.signerName ?? "", { center: true, bold: true }),
            ],
            50,
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
