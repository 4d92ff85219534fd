// What an evidence file is, told by its bytes alone: never by its name or by the type the browser
// sends, which anyone can change. A ZIP-based office file is told apart from a plain ZIP by its
// entries ([Content_Types].xml with word/, xl/ or ppt/; ODF's `mimetype` entry), a legacy Word or
// Excel file from other OLE compound files by the streams in its directory. Files that are known
// but refused (programs, archives, HEIC photos, macro-enabled or password-protected documents) are
// named, so that the message can say what to do instead.
import type { Locale } from "../format.ts";

export const ATTACHMENT_KINDS = {
  PDF: { contentType: "application/pdf", extensions: ["pdf"] },
  JPEG: { contentType: "image/jpeg", extensions: ["jpg", "jpeg"] },
  PNG: { contentType: "image/png", extensions: ["png"] },
  WEBP: { contentType: "image/webp", extensions: ["webp"] },
  DOCX: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
  },
  XLSX: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"] },
  PPTX: {
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    extensions: ["pptx"],
  },
  DOC: { contentType: "application/msword", extensions: ["doc"] },
  XLS: { contentType: "application/vnd.ms-excel", extensions: ["xls"] },
  ODT: { contentType: "application/vnd.oasis.opendocument.text", extensions: ["odt"] },
  ODS: { contentType: "application/vnd.oasis.opendocument.spreadsheet", extensions: ["ods"] },
} as const satisfies Record<string, { contentType: string; extensions: readonly string[] }>;

export type AttachmentKind = keyof typeof ATTACHMENT_KINDS;

/** For a file picker's `accept`: the extensions and types above (the server still checks the bytes). */
export const ATTACHMENT_ACCEPT = Object.values(ATTACHMENT_KINDS)
  .flatMap((kind) => [...kind.extensions.map((ext) => `.${ext}`), kind.contentType])
  .join(",");

/** Files recognised but not accepted, each named for the message. */
export const REFUSED_FILE_KINDS = {
  ZIP: { vi: "tệp ZIP", en: "a ZIP archive" },
  ARCHIVE: { vi: "tệp nén (RAR, 7z, gzip)", en: "a compressed archive (RAR, 7z, gzip)" },
  PROGRAM: { vi: "chương trình chạy được", en: "an executable program" },
  HEIC: { vi: "ảnh HEIC (iPhone)", en: "a HEIC photo (iPhone)" },
  OTHER_IMAGE: { vi: "ảnh GIF, TIFF hoặc BMP", en: "a GIF, TIFF or BMP image" },
  MACRO: { vi: "văn bản có macro", en: "a document with macros" },
  ENCRYPTED: { vi: "văn bản có mật khẩu", en: "a password-protected document" },
  LEGACY_PPT: { vi: "bản trình chiếu PowerPoint cũ (.ppt)", en: "an old PowerPoint file (.ppt)" },
  OTHER_OFFICE: { vi: "tài liệu văn phòng loại khác", en: "another kind of office document" },
  EMPTY: { vi: "tệp rỗng", en: "an empty file" },
  UNKNOWN: { vi: "tệp không rõ loại", en: "a file of unknown type" },
} as const satisfies Record<string, Record<Locale, string>>;

export type RefusedFileKind = keyof typeof REFUSED_FILE_KINDS;

export type SniffResult = { accepted: true; kind: AttachmentKind } | { accepted: false; refused: RefusedFileKind };

const ok = (kind: AttachmentKind): SniffResult => ({ accepted: true, kind });
const no = (refused: RefusedFileKind): SniffResult => ({ accepted: false, refused });

