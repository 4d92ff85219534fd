// Where in the draft a refused field lies, in the user's words: "Chỉ tiêu, (1), mức 1" for
// ["indicators", "0", "targets", "0", "comparator"] (the API's message names the field itself).
import type { TranslateFunction } from "react-admin";
import type { ReviewedDraft } from "./reviewedDraft.ts";

const SECTION_OF: Record<string, string> = {
  header: "header",
  theme: "goals",
  objective: "goals",
  legalBases: "legal_bases",
  purposes: "purposes",
  requirements: "requirements",
  indicatorGroups: "indicators",
  indicators: "indicators",
  tasks: "tasks",
  signer: "signer",
};

const position = (index: string | undefined) =>
  index !== undefined && /^\d+$/.test(index) ? Number(index) : undefined;

export function issueLocation(path: string[], draft: ReviewedDraft, translate: TranslateFunction): string {
  const [section = "", index, child, childIndex, grandChild, grandChildIndex] = path;
  const parts = [translate(`app.plan_import.section.${SECTION_OF[section] ?? "header"}`)];
  const at = position(index);
  if (at === undefined) return parts.join(", ");
  const item = (n: number) => translate("app.plan_import.review.item", { n: n + 1 });
  const target = (n: number | undefined) =>
    n === undefined ? null : translate("app.plan_import.review.target", { n: n + 1 });
  if (section === "indicators") {
    const indicator = draft.indicators[at];
    parts.push(`(${indicator?.number ?? at + 1})`);
    const sub = position(childIndex);
    if (child === "targets") parts.push(target(sub) ?? "");
    if (child === "subIndicators" && sub !== undefined) {
      parts.push(indicator?.subIndicators[sub]?.code ?? item(sub));
      if (grandChild === "targets") parts.push(target(position(grandChildIndex)) ?? "");
    }
  } else if (section === "tasks") {
    parts.push(draft.tasks[at]?.code ?? item(at));
  } else {
    parts.push(item(at));
  }
  return parts.filter(Boolean).join(", ");
}
