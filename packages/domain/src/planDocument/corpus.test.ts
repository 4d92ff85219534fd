// The parser on twelve real plans of the genre (fixtures/plan-documents), scored against drafts a
// clerk wrote by hand: no total may fall below what recorded-scores.json holds (raise it with
// `pnpm plan:score … --record`), nothing may crash, and parsing may not take more than 2 s per MB.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "./parsePlanDocument.ts";
import { type DocumentScore, readGolden, SCORE_TALLIES, scoreCorpus, scoreDraft } from "./score.ts";

/**
 * The CPU time this test process has used, in seconds: unlike the wall clock, it does not grow when
 * other programs keep the machine's cores busy (each test file runs in its own process).
 */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

const fixtures = new URL("../../fixtures/plan-documents/", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), "utf8");
const recorded = JSON.parse(read("recorded-scores.json")) as {
  total: Record<(typeof SCORE_TALLIES)[number], number> & { linesUnread: number };
};

const documents = readdirSync(new URL("documents/", fixtures)).filter((name) => name.endsWith(".txt"));
// Timed after a first reading, so that what is measured is the parser, not the compiler warming up.
for (const name of documents) parsePlanDocument(read(`documents/${name}`));
const parsed = documents.map((name) => {
  const text = read(`documents/${name}`);
  const started = cpuSeconds();
  const draft = parsePlanDocument(text);
  return { name, draft, text, seconds: cpuSeconds() - started };
});

describe("the importer on real plans of the genre", () => {
  it("has a hand-written golden draft for each of the twelve documents", () => {
    expect(documents).toHaveLength(12);
    expect(readdirSync(new URL("golden/", fixtures)).filter((n) => n.endsWith(".json"))).toHaveLength(12);
  });

  it("reads every document without an error in any part", () => {
    for (const { name, draft } of parsed) {
      expect(
        draft.unparsed.filter((u) => u.reason.startsWith("Lỗi khi đọc phần")),
        name,
      ).toEqual([]);
    }
  });

  it("parses the documents in under 2 s per MB (judged on their sum, with at least 1 s allowed)", () => {
    const seconds = parsed.reduce((sum, p) => sum + p.seconds, 0);
    const megabytes = parsed.reduce((sum, p) => sum + Buffer.byteLength(p.text) / 1e6, 0);
    expect(seconds / Math.max(megabytes, 0.5)).toBeLessThan(2);
  });

  it("finds at least what recorded-scores.json records, in every total", () => {
    const scores: DocumentScore[] = parsed.map(({ name, draft }) =>
      scoreDraft(readGolden(JSON.parse(read(`golden/${name.replace(/\.txt$/, ".json")}`)), name), draft),
    );
    const { total } = scoreCorpus(scores);
    for (const tally of SCORE_TALLIES) expect(total[tally].right, tally).toBeGreaterThanOrEqual(recorded.total[tally]);
    expect(total.linesUnread).toBeLessThanOrEqual(recorded.total.linesUnread);
  });
});
