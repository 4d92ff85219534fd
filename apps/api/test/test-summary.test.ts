// The closing line of `npm test` counts what a reader would: a test that never ran because its
// file's setup timed out is a failure, not a skip.
import { describe, expect, it } from "vitest";
import { countReport } from "../../../scripts/lib/countReport.mjs";

const file = (status: string, tests: string[]) => ({
  status,
  assertionResults: tests.map((s, i) => ({ title: `t${i}`, status: s })),
});

describe("test summary", () => {
  it("counts the tests skipped by a timed-out setup hook as failed", () => {
    const report = { testResults: [file("failed", ["skipped", "skipped", "skipped"]), file("passed", ["passed"])] };
    expect(countReport(report)).toEqual({ passed: 1, failed: 3, skipped: 0 });
  });

  it("counts a file that failed to load, with no test in it, as one failure", () => {
    expect(countReport({ testResults: [file("failed", [])] })).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });

  it("keeps deliberate skips apart in a passing file, and a non-zero exit with nothing failed is a failure", () => {
    const report = { testResults: [file("passed", ["passed", "skipped"])] };
    expect(countReport(report)).toEqual({ passed: 1, failed: 0, skipped: 1 });
    expect(countReport(report, 1)).toEqual({ passed: 1, failed: 1, skipped: 1 });
  });
});
