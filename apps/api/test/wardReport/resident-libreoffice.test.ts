// The resident LibreOffice that lays out the compiled report's PDFs: it converts one document after
// another without starting soffice again, its PDF keeps the Vietnamese text, and stopping it leaves
// no LibreOffice behind. (The PDF downloads themselves are tested in ward-report.test.ts.)
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Document, Packer, Paragraph } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { convertInResidentLibreOffice, stopResidentLibreOffice } from "../../src/wardReport/residentLibreOffice.ts";
import { pdfText } from "./libreOffice.ts";

const officePids = async (profile: string) => {
  try {
    const { stdout } = await promisify(execFile)("pgrep", ["-f", profile]);
    return stdout.trim().split("\n").filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
};

describe("the resident LibreOffice", () => {
  let dir: string;
  let profile: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kehoach-resident-test-"));
    profile = `file://${path.join(dir, "profile")}`;
  });
  afterAll(async () => {
    await stopResidentLibreOffice();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const docx = (text: string) => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));

  it("converts one document after another in the same LibreOffice, the Vietnamese text intact", async () => {
    const pids: string[][] = [];
    for (const [i, text] of ["Ủy ban nhân dân phường Tân Hưng", "Báo cáo tháng 11 năm 2026"].entries()) {
      const input = path.join(dir, `in${i}.docx`);
      const output = path.join(dir, `out${i}.pdf`);
      await fs.writeFile(input, await docx(text));
      expect(await convertInResidentLibreOffice(input, output, "writer_pdf_Export", profile)).toBe(true);
      expect(await pdfText(await fs.readFile(output))).toContain(text);
      pids.push(await officePids(dir));
    }
    expect(pids[0]?.length).toBeGreaterThan(0);
    expect(pids[1]).toEqual(pids[0]);
  });

  it("answers false for a file it cannot open, so that the caller converts another way", async () => {
    const input = path.join(dir, "missing.docx");
    expect(await convertInResidentLibreOffice(input, path.join(dir, "broken.pdf"), "writer_pdf_Export", profile)).toBe(
      false,
    );
  });

  it("leaves no LibreOffice behind once stopped", async () => {
    await stopResidentLibreOffice();
    expect(await officePids(dir)).toEqual([]);
  });
});
