// Runs each package's tests one after another (the machine has 2 cores: packages side by side only
// made every test slower), printing a line when a suite starts and one when it ends with its counts
// and time. Each suite writes .test-results/<name>.json; summarize-tests.mjs adds them up.
// Usage: node scripts/run-suites.mjs <name>=<pnpm filter>:<script> ...
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { countReport } from "./lib/countReport.mjs";

const results = path.resolve(".test-results");
let failedSuites = 0;
for (const spec of process.argv.slice(2)) {
  const [name, target] = spec.split("=");
  const [filter, script] = target.split(":");
  const started = performance.now();
  const stamp = new Date().toTimeString().slice(0, 8);
  console.log(
    `\n▶ ${name} — bắt đầu / starting (${stamp}${process.env.TEST_NOW ? `, TEST_NOW=${process.env.TEST_NOW}` : ""})`,
  );
  const code = await new Promise((resolve) => {
    const child = spawn("pnpm", ["--filter", filter, "run", script], { stdio: "inherit" });
    child.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  const seconds = Math.round((performance.now() - started) / 1000);
  const file = path.join(results, `${name}${process.env.TEST_REPORT_SUFFIX ?? ""}.json`);
  const counts = fs.existsSync(file) ? countReport(JSON.parse(fs.readFileSync(file, "utf8")), code) : null;
  if (!counts) {
    // No report at all (the runner crashed before writing it): one failure, never a silent pass.
    fs.writeFileSync(file, JSON.stringify({ numPassedTests: 0, numFailedTests: 1, testResults: [] }));
  }
  const { passed = 0, failed = 1, skipped = 0 } = counts ?? {};
  if (failed > 0 || code !== 0) failedSuites += 1;
  console.log(
    `■ ${name} — ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""} trong / in ${seconds} s${code !== 0 ? ` (exit ${code})` : ""}`,
  );
}
process.exit(failedSuites > 0 ? 1 : 0);
