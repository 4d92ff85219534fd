// Property tests: whatever reaches the importer — random text, a real plan cut anywhere, its lines
// shuffled or its paragraphs joined — gives a draft, never an exception, within 2 s per MB, with every
// piece of evidence inside the text.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "./parsePlanDocument.ts";
import type { PlanDraft } from "./types.ts";

/**
 * The CPU time this test process has used, in seconds: unlike the wall clock, it does not grow when
 * other programs keep the machine's cores busy (each test file runs in its own process).
 */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

const fixtures = new URL("../../fixtures/plan-documents/documents/", import.meta.url);
const documents = readdirSync(fixtures)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(new URL(name, fixtures), "utf8"));
const tanHung = readFileSync(new URL("../../../../prisma/seed/ke-hoach-tan-hung-2026.md", import.meta.url), "utf8");
const corpus = [...documents, tanHung];
// The cases are timed once the parser's code is compiled, as it is in a running server.
for (const text of corpus) parsePlanDocument(text);

// Fixed seed: the same cases on every run; a failure prints the case to replay.
const RUNS = { seed: 20261206, numRuns: 60 };
const MAX_SECONDS_PER_MB = 2;

function evidenceInside(draft: PlanDraft, lineCount: number): boolean {
  const spans = [
    ...draft.indicators.map((i) => i.evidence),
    ...draft.tasks.map((t) => t.evidence),
    ...draft.legalBases.map((b) => b.evidence),
    ...draft.units.map((u) => u.evidence),
    ...draft.unparsed,
  ];
  return spans.every((e) => e.fromLine >= 1 && e.toLine >= e.fromLine && e.toLine <= lineCount);
}

// Time is summed over all cases of a property and judged once, with at least 1 s allowed, so that a
// pause of a busy machine on one small case does not fail the run.
const MIN_BUDGET_MB = 0.5;
let spent = { seconds: 0, megabytes: 0 };

function withinBudget(): void {
  expect(spent.seconds / Math.max(spent.megabytes, MIN_BUDGET_MB)).toBeLessThan(MAX_SECONDS_PER_MB);
  spent = { seconds: 0, megabytes: 0 };
}

function parsesWell(text: string): void {
  const started = cpuSeconds();
  const draft = parsePlanDocument(text);
  spent.seconds += cpuSeconds() - started;
  spent.megabytes += Buffer.byteLength(text) / 1e6;
  expect(draft.unparsed.filter((u) => u.reason.startsWith("Lỗi khi đọc phần"))).toEqual([]);
  expect(evidenceInside(draft, text.split(/\r\n|\r|\n/).length)).toBe(true);
}

// Characters the genre is made of: Vietnamese letters, digits, marks, pipes and bold markers.
const genreChar = fc.constantFrom(
  ..."aăâbcdđeêghiklmnoôơpqrstuưvxyàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ",
  ..."AĂÂĐÊÔƠƯ0123456789 .,;:%()/-+*|“”\n\n\n",
);
const words = [
  "KẾ HOẠCH",
  "Căn cứ",
  "Điều 1.",
  "I.",
  "1.",
  "a)",
  "(1)",
  "- ",
  "Chỉ tiêu 1:",
  "đạt",
  "trên",
  "%",
  "**",
  "|",
  "cụ thể:",
  "Mục tiêu cụ thể",
  "Sở Y tế",
  "chủ trì",
  "STT",
];

describe("parsePlanDocument never fails", () => {
  it("on random text of the genre's characters and words", () => {
    const piece = fc.oneof(fc.string({ unit: genreChar, maxLength: 40 }), fc.constantFrom(...words));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (pieces) => parsesWell(pieces.join(" "))),
      RUNS,
    );
    withinBudget();
  });

  it("on a real plan cut at any point", () => {
    fc.assert(
      fc.property(fc.nat({ max: corpus.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (i, at) => {
        const text = corpus[i] ?? "";
        parsesWell(text.slice(0, Math.floor(text.length * at)));
      }),
      RUNS,
    );
    withinBudget();
  });

  it("on a real plan with its lines shuffled, dropped or joined", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: corpus.length - 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 300 }),
        fc.constantFrom("\n", " ", "\r\n", "\n\n"),
        (i, picks, separator) => {
          const lines = (corpus[i] ?? "").split("\n");
          parsesWell(picks.map((p) => lines[p % lines.length] ?? "").join(separator));
        },
      ),
      RUNS,
    );
    withinBudget();
  });

  it("on every real plan with its blank lines removed, as a PDF's text wraps", () => {
    for (const text of corpus) parsesWell(text.replace(/\n\s*\n/g, "\n"));
    withinBudget();
  });
});
