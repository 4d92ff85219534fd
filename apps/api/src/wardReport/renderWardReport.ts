// A compiled report's file in each format: Word built from its data, Excel likewise, PDF as the Word
// document laid out by LibreOffice. Shared by the office's downloads and the public page.
import { convertWithLibreOffice } from "./libreOffice.ts";
import { wardReportDocx } from "./wardReportDocx.ts";
import type { WardReportSource } from "./wardReportSource.ts";
import { wardReportXlsx } from "./wardReportXlsx.ts";

export const WARD_REPORT_TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;
export type WardReportFileFormat = keyof typeof WARD_REPORT_TYPES;

export async function renderWardReport(format: WardReportFileFormat, source: WardReportSource): Promise<Buffer> {
  if (format === "xlsx") return wardReportXlsx(source.data);
  const docx = await wardReportDocx(source.data, source.dated);
  return format === "docx" ? docx : convertWithLibreOffice(docx, "docx", "pdf", "pdf");
}
