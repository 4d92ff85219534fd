// `pnpm plan:score <dir-of-documents> <dir-of-golden-files> [--json] [--misses] [--record <file>]`: parses every
// document (.txt, .md, .docx, .pdf) that has a golden file of the same base name
// ("01-plan.docx" ↔ "01-plan.json", format "kehoach.plan-golden/1") and prints, per document and in
// total, how much of the hand-written draft the parser found. --record writes the totals (the floor
// that packages/domain/src/planDocument/corpus.test.ts holds the parser to).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { type CorpusScore, SCORE_TALLIES, type Tally } from "@kehoach/domain";
import { scoreDocuments } from "../planImport/scoreDocuments.ts";

const USAGE =
  "Cách dùng / usage: pnpm plan:score <thư mục văn bản> <thư mục tệp chuẩn .json> [--json] [--misses] [--record <tệp .json>]";
const typedPath = (typed: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), typed);

const cell = ({ right, expected }: Tally) => `${right}/${expected}`;
const percent = ({ right, expected }: Tally) => (expected === 0 ? "–" : `${Math.round((100 * right) / expected)}%`);

function table(score: CorpusScore): string {
  const head = ["document", ...SCORE_TALLIES, "linesUnread"];
  const rows = score.documents.map((d) => [
    d.document.slice(0, 40),
    ...SCORE_TALLIES.map((name) => cell(d[name])),
    String(d.linesUnread),
  ]);
  rows.push(["TOTAL", ...SCORE_TALLIES.map((name) => cell(score.total[name])), String(score.total.linesUnread)]);
  rows.push(["", ...SCORE_TALLIES.map((name) => percent(score.total[name])), ""]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  return [head, ...rows].map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ")).join("\n");
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      misses: { type: "boolean", default: false },
      record: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help || positionals.length !== 2) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const [documentsDir, goldenDir] = positionals.map(typedPath) as [string, string];
  for (const dir of [documentsDir, goldenDir]) {
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
      console.error(`Không thấy thư mục / not a directory: ${dir}`);
      return 2;
    }
  }
  const score = await scoreDocuments(documentsDir, goldenDir);
  if (score.documents.length === 0) {
    console.error(`Không có văn bản nào có tệp chuẩn cùng tên / no document has a golden file of the same name`);
    return 2;
  }
  if (values.record) {
    const file = typedPath(values.record);
    const total = Object.fromEntries([
      ...SCORE_TALLIES.map((name) => [name, score.total[name].right]),
      ["linesUnread", score.total.linesUnread],
    ]);
    fs.writeFileSync(file, `${JSON.stringify({ documents: score.documents.length, total }, null, 2)}\n`);
    console.error(`Đã ghi / recorded: ${file}`);
  }
  if (values.json) {
    console.log(JSON.stringify(score, null, 2));
    return 0;
  }
  console.log(table(score));
  if (values.misses) {
    for (const d of score.documents) {
      if (d.misses.length === 0) continue;
      console.log(`\n${d.document}`);
      for (const miss of d.misses) console.log(`  - ${miss}`);
    }
  }
  return 0;
}

// exitCode, not exit(): a piped stdout must be flushed before the process ends.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Lỗi: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
