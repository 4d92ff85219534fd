// `pnpm plan:import` as a user runs it: the seed document with its reviewed corrections prints the
// corrected draft as JSON on stdout (names as in the seed) and says on stderr what it applied; a
// correction the document no longer matches is named, not applied; a malformed corrections file is
// refused with a message that says the expected format.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "@kehoach/db";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const seed = (name: string) => path.join("prisma", "seed", name);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-cli-"));

/** Runs the command as typed at the repository root, paths relative to it. */
async function planImport(...args: string[]) {
  try {
    const { stdout, stderr } = await run("pnpm", ["plan:import", ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("pnpm plan:import --corrections", () => {
  it("prints the draft with the reviewed corrections applied, and nothing but the JSON on stdout", async () => {
    const result = await planImport(
      seed("ke-hoach-tan-hung-2026.md"),
      "--dry-run",
      "--json",
      "--corrections",
      seed("ke-hoach-tan-hung-2026.corrections.json"),
    );
    expect(result.code).toBe(0);
    const draft = JSON.parse(result.stdout);
    const names = Object.fromEntries(draft.indicators.map((i: { number: number; name: string }) => [i.number, i.name]));
    expect(names[14]).toBe("Gia đình văn hóa, Tổ dân phố văn hóa, hoạt động văn hóa, thể thao và an sinh xã hội");
    expect(names[17]).toBe("Tuyển quân; xây dựng lực lượng dự bị động viên, dân quân tự vệ");
    expect(result.stderr).toContain("Đã áp dụng 5/5 sửa đổi");
  }, 60_000);

  it("names a correction the document no longer matches and leaves that field as read", async () => {
    const file = path.join(tmp, "stale.json");
    fs.writeFileSync(
      file,
      JSON.stringify({
        format: "kehoach.draft-corrections/1",
        corrections: [{ indicator: "14", field: "name", from: "Tên cũ", to: "Tên mới" }],
      }),
    );
    const result = await planImport(seed("ke-hoach-tan-hung-2026.md"), "--dry-run", "--json", "--corrections", file);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("Đã áp dụng 0/1 sửa đổi");
    expect(result.stderr).toContain("chỉ tiêu 14, name");
    expect(result.stderr).toContain("“Tỷ lệ gia đình đạt gia đình văn hóa”");
    const draft = JSON.parse(result.stdout);
    expect(draft.indicators.find((i: { number: number }) => i.number === 14).name).toBe(
      "Tỷ lệ gia đình đạt gia đình văn hóa",
    );
  }, 60_000);

  it("refuses a corrections file of another format, saying which one it expects", async () => {
    const file = path.join(tmp, "wrong.json");
    fs.writeFileSync(file, JSON.stringify([{ name: "x" }]));
    const result = await planImport(seed("ke-hoach-tan-hung-2026.md"), "--dry-run", "--corrections", file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"format": "kehoach.draft-corrections/1"');
  }, 60_000);
});
