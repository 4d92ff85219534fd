// Reads an uploaded plan document and parses it into a draft to review (nothing is written).
import { normalizePlanText, type PlanDraft, parsePlanDocument } from "@kehoach/domain";
import { type DocumentFormat, readPlanDocument } from "./readDocument.ts";

export interface ImportedDocument {
  format: DocumentFormat;
  /** The normalised text, line by line: the draft's evidence refers to these lines (1-based). */
  lines: string[];
  draft: PlanDraft;
  elapsedMs: number;
}

export async function importPlanDocument(data: Uint8Array): Promise<ImportedDocument> {
  const started = performance.now();
  const { format, text } = await readPlanDocument(data);
  const lines = normalizePlanText(text);
  const draft = parsePlanDocument(text);
  return { format, lines, draft, elapsedMs: Math.round(performance.now() - started) };
}
