// "Now" has one home: the product reads the date through a Clock (packages/domain/src/clock.ts), so
// that KEHOACH_NOW and the tests' fixed day reach every decision. This fails when product code reads
// the system clock itself; the few places that measure elapsed or wall time say why below.
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "@kehoach/db";
import { describe, expect, it } from "vitest";

const ALLOWED: Record<string, string> = {
  "packages/domain/src/clock.ts": "the system clock itself",
  "apps/api/src/main.ts": "time since the start command, begun in another process (wall time)",
  "packages/db/src/seed/seed.ts": "UUIDv7 ids are ordered by the real time they were made",
  "packages/db/src/migrate/index.ts": "a new migration's folder is named after the real time it was written",
  "packages/db/src/testing.ts": "test support: Date there is the test's fixed clock",
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("reading the date", () => {
  it("goes through a Clock in every product module", () => {
    const roots = ["apps/api/src", "apps/admin/src", "packages/db/src", "packages/domain/src"];
    const offenders = roots
      .flatMap((root) => sourceFiles(path.join(repoRoot, root)))
      .map((file) => path.relative(repoRoot, file))
      .filter((file) => !(file in ALLOWED))
      .flatMap((file) =>
        fs
          .readFileSync(path.join(repoRoot, file), "utf8")
          .split("\n")
          .map((line, i) => ({ where: `${file}:${i + 1}`, line }))
          .filter(({ line }) => /new Date\(\)|Date\.now\(\)/.test(line)),
      )
      .map(({ where, line }) => `${where}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});
