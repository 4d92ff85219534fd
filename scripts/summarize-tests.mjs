// Sums the JSON reports in .test-results/ into the closing line "N passed, N failed".
// A failed lint, typecheck or drift check (exit code without a failed test) counts as one failure.
import fs from "node:fs";
import path from "node:path";

const dir = path.resolve(".test-results");
const codes = process.argv.slice(2).map(Number);
let passed = 0;
let failed = 0;
const lines = [];
for (const file of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
  if (!file.endsWith(".json")) continue;
  const report = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  lines.push(
    `  ${file.replace(/\.json$/, "").padEnd(14)} ${report.numPassedTests ?? 0} passed, ${report.numFailedTests ?? 0} failed`,
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
