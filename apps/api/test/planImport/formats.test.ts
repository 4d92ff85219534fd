// The same plan uploaded as Word or as PDF gives the same draft figures as its text: documents of
// fixtures/plan-documents rendered as a .docx with real tables (header and annex tables) and as a text
// PDF whose lines wrap, scored against the same golden files. Left out of the Word set: 06, whose
// crawled annex tables have merged header cells the renderer cannot rebuild into rows, and 01, whose
// crawl breaks one unit's heading into two paragraphs. Left out of the PDF set: the documents whose
// task or target tables the PDF flattens into lines (05, 06, 10) and two where the wrapped lines still
// lose a task or an indicator (04, 09).
import fs from "node:fs";
import { type DocumentScore, readGolden, SCORE_TALLIES, scoreDraft } from "@kehoach/domain";
import { describe, expect, it } from "vitest";
import { importPlanDocument } from "../../src/planImport/importDocument.ts";
import { renderDocx, renderPdf } from "./renderDocument.ts";

const fixtures = new URL("../../../../packages/domain/fixtures/plan-documents/", import.meta.url);
const names = fs.readdirSync(new URL("documents/", fixtures)).filter((name) => name.endsWith(".txt"));
const named = (prefixes: string[]) => names.filter((name) => prefixes.some((p) => name.startsWith(p)));

async function score(name: string, data: Uint8Array): Promise<Record<string, number>> {
  const golden = readGolden(
    JSON.parse(fs.readFileSync(new URL(`golden/${name.replace(/\.txt$/, ".json")}`, fixtures), "utf8")),
    name,
  );
  const result: DocumentScore = scoreDraft(golden, (await importPlanDocument(data)).draft);
  return Object.fromEntries(SCORE_TALLIES.map((tally) => [tally, result[tally].right]));
}

const text = (name: string) => fs.readFileSync(new URL(`documents/${name}`, fixtures), "utf8");

describe("a plan's figures do not depend on its file format", () => {
  it.each(named(["02", "03", "04", "05", "07", "08", "09", "10", "11", "12"]))(
    "%s as .docx",
    async (name) => {
      const docx = await renderDocx(text(name));
      const fromDocx = await importPlanDocument(docx);
      expect(fromDocx.format).toBe("docx");
      expect(await score(name, docx)).toEqual(await score(name, new Uint8Array(Buffer.from(text(name)))));
    },
    60_000,
  );

  it.each(named(["01", "02", "03", "07", "08", "11", "12"]))(
    "%s as a text PDF with wrapped lines",
    async (name) => {
      const pdf = await renderPdf(text(name));
      const fromPdf = await importPlanDocument(pdf);
      expect(fromPdf.format).toBe("pdf");
      expect(fromPdf.lines.length).toBeGreaterThan(text(name).split("\n").length / 3);
      expect(await score(name, pdf)).toEqual(await score(name, new Uint8Array(Buffer.from(text(name)))));
    },
    60_000,
  );
});
