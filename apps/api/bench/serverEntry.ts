// How a benchmark starts the API: the production build (`npm start` runs it) when it is built,
// else the TypeScript sources through tsx, or as BENCH_ENTRY ("dist" | "src") says. The sources
// are compiled by tsx as each module is first imported, which stalls the first answers by seconds.
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "@kehoach/db";

export const apiDir = path.join(repoRoot, "apps", "api");

function entryKind(): "dist" | "src" {
  const wanted = process.env.BENCH_ENTRY;
  if (wanted === "dist" || wanted === "src") return wanted;
  const built = ["main.js", "cluster.js"].every((f) => fs.existsSync(path.join(apiDir, "dist", f)));
  return built ? "dist" : "src";
}

/** Node's arguments to run the single process ("main") or the cluster's primary ("cluster"). */
export function serverArgs(file: "main" | "cluster"): string[] {
  return entryKind() === "dist" ? ["--enable-source-maps", `dist/${file}.js`] : ["--import", "tsx", `src/${file}.ts`];
}
