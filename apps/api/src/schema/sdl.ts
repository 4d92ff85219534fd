// The printed SDL of the schema: the published contract in packages/schema/schema.graphql.
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "@kehoach/db";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./index.ts";

export const sdlPath = path.join(repoRoot, "packages", "schema", "schema.graphql");

export function printedSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export function committedSdl(): string | null {
  return fs.existsSync(sdlPath) ? fs.readFileSync(sdlPath, "utf8") : null;
}
