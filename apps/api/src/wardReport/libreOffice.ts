// Converts an office file with LibreOffice, the renderer that lays out the compiled report's PDF
// exactly as its Word document. A PDF is made by the resident LibreOffice when it can run
// (residentLibreOffice.ts), else, like every other conversion, by `soffice --headless --convert-to`
// in a profile folder of this process that later conversions reuse (the first builds it, a few
// seconds; then about a second). One conversion at a time per process. Without LibreOffice on the
// server the caller is told so.
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { convertInResidentLibreOffice } from "./residentLibreOffice.ts";

/** LibreOffice is not installed on this server (no `soffice` on the PATH). */
export class LibreOfficeMissingError extends Error {
  constructor() {
    super(
      "Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; tải bản Word (.docx) hoặc nhờ quản trị cài: apt-get install libreoffice-writer-nogui.",
    );
  }
}

const TIMEOUT_MS = 120_000;
let queue: Promise<unknown> = Promise.resolve();
let profile: Promise<string> | undefined;

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile("soffice", args, { timeout: TIMEOUT_MS }, (error) => {
      if (!error) return resolve();
      reject((error as NodeJS.ErrnoException).code === "ENOENT" ? new LibreOfficeMissingError() : error);
    });
  });
}

/**
 * The file `bytes` (extension `ext`) converted to `target` (a LibreOffice filter such as "pdf" or
 * "txt:Text (encoded):UTF8"), whose output file ends in `outExt`.
 */
export function convertWithLibreOffice(bytes: Buffer, ext: string, target: string, outExt: string): Promise<Buffer> {
  const job = queue.then(async () => {
    profile ??= fs.mkdtemp(path.join(os.tmpdir(), `kehoach-soffice-${process.pid}-`));
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kehoach-convert-"));
    try {
      const file = path.join(dir, `file.${ext}`);
      const out = path.join(dir, `file.${outExt}`);
      await fs.writeFile(file, bytes);
      const resident = `file://${path.join(await profile, "resident")}`;
      if (target === "pdf" && (await convertInResidentLibreOffice(file, out, "writer_pdf_Export", resident))) {
        return await fs.readFile(out);
      }
      const home = `file://${path.join(await profile, "profile")}`;
      await run([
        `-env:UserInstallation=${home}`,
        "--headless",
        "--norestore",
        "--convert-to",
        target,
        "--outdir",
        dir,
        file,
      ]);
      return await fs.readFile(out);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
  queue = job.catch(() => undefined);
  return job;
}
