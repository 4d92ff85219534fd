// Every kind of upload gets text or a clear refusal that says what to upload instead: never a crash.
import crypto from "node:crypto";
import fs from "node:fs";
import { Document, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { UnreadableDocumentError } from "../../src/errors.ts";
import { importPlanDocument } from "../../src/planImport/importDocument.ts";
import { MAX_DOCUMENT_BYTES, readPlanDocument } from "../../src/planImport/readDocument.ts";
import { imageOnlyPdf, textPdf } from "./makePdf.ts";

const seedText = fs.readFileSync(new URL("../../../../prisma/seed/ke-hoach-tan-hung-2026.md", import.meta.url), "utf8");
const bytes = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

async function refusal(data: Uint8Array) {
  const error = await readPlanDocument(data).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnreadableDocumentError);
  return error as UnreadableDocumentError;
}

/** The seed text as a Word document, one paragraph per line (as the ward's office writes it). */
async function seedDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: seedText.split("\n").map((line) => new Paragraph({ text: line })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe("readPlanDocument", () => {
  it("reads markdown and plain text as they are", async () => {
    expect(await readPlanDocument(bytes(seedText))).toEqual({ format: "text", text: seedText });
  });

  it("reads a .docx built from the seed text to the same draft as the text", async () => {
    const fromDocx = await importPlanDocument(await seedDocx());
    const fromText = await importPlanDocument(bytes(seedText));
    expect(fromDocx.format).toBe("docx");
    expect(fromDocx.draft.indicators).toHaveLength(18);
    const essentials = (d: typeof fromText.draft) => ({
      header: { ...d.header, evidence: undefined, confidence: undefined },
      legalBases: d.legalBases.map((b) => [b.kind, b.number, b.issuedOn, b.issuer]),
      theme: d.theme?.text,
      indicators: d.indicators.map((i) => [
        i.code,
        i.name,
        i.targets.map((t) => [t.comparator, t.value, t.unit, t.text]),
      ]),
      tasks: d.tasks.map((t) => [t.code, t.content]),
      signer: [d.signer?.name, d.signer?.title],
      missing: d.missing,
    });
    expect(essentials(fromDocx.draft)).toEqual(essentials(fromText.draft));
  });

  it("reads the text of a text-based PDF", async () => {
    const read = await readPlanDocument(textPdf(["KE HOACH", "Ve phat trien kinh te - xa hoi nam 2026"]));
    expect(read.format).toBe("pdf");
    expect(read.text).toContain("Ve phat trien kinh te - xa hoi nam 2026");
  });

  it("refuses an empty file", async () => {
    expect((await refusal(new Uint8Array())).reason).toBe("EMPTY");
    expect((await refusal(bytes(" \n\n  "))).reason).toBe("EMPTY");
  });

  it("refuses an image renamed to .docx, saying it is an image", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...crypto.randomBytes(200)]);
    const error = await refusal(png);
    expect(error.reason).toBe("IMAGE");
    expect(error.message).toContain("ảnh PNG");
  });

  it("refuses a zip that is not a Word document", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...crypto.randomBytes(300)]);
    expect((await refusal(zip)).reason).toBe("NOT_A_DOCX");
  });

  it("refuses an encrypted PDF and a scanned (image-only) PDF with what to do instead", async () => {
    const encrypted = new Uint8Array(fs.readFileSync(new URL("./fixtures/encrypted.pdf", import.meta.url)));
    const locked = await refusal(encrypted);
    expect(locked.reason).toBe("ENCRYPTED_PDF");
    expect(locked.message).toContain("mật khẩu");
    const scanned = await refusal(imageOnlyPdf());
    expect(scanned.reason).toBe("SCANNED_PDF");
    expect(scanned.message).toContain("bản quét");
  });

  it("refuses 10 MB of random bytes as binary, and anything larger as too large", async () => {
    expect((await refusal(new Uint8Array(crypto.randomBytes(MAX_DOCUMENT_BYTES)))).reason).toBe("BINARY");
    expect((await refusal(new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(65))).reason).toBe("TOO_LARGE");
  });
});

describe("importPlanDocument on documents of another genre", () => {
  it("gives a draft that says what it could not find for a decision and for a letter", async () => {
    const decision = await importPlanDocument(
      bytes(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN HƯNG\nQUYẾT ĐỊNH\nVề việc khen thưởng\nĐiều 1. Khen thưởng ông A.\nĐiều 2. Quyết định có hiệu lực.",
      ),
    );
    expect(decision.draft.indicators).toEqual([]);
    expect(decision.draft.missing).toEqual(expect.arrayContaining(["indicators", "tasks", "legalBases"]));
    const letter = await importPlanDocument(
      bytes("Kính gửi: Ủy ban nhân dân phường\nĐề nghị hỗ trợ kinh phí.\nTrân trọng."),
    );
    expect(letter.draft.missing).toContain("indicators");
  });
});
