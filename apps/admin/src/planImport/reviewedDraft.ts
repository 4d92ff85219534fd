// The draft as the review form holds it: the API's draft JSON, with a blank header and signer when
// the parser found none (so that they can be typed in), and what the form needs around it — the
// field errors of a refused confirmation and the source lines of the item at a field.
import type { Evidence, PlanDraftJson, PlanHeader, Signer } from "@kehoach/domain";

type Unlocated<T> = Omit<T, "evidence" | "confidence"> & { evidence?: Evidence; confidence?: number };

export type ReviewedDraft = Omit<PlanDraftJson, "header" | "signer"> & {
  header: Unlocated<PlanHeader>;
  signer: Unlocated<Signer>;
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
  return { ...draft, header: draft.header ?? BLANK_HEADER, signer: draft.signer ?? { name: null, title: null } };
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
