// Where the repository's Prisma files and the embedded database live, found from this module
// so that scripts work from any working directory.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findRepoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("Không tìm thấy thư mục gốc của kho mã (pnpm-workspace.yaml).");
    dir = parent;
  }
}

export const repoRoot = findRepoRoot();
export const prismaDir = path.join(repoRoot, "prisma");
export const schemaPath = path.join(prismaDir, "schema.prisma");
export const migrationsDir = path.join(prismaDir, "migrations");
export const seedDir = path.join(prismaDir, "seed");

/** The embedded database's directory: DATA_DIR, else `.data/` at the repository root. */
export function defaultDataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? path.join(repoRoot, ".data"));
}
