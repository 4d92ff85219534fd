// Opens a file with LibreOffice, as a reader's office suite would, and returns its text: a Word
// document as plain text, a workbook's first sheet as CSV; a PDF's text comes from pdftotext.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { convertWithLibreOffice } from "../../src/wardReport/libreOffice.ts";

export async function openWithLibreOffice(bytes: Buffer, ext: "docx" | "xlsx"): Promise<string> {
  const text =
    ext === "docx"
      ? await convertWithLibreOffice(bytes, ext, "txt:Text (encoded):UTF8", "txt")
      : await convertWithLibreOffice(bytes, ext, "csv:Text - txt - csv (StarCalc):44,34,76", "csv");
  return text.toString("utf8");
}

/** The text of a PDF, laid out as on the page (poppler's pdftotext). */
export async function pdfText(bytes: Buffer): Promise<string> {
  const child = promisify(execFile)("pdftotext", ["-layout", "-", "-"], { encoding: "utf8", maxBuffer: 1 << 24 });
  child.child.stdin?.end(bytes);
  return (await child).stdout;
}
