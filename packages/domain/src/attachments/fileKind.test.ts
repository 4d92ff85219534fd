// Specification of telling an evidence file's kind by its bytes: the accepted kinds, office files
// told apart from plain ZIP and OLE files by their entries, and known refused files named.
import { describe, expect, it } from "vitest";
import { ATTACHMENT_ACCEPT, compoundFileNames, sniffFileKind, zipEntryNames } from "./fileKind.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** A ZIP with stored (uncompressed) entries, as writers lay them out: local headers, then the central directory. */
function zipOf(entries: [name: string, content: string][]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const n = bytes(name);
    const c = bytes(content);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint32(18, c.length, true);
    local.setUint32(22, c.length, true);
    local.setUint16(26, n.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint32(20, c.length, true);
    central.setUint32(24, c.length, true);
    central.setUint16(28, n.length, true);
    central.setUint32(42, offset, true);
    const localBytes = concat(new Uint8Array(local.buffer), n, c);
    locals.push(localBytes);
    centrals.push(concat(new Uint8Array(central.buffer), n));
    offset += localBytes.length;
  }
  const directory = concat(...centrals);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directory.length, true);
  end.setUint32(16, offset, true);
  return concat(...locals, directory, new Uint8Array(end.buffer));
}

/** An OLE compound file (512-byte sectors): header, one FAT sector, one directory sector with these names. */
function compoundFileOf(names: string[]): Uint8Array {
  const data = new Uint8Array(512 * 3);
  const v = new DataView(data.buffer);
  data.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  v.setUint16(30, 9, true);
  v.setUint32(44, 1, true);
  v.setUint32(48, 1, true); // directory in sector 1
  for (let i = 0; i < 109; i++) v.setUint32(76 + i * 4, i === 0 ? 0 : 0xffffffff, true); // FAT in sector 0
  const fat = 512;
  v.setUint32(fat, 0xfffffffd, true);
  v.setUint32(fat + 4, 0xfffffffe, true);
  ["Root Entry", ...names].slice(0, 4).forEach((name, i) => {
    const entry = 1024 + i * 128;
    [...name].forEach((c, j) => {
      v.setUint16(entry + j * 2, c.charCodeAt(0), true);
    });
    v.setUint16(entry + 64, (name.length + 1) * 2, true);
  });
  return data;
}

const CONTENT_TYPES: [string, string] = ["[Content_Types].xml", "<Types/>"];

describe("sniffFileKind", () => {
  it("accepts PDF and JPEG/PNG/WebP images by their signatures", () => {
    expect(sniffFileKind(bytes("%PDF-1.7\n..."))).toEqual({ accepted: true, kind: "PDF" });
    expect(sniffFileKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toEqual({ accepted: true, kind: "JPEG" });
    expect(sniffFileKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toEqual({
      accepted: true,
      kind: "PNG",
    });
    expect(sniffFileKind(bytes("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).toEqual({ accepted: true, kind: "WEBP" });
  });

  it("tells Word, Excel and PowerPoint from a plain ZIP by the package's entries", () => {
    expect(sniffFileKind(zipOf([CONTENT_TYPES, ["word/document.xml", "<w/>"]]))).toMatchObject({ kind: "DOCX" });
    expect(sniffFileKind(zipOf([CONTENT_TYPES, ["xl/workbook.xml", "<x/>"]]))).toMatchObject({ kind: "XLSX" });
    expect(sniffFileKind(zipOf([CONTENT_TYPES, ["ppt/presentation.xml", "<p/>"]]))).toMatchObject({ kind: "PPTX" });
    expect(
      sniffFileKind(
        zipOf([
          ["anh.jpg", "x"],
          ["word/document.xml", "<w/>"],
        ]),
      ),
    ).toEqual({
      accepted: false,
      refused: "ZIP",
    });
    expect(sniffFileKind(zipOf([CONTENT_TYPES, ["other/part.xml", ""]]))).toMatchObject({ refused: "ZIP" });
  });

  it("refuses a macro-enabled Office package", () => {
    const docm = zipOf([CONTENT_TYPES, ["word/document.xml", ""], ["word/vbaProject.bin", "x"]]);
    expect(sniffFileKind(docm)).toEqual({ accepted: false, refused: "MACRO" });
  });

  it("reads ODF's mimetype entry: text and spreadsheet accepted, other ODF refused", () => {
    const odf = (type: string) =>
      zipOf([
        ["mimetype", type],
        ["content.xml", "<x/>"],
      ]);
    expect(sniffFileKind(odf("application/vnd.oasis.opendocument.text"))).toMatchObject({ kind: "ODT" });
    expect(sniffFileKind(odf("application/vnd.oasis.opendocument.spreadsheet"))).toMatchObject({ kind: "ODS" });
    expect(sniffFileKind(odf("application/vnd.oasis.opendocument.presentation"))).toMatchObject({
      refused: "OTHER_OFFICE",
    });
  });

  it("tells legacy Word and Excel from other OLE compound files by their streams", () => {
    expect(compoundFileNames(compoundFileOf(["WordDocument", "1Table"]))).toEqual([
      "Root Entry",
      "WordDocument",
      "1Table",
    ]);
    expect(sniffFileKind(compoundFileOf(["WordDocument"]))).toMatchObject({ kind: "DOC" });
    expect(sniffFileKind(compoundFileOf(["Workbook"]))).toMatchObject({ kind: "XLS" });
    expect(sniffFileKind(compoundFileOf(["PowerPoint Document"]))).toMatchObject({ refused: "LEGACY_PPT" });
    expect(sniffFileKind(compoundFileOf(["EncryptedPackage", "EncryptionInfo"]))).toMatchObject({
      refused: "ENCRYPTED",
    });
    expect(sniffFileKind(compoundFileOf(["__substg1.0_0037001F"]))).toMatchObject({ refused: "OTHER_OFFICE" });
  });

  it("names programs, archives and images it does not take", () => {
    expect(sniffFileKind(bytes("MZ\u0090\u0000PE"))).toMatchObject({ refused: "PROGRAM" });
    expect(sniffFileKind(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2]))).toMatchObject({ refused: "PROGRAM" });
    expect(sniffFileKind(bytes("Rar!\u001a\u0007"))).toMatchObject({ refused: "ARCHIVE" });
    expect(sniffFileKind(bytes("\u0000\u0000\u0000\u0018ftypheic"))).toMatchObject({ refused: "HEIC" });
    expect(sniffFileKind(bytes("GIF89a"))).toMatchObject({ refused: "OTHER_IMAGE" });
    expect(sniffFileKind(bytes("<html>"))).toMatchObject({ refused: "UNKNOWN" });
    expect(sniffFileKind(new Uint8Array())).toMatchObject({ refused: "EMPTY" });
  });

  it("does not trust a broken ZIP or compound file", () => {
    const zip = zipOf([CONTENT_TYPES, ["word/document.xml", ""]]);
    expect(zipEntryNames(zip.subarray(0, zip.length - 30))).toBeNull();
    expect(sniffFileKind(zip.subarray(0, zip.length - 30))).toMatchObject({ refused: "ZIP" });
    expect(sniffFileKind(compoundFileOf(["WordDocument"]).subarray(0, 600))).toMatchObject({ refused: "UNKNOWN" });
  });

  it("offers the accepted extensions and types to file pickers", () => {
    expect(ATTACHMENT_ACCEPT.split(",")).toEqual(expect.arrayContaining([".pdf", ".jpeg", ".docx", "image/webp"]));
  });
});