function startsWith(data: Uint8Array, bytes: readonly number[], at = 0): boolean {
  return data.length >= at + bytes.length && bytes.every((b, i) => data[at + i] === b);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** What the file is, from its bytes. */
export function sniffFileKind(data: Uint8Array): SniffResult {
  if (data.length === 0) return no("EMPTY");
  if (startsWith(data, ascii("%PDF-"))) return ok("PDF");
  if (startsWith(data, [0xff, 0xd8, 0xff])) return ok("JPEG");
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ok("PNG");
  if (startsWith(data, ascii("RIFF")) && startsWith(data, ascii("WEBP"), 8)) return ok("WEBP");
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0x50, 0x4b, 0x05, 0x06])) return sniffZip(data);
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffCompoundFile(data);
  if (startsWith(data, ascii("MZ")) || startsWith(data, [0x7f, 0x45, 0x4c, 0x46])) return no("PROGRAM");
  if (startsWith(data, [0xfe, 0xed, 0xfa]) || startsWith(data, [0xcf, 0xfa, 0xed, 0xfe])) return no("PROGRAM");
  if (startsWith(data, ascii("#!"))) return no("PROGRAM");
  if (startsWith(data, ascii("Rar!")) || startsWith(data, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return no("ARCHIVE");
  if (startsWith(data, [0x1f, 0x8b])) return no("ARCHIVE");
  if (startsWith(data, ascii("ftyp"), 4) && /^(heic|heix|mif1|msf1|hevc)$/.test(text(data.subarray(8, 12)))) {
    return no("HEIC");
  }
  if (startsWith(data, ascii("GIF8")) || startsWith(data, ascii("BM"))) return no("OTHER_IMAGE");
  if (startsWith(data, [0x49, 0x49, 0x2a, 0x00]) || startsWith(data, [0x4d, 0x4d, 0x00, 0x2a]))
    return no("OTHER_IMAGE");
  return no("UNKNOWN");
}

const text = (bytes: Uint8Array) => new TextDecoder("utf-8", { fatal: false }).decode(bytes);
const view = (data: Uint8Array) => new DataView(data.buffer, data.byteOffset, data.byteLength);

/** The ODF `mimetype` entry: the first entry, stored uncompressed, as the OpenDocument standard requires. */
function odfMimetype(data: Uint8Array): string | null {
  if (data.length < 30) return null;
  const v = view(data);
  const method = v.getUint16(8, true);
  const size = v.getUint32(18, true);
  const nameLength = v.getUint16(26, true);
  const extraLength = v.getUint16(28, true);
  if (method !== 0 || text(data.subarray(30, 30 + nameLength)) !== "mimetype") return null;
  const start = 30 + nameLength + extraLength;
  return size <= 200 ? text(data.subarray(start, start + size)).trim() : null;
}

/** The names in a ZIP's central directory, or null when there is none to read (a broken archive). */
export function zipEntryNames(data: Uint8Array): string[] | null {
  if (data.length < 22) return null;
  const v = view(data);
  let end = -1;
  // The end record is the last 22 bytes plus a comment of at most 65,535 bytes.
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || v.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = v.getUint16(at + 28, true);
    names.push(text(data.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  return names;
}

const OOXML_PARTS: [prefix: string, kind: AttachmentKind][] = [
  ["word/", "DOCX"],
  ["xl/", "XLSX"],
  ["ppt/", "PPTX"],
];

function sniffZip(data: Uint8Array): SniffResult {
  const mimetype = odfMimetype(data);
  if (mimetype === "application/vnd.oasis.opendocument.text") return ok("ODT");
  if (mimetype === "application/vnd.oasis.opendocument.spreadsheet") return ok("ODS");
  if (mimetype?.startsWith("application/vnd.oasis.opendocument.")) return no("OTHER_OFFICE");
  const names = zipEntryNames(data);
  if (!names?.includes("[Content_Types].xml")) return no("ZIP");
  const kind = OOXML_PARTS.find(([prefix]) => names.some((name) => name.startsWith(prefix)))?.[1];
  if (!kind) return no("ZIP");
  // .docm/.xlsm/.pptm: the same package with a VBA project inside.
  if (names.some((name) => name.toLowerCase().endsWith("vbaproject.bin"))) return no("MACRO");
  return ok(kind);
}

const END_OF_CHAIN = 0xfffffffe;

/** The stream and storage names in an OLE compound file's directory (legacy Office), or null when unreadable. */
export function compoundFileNames(data: Uint8Array): string[] | null {
  if (data.length < 512) return null;
  const v = view(data);
  const shift = v.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const perFatSector = sectorSize / 4;
  const sectorAt = (sector: number) => (sector + 1) * sectorSize;
  // The header lists the first 109 FAT sectors: enough to follow the directory of a 10 MB file.
  const nextSector = (sector: number): number | null => {
    const index = Math.floor(sector / perFatSector);
    if (index >= 109) return null;
    const fatSector = v.getUint32(76 + index * 4, true);
    const at = sectorAt(fatSector) + (sector % perFatSector) * 4;
    return at + 4 <= data.length ? v.getUint32(at, true) : null;
  };
  const names: string[] = [];
  let sector: number | null = v.getUint32(48, true);
  for (let hops = 0; sector !== null && sector !== END_OF_CHAIN && hops < 1000; hops++) {
    const start = sectorAt(sector);
    if (start + sectorSize > data.length) return null;
    for (let entry = start; entry < start + sectorSize; entry += 128) {
      const length = v.getUint16(entry + 64, true);
      if (length < 2 || length > 64) continue;
      let name = "";
      for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(v.getUint16(entry + i, true));
      names.push(name);
    }
    sector = nextSector(sector);
  }
  return names.length > 0 ? names : null;
}

function sniffCompoundFile(data: Uint8Array): SniffResult {
  const names = compoundFileNames(data);
  if (!names) return no("UNKNOWN");
  // A password-protected .docx/.xlsx is an OLE file holding the encrypted package.
  if (names.includes("EncryptedPackage")) return no("ENCRYPTED");
  if (names.includes("WordDocument")) return names.includes("Macros") ? no("MACRO") : ok("DOC");
  if (names.includes("Workbook") || names.includes("Book"))
    return names.includes("_VBA_PROJECT_CUR") ? no("MACRO") : ok("XLS");
  if (names.includes("PowerPoint Document")) return no("LEGACY_PPT");
  return no("OTHER_OFFICE");
}
