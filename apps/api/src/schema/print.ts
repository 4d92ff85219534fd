// `pnpm schema:print`: writes packages/schema/schema.graphql from the code; `--check` fails on drift.
import fs from "node:fs";
import { committedSdl, printedSdl, sdlPath } from "./sdl.ts";

const sdl = printedSdl();
if (process.argv.includes("--check")) {
  if (committedSdl() !== sdl) {
    console.error(`${sdlPath} khác với schema trong mã. Chạy "pnpm schema:print" rồi commit.`);
    process.exit(1);
  }
  console.log("schema.graphql khớp với mã.");
} else {
  fs.writeFileSync(sdlPath, sdl);
  console.log(`Đã ghi ${sdlPath}`);
}
