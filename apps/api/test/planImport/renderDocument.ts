// Renders a crawled plan (text with one-cell-per-line pipe tables and **bold** markers) as the files a
// ward's office uploads: a Word document with real tables for the header and the annexes, and a
// text PDF whose lines wrap at the page width with no blank line between paragraphs.
import fs from "node:fs";
import { normalizePlanText, pipeTables } from "@kehoach/domain";
import fontkit from "@pdf-lib/fontkit";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { PDFDocument } from "pdf-lib";

type Block = { kind: "paragraph"; text: string; bold: boolean } | { kind: "table"; rows: string[][] };

const BAR = /^\s*\|\s*$/;
const unmark = (text: string) => text.replace(/\*+/g, "").replace(/\s+/g, " ").trim();

/** Paragraphs (blank-line separated, lines joined) and tables, in order. */
export function blocksOf(crawled: string): Block[] {
  const raw = crawled.split(/\r\n|\r|\n/);
  const lines = normalizePlanText(crawled);
  const tables = pipeTables(lines, raw);
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    const text = unmark(paragraph.join(" "));
    if (text) blocks.push({ kind: "paragraph", text, bold: /^\s*\*\*/.test(paragraph[0] ?? "") });
    paragraph = [];
  };
  for (let n = 1; n <= raw.length; n++) {
    const table = tables.find((t) => t.fromLine === n && BAR.test(raw[n - 1] ?? ""));
    if (table) {
      flush();
      blocks.push({ kind: "table", rows: table.rows.map((row) => row.map((cell) => unmark(cell.text))) });
      n = table.toLine;
      continue;
    }
    const line = raw[n - 1] ?? "";
    if (line.trim() === "" || BAR.test(line)) flush();
    else paragraph.push(line);
  }
  flush();
  return blocks;
}

export async function renderDocx(crawled: string): Promise<Uint8Array> {
  const children = blocksOf(crawled).map((block) =>
    block.kind === "paragraph"
      ? new Paragraph({ children: [new TextRun({ text: block.text, bold: block.bold })] })
      : new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.rows.map(
            (row) => new TableRow({ children: row.map((text) => new TableCell({ children: [new Paragraph(text)] })) }),
          ),
        }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** A font with Vietnamese letters, from the machine (Debian's fonts-dejavu-core or fonts-liberation). */
export const PDF_FONT = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
].find((file) => fs.existsSync(file));

const FONT_SIZE = 10;
const LINE_HEIGHT = 13;
const MARGIN = 50;

export async function renderPdf(crawled: string): Promise<Uint8Array> {
  if (!PDF_FONT) throw new Error("No TrueType font with Vietnamese letters on this machine");
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(fs.readFileSync(PDF_FONT), { subset: true });
  let page = pdf.addPage([595, 842]);
  let y = 842 - MARGIN;
  const width = 595 - 2 * MARGIN;
  const write = (line: string) => {
    if (y < MARGIN) {
      page = pdf.addPage([595, 842]);
      y = 842 - MARGIN;
    }
    page.drawText(line, { x: MARGIN, y, size: FONT_SIZE, font });
    y -= LINE_HEIGHT;
  };
  for (const block of blocksOf(crawled)) {
    const texts = block.kind === "paragraph" ? [block.text] : block.rows.map((row) => row.join("   "));
    for (const text of texts) {
      let line = "";
      for (const word of text.split(" ")) {
        const next = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(next, FONT_SIZE) > width && line) {
          write(line);
          line = word;
        } else line = next;
      }
      if (line) write(line);
    }
    // A paragraph's spacing is space on the page, not an empty line of text.
    y -= LINE_HEIGHT / 2;
  }
  return pdf.save();
}
