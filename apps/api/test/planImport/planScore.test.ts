// `pnpm plan:score <documents> <golden>` as a user runs it: a row per document and the totals; a
// folder that does not exist is named; --record writes the totals the corpus test holds the parser to.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "@kehoach/db";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const fixtures = path.join("packages", "domain", "fixtures", "plan-documents");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-score-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function planScore(...args: string[]) {
  try {
    const { stdout, stderr } = await run("pnpm", ["plan:score", ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("pnpm plan:score", () => {
  it("prints one row per document and the totals, and records them on request", async () => {
    const record = path.join(tmp, "scores.json");
    const result = await planScore(path.join(fixtures, "documents"), path.join(fixtures, "golden"), "--record", record);
    expect(result.code).toBe(0);
    const rows = result.stdout.trim().split("\n");
    expect(rows[0]).toMatch(/^document\s+header\s+legalBases\s+indicators/);
    expect(rows.filter((row) => /^\d\d-/.test(row))).toHaveLength(12);
    expect(rows.find((row) => row.startsWith("TOTAL"))).toMatch(/TOTAL\s+\d+\/60\s/);
    const recorded = JSON.parse(fs.readFileSync(record, "utf8"));
    expect(recorded.documents).toBe(12);
    expect(recorded.total.header).toBeGreaterThan(0);
  }, 120_000);

  it("names a folder that does not exist", async () => {
    const result = await planScore("khong-co-thu-muc", path.join(fixtures, "golden"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("not a directory");
    expect(result.stderr).toContain("khong-co-thu-muc");
  }, 60_000);
});
