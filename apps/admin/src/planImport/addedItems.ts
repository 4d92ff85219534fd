// An indicator or task the parser missed, added in the review: what it holds before the user types
// its name or content, so that confirming does not refuse a field the form does not show (its code,
// its section). It has no source lines: it was not read from the document.
import type { ReviewedDraft, ReviewedIndicator, ReviewedTask } from "./reviewedDraft.ts";

/** The section of the plan an added task is placed in (the plan's words, whatever the console's language). */
export const ADDED_TASK_SECTION = "Bổ sung";
/** Codes of added tasks: "BS.1", "BS.2"… */
const ADDED_TASK_CODE = "BS.";

type Items<K extends "indicators" | "tasks"> = Partial<Pick<ReviewedDraft, K>>;

/** The next indicator after the last (number and code one more than the largest), in its group and area. */
export function newIndicator({ indicators = [] }: Items<"indicators">): ReviewedIndicator {
  const codes = new Set(indicators.map((indicator) => indicator.code));
  const numbers = indicators.flatMap((indicator) => [indicator.number, Number.parseInt(indicator.code, 10)]);
  let number = Math.max(0, ...numbers.filter((n): n is number => Number.isInteger(n))) + 1;
  while (codes.has(String(number))) number += 1;
  const last = indicators.at(-1);
  return {
    number,
    code: String(number),
    group: last?.group ?? null,
    area: last?.area ?? null,
    name: "",
    // Filled with the name on confirming, when left empty (reviewedDraft.ts).
    sourceText: "",
    applicableFromYear: null,
    note: null,
    targets: [],
    subIndicators: [],
  };
}

/** A specific task of the "Bổ sung" section, with the next free "BS." code and no lead unit nor deadline. */
export function newTask({ tasks = [] }: Items<"tasks">): ReviewedTask {
  const codes = new Set(tasks.map((task) => task.code));
  let n = 1;
  while (codes.has(`${ADDED_TASK_CODE}${n}`)) n += 1;
  return {
    code: `${ADDED_TASK_CODE}${n}`,
    section: ADDED_TASK_SECTION,
    kind: "SPECIFIC",
    area: "GENERAL",
    bullet: null,
    title: "",
    content: "",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  };
}
