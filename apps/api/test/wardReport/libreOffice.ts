// Opens a file with LibreOffice, as a reader's office suite would, and returns its text: a Word
// document as plain text, a workbook's first sheet as CSV. Each call has its own profile folder,
// so runs never wait on each other's lock.
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function openWithLibreOffice(bytes: Buffer, ext: "docx" | "xlsx"): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kehoach-lo-"));
  try {
    const file = path.join(dir, `report.${ext}`);
    await fs.writeFile(file, bytes);
    const target = ext === "docx" ? "txt:Text (encoded):UTF8" : "csv:Text - txt - csv (StarCalc):44,34,76";
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        target,
        "--outdir",
        dir,
        file,
      ],
      { timeout: 120_000 },
    );
    return await fs.readFile(path.join(dir, `report.${ext === "docx" ? "txt" : "csv"}`), "utf8");
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
