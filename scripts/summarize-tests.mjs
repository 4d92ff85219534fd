// Sums the JSON reports in .test-results/ into the closing line "N passed, N failed" (see
// lib/countReport.mjs for what counts as failed). A failed lint, typecheck or drift check (exit code
// without a failed test) counts as one failure.
import fs from "node:fs";
import path from "node:path";
import { countReport } from "./lib/countReport.mjs";

const dir = path.resolve(".test-results");
const codes = process.argv.slice(2).map(Number);
let passed = 0;
let failed = 0;
const lines = [];
for (const file of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
  if (!file.endsWith(".json")) continue;
  const counts = countReport(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")));
  passed += counts.passed;
  failed += counts.failed;
  lines.push(
    `  ${file.replace(/\.json$/, "").padEnd(22)} ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`,
  );
}
const checksFailed = codes.some((c) => c !== 0) && failed === 0;
if (checksFailed) failed += 1;
console.log(["", "Kết quả kiểm thử / test results:", ...lines].join("\n"));
if (checksFailed) console.log("  (một bước lint/typecheck/drift/e2e thất bại: xem ở trên)");
const summary = `${passed} passed, ${failed} failed`;
fs.writeFileSync(path.join(dir, "summary.txt"), `${summary}\n`);
console.log(summary);
process.exit(failed > 0 ? 1 : 0);
