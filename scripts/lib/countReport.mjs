// Counts a Vitest JSON report as a person would read it. A test that never ran because its file's
// setup or hook failed (Vitest reports it as skipped) is a failure, and so is a file that failed
// with no failed test in it (an error while loading it, or an unhandled error); a suite whose
// runner exited non-zero with nothing failed counts one failure.
export function countReport(report, exitCode = 0) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const file of report.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    const fileFailed = file.status === "failed";
    let failedHere = 0;
    for (const test of tests) {
      if (test.status === "passed") passed += 1;
      else if (test.status === "failed" || fileFailed) failedHere += 1;
      else skipped += 1;
    }
    if (fileFailed && failedHere === 0) failedHere = 1;
    failed += failedHere;
  }
  if (!report.testResults?.length) {
    passed = report.numPassedTests ?? 0;
    failed = report.numFailedTests ?? 0;
  }
  if (exitCode !== 0 && failed === 0) failed = 1;
  return { passed, failed, skipped };
}
