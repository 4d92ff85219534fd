// The draft as the review form holds it: the API's draft JSON, with a blank header and signer when
// the parser found none (so that they can be typed in), each task's lead unit, cooperating units and
// deadline as written, and indicators and tasks added by hand (without source lines); what confirming
// sends; and what the form needs around it — the field errors of a refused confirmation and the
// source lines of the item at a field.
import type { Evidence, PlanDraftJson, PlanHeader, Signer } from "@kehoach/domain";

type Unlocated<T> = Omit<T, "evidence" | "confidence"> & { evidence?: Evidence; confidence?: number };

/** An indicator read from the document, or added in the review (no evidence nor confidence). */
export type ReviewedIndicator = Unlocated<PlanDraftJson["indicators"][number]>;
/** A task read from the document, or added in the review (no evidence nor confidence). */
export type ReviewedTask = Unlocated<PlanDraftJson["tasks"][number]>;

export type ReviewedDraft = Omit<PlanDraftJson, "header" | "signer" | "indicators" | "tasks"> & {
  header: Unlocated<PlanHeader>;
  signer: Unlocated<Signer>;
  indicators: ReviewedIndicator[];
  tasks: ReviewedTask[];
};

export interface Issue {
  /** Path under the draft: ["indicators", "0", "targets", "0", "comparator"]. */
  path: string[];
  message: string;
}

const BLANK_HEADER: Unlocated<PlanHeader> = {
  numberAsWritten: null,
  number: null,
  symbol: null,
  documentKind: null,
  placeAndDate: null,
  place: null,
  issuedOn: null,
  year: null,
  issuer: null,
  title: null,
  jurisdiction: null,
};

export function reviewedDraftOf(draft: PlanDraftJson): ReviewedDraft {
  return {
    ...draft,
    header: draft.header ?? BLANK_HEADER,
    signer: draft.signer ?? { name: null, title: null },
    // A draft read before tasks carried them has none: the inputs start empty.
    tasks: draft.tasks.map((task) => ({
      ...task,
      lead: task.lead ?? null,
      cooperating: task.cooperating ?? [],
      deadline: task.deadline ?? null,
    })),
  };
}

const blank = (text: string | null | undefined) => !text?.trim();

/**
 * The draft confirming sends: the form's values, with an indicator's words as the plan writes them
 * (`sourceText`, which the form does not show) taken from its name when empty — an indicator added
 * by hand. Everything else is sent as the form holds it (evidence included), at the same positions,
 * so that the API's issues name the fields of the form.
 */
export function draftToConfirm(values: ReviewedDraft): ReviewedDraft {
  return {
    ...values,
    indicators: values.indicators.map((indicator) =>
      blank(indicator.sourceText) ? { ...indicator, sourceText: indicator.name } : indicator,
    ),
  };
}

/** The form's field errors: "indicators.0.targets.0.comparator" → the first message of that field. */
export function fieldErrorsOf(issues: Issue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.join(".");
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

function isEvidence(value: unknown): value is Evidence {
  return typeof (value as Evidence | undefined)?.fromLine === "number";
}

/** The source lines of the innermost item holding the field `name` ("indicators.3.targets.0.value"). */
export function evidenceAt(values: unknown, name: string): Evidence | null {
  let found: Evidence | null = null;
  let node: unknown = values;
  for (const part of name.split(".")) {
    if (node === null || typeof node !== "object") break;
    const evidence = (node as { evidence?: unknown }).evidence;
    if (isEvidence(evidence)) found = evidence;
    node = (node as Record<string, unknown>)[part];
  }
  const own = (node as { evidence?: unknown } | null | undefined)?.evidence;
  return isEvidence(own) ? own : found;
}
