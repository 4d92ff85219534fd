// The checks the console makes before uploading a plan document, so that a wrong file is refused at
// once; the API reads the content and refuses what it cannot read (empty, scanned, image…).
import { formatNumber, type Locale } from "@kehoach/domain";

export const ACCEPTED_EXTENSIONS = [".docx", ".pdf", ".md", ".txt"];

/** The API's limit (importPlanDocument refuses larger uploads). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export type DocumentFileProblem =
  | { message: "app.plan_import.upload.wrong_type"; args: { name: string } }
  | { message: "app.plan_import.upload.too_large"; args: { name: string; size: string } };

export function documentFileProblem(file: File, locale: Locale): DocumentFileProblem | null {
  const name = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((extension) => name.endsWith(extension))) {
    return { message: "app.plan_import.upload.wrong_type", args: { name: file.name } };
  }
  if (file.size > MAX_DOCUMENT_BYTES) {
    const size = formatNumber(file.size / 1024 / 1024, locale, { maximumFractionDigits: 1 });
    return { message: "app.plan_import.upload.too_large", args: { name: file.name, size } };
  }
  return null;
}
