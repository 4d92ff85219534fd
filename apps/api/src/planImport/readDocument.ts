// Turns an uploaded plan document into text: .docx (mammoth, tables kept as rows by docxText), text-based .pdf (unpdf, pdf.js),
// .md and .txt. The kind is told by the content, never by the file name; anything that is not a
// readable text document is an UnreadableDocumentError that says what to upload instead.
import { UnreadableDocumentError } from "../errors.ts";

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export type DocumentFormat = "docx" | "pdf" | "text";

export interface ReadDocument {
  format: DocumentFormat;
  text: string;
}

const IMAGE_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: "PNG", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "JPEG", bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "TIFF", bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: "TIFF", bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: "BMP", bytes: [0x42, 0x4d] },
  { name: "WEBP", bytes: [0x52, 0x49, 0x46, 0x46] },
];

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b);

export async function readPlanDocument(data: Uint8Array): Promise<ReadDocument> {
  if (data.byteLength === 0) throw new UnreadableDocumentError("EMPTY", "Tệp rỗng: không có nội dung để đọc.");
  if (data.byteLength > MAX_DOCUMENT_BYTES) {
    throw new UnreadableDocumentError(
      "TOO_LARGE",
      "Tệp lớn hơn 10 MB: hãy tải lên văn bản kế hoạch (.docx, .pdf, .txt).",
    );
  }
  const image = IMAGE_SIGNATURES.find((signature) => startsWith(data, signature.bytes));
  if (image) {
    throw new UnreadableDocumentError(
      "IMAGE",
      `Tệp là ảnh ${image.name}, không phải văn bản: hãy tải lên bản .docx hoặc .pdf có chữ của kế hoạch.`,
    );
  }
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return { format: "docx", text: await readDocx(data) };
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46])) return { format: "pdf", text: await readPdf(data) };
  return { format: "text", text: readText(data) };
}

// The readers are loaded with the first document of their kind, not at every start of the API
// (mammoth and parse5 ≈180 ms).
async function readDocx(data: Uint8Array): Promise<string> {
  const [{ default: mammoth }, { docxText }] = await Promise.all([import("mammoth"), import("./docxText.ts")]);
  let text: string;
  try {
    text = docxText((await mammoth.convertToHtml({ buffer: Buffer.from(data) })).value);
  } catch {
    throw new UnreadableDocumentError(
      "NOT_A_DOCX",
      "Tệp nén này không phải văn bản Word (.docx) đọc được: hãy mở bằng Word và lưu lại dạng .docx.",
    );
  }
  if (!text.trim()) throw new UnreadableDocumentError("EMPTY", "Văn bản Word không có chữ nào.");
  return text;
}

async function readPdf(data: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  let pages: string[];
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(data));
    pages = (await extractText(pdf, { mergePages: false })).text as string[];
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === "PasswordException") {
      throw new UnreadableDocumentError(
        "ENCRYPTED_PDF",
        "Tệp PDF có mật khẩu: hãy gỡ mật khẩu hoặc tải lên bản .docx.",
      );
    }
    throw new UnreadableDocumentError(
      "BROKEN_PDF",
      "Tệp PDF bị hỏng hoặc không đọc được: hãy xuất lại PDF hoặc tải lên bản .docx.",
    );
  }
  const text = pages.join("\n");
  if (text.replace(/\s/g, "").length < 20) {
    throw new UnreadableDocumentError(
      "SCANNED_PDF",
      "Tệp PDF chỉ có ảnh (bản quét), không có chữ: hãy tải lên bản .docx hoặc PDF xuất từ Word.",
    );
  }
  return text;
}

function readText(data: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    throw new UnreadableDocumentError(
      "BINARY",
      "Tệp không phải văn bản (không đọc được dạng UTF-8): hãy tải lên .docx, .pdf, .md hoặc .txt.",
    );
  }
  // Control characters other than tab, line feed and carriage return mean binary data.
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) controls += 1;
  }
  if (controls > text.length / 100) {
    throw new UnreadableDocumentError("BINARY", "Tệp không phải văn bản: hãy tải lên .docx, .pdf, .md hoặc .txt.");
  }
  if (!text.trim()) throw new UnreadableDocumentError("EMPTY", "Tệp chỉ có khoảng trắng: không có nội dung để đọc.");
  return text.replace(/^\uFEFF/, "");
}
