// Reviewed corrections to a draft: what a person changed after reading the document, kept in a file
// beside it ("kehoach.draft-corrections/1") so that importing the same document again gives the
// same plan. Each correction says which item and field, what the parser read there and what it
// should say; when the parser no longer reads `from` (the document or the parser changed), the
// correction is not applied but reported, for someone to look at again.
import type { PlanDraft } from "./types.ts";

export const CORRECTIONS_FORMAT = "kehoach.draft-corrections/1";

export type DraftCorrection =
  /** An indicator or sub-indicator by its code ("14", "14.2"). */
  | { indicator: string; field: "name" | "sourceText"; from: string; to: string; reason?: string }
  /** A task by its code ("d.AN.2"); `output` is the 1-based position of one of its outputs. */
  | { task: string; field: "title" | "content"; from: string; to: string; reason?: string }
  | { task: string; output: number; field: "title"; from: string; to: string; reason?: string };

export interface DraftCorrections {
  format: typeof CORRECTIONS_FORMAT;
  corrections: DraftCorrection[];
}

export interface StaleCorrection {
  correction: DraftCorrection;
  /** What the draft holds there now; null when the item is not in the draft. */
  found: string | null;
}

export interface CorrectedDraft {
  draft: PlanDraft;
  applied: number;
  stale: StaleCorrection[];
}

/** The object a correction changes, or null when the draft has no such item. */
function itemOf(draft: PlanDraft, correction: DraftCorrection): Record<string, unknown> | null {
  if ("indicator" in correction) {
    for (const indicator of draft.indicators) {
      if (indicator.code === correction.indicator) return indicator as unknown as Record<string, unknown>;
      const sub = indicator.subIndicators.find((s) => s.code === correction.indicator);
      if (sub) return sub as unknown as Record<string, unknown>;
    }
    return null;
  }
  const task = draft.tasks.find((t) => t.code === correction.task);
  if (!task) return null;
  if ("output" in correction)
    return (task.outputs[correction.output - 1] as unknown as Record<string, unknown>) ?? null;
  return task as unknown as Record<string, unknown>;
}

/** A copy of `draft` with the corrections whose `from` it still reads applied. */
export function applyDraftCorrections(draft: PlanDraft, corrections: readonly DraftCorrection[]): CorrectedDraft {
  const corrected = structuredClone(draft);
  const stale: StaleCorrection[] = [];
  let applied = 0;
  for (const correction of corrections) {
    const item = itemOf(corrected, correction);
    const found = item ? String(item[correction.field] ?? "") : null;
    if (!item || found !== correction.from) {
      stale.push({ correction, found });
      continue;
    }
    item[correction.field] = correction.to;
    applied += 1;
  }
  return { draft: corrected, applied, stale };
}

/** Where a correction points, in words: "chỉ tiêu 14, name", "nhiệm vụ d.AN.2, sản phẩm 3, title". */
export function describeCorrection(correction: DraftCorrection): string {
  if ("indicator" in correction) return `chỉ tiêu ${correction.indicator}, ${correction.field}`;
  if ("output" in correction) return `nhiệm vụ ${correction.task}, sản phẩm ${correction.output}, ${correction.field}`;
  return `nhiệm vụ ${correction.task}, ${correction.field}`;
}
