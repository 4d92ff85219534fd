// Every environment variable the code reads is declared in turbo.json (a task's `env`, or
// `globalEnv`/`globalPassThroughEnv`), so that Turborepo neither replays a cached result made with
// another value nor hides the variable from a task in strict mode.
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "@kehoach/db";
import { describe, expect, it } from "vitest";

const turbo = JSON.parse(fs.readFileSync(path.join(repoRoot, "turbo.json"), "utf8")) as {
  globalEnv?: string[];
  globalPassThroughEnv?: string[];
  tasks: Record<string, { env?: string[]; passThroughEnv?: string[] }>;
};
const declared = [
  ...(turbo.globalEnv ?? []),
  ...(turbo.globalPassThroughEnv ?? []),
  ...Object.values(turbo.tasks).flatMap((task) => [...(task.env ?? []), ...(task.passThroughEnv ?? [])]),
];
const isDeclared = (name: string) =>
  declared.some((pattern) => (pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : name === pattern));

/** Set by the tools that run us, not by the project's configuration (Turborepo always passes PATH). */
const FROM_THE_TOOLS = new Set(["INIT_CWD", "PATH"]);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** Variables read as `process.env.X`, `env.X` (a passed-in environment) or the API's config schema. */
function variablesRead(): Set<string> {
  const names = new Set<string>();
  for (const dir of ["apps", "packages", "scripts", "prisma"]) {
    for (const file of sources(path.join(repoRoot, dir))) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/\b(?:process\.env|env)(?:\.|\[")([A-Z][A-Z0-9_]+)/g)) names.add(m[1] as string);
    }
  }
  const config = fs.readFileSync(path.join(repoRoot, "apps", "api", "src", "config.ts"), "utf8");
  for (const m of config.matchAll(/^\s{2}([A-Z][A-Z0-9_]+): z\b/gm)) names.add(m[1] as string);
  return names;
}

describe("turbo.json", () => {
  it("declares every environment variable the code reads", () => {
    const read = [...variablesRead()].filter((name) => !FROM_THE_TOOLS.has(name));
    expect(read).toContain("REDIS_URL");
    expect(read).toContain("TEST_REDIS_URL");
    expect(read.filter((name) => !isDeclared(name)).sort()).toEqual([]);
  });
});
