// Targets as short phrases in the console's language, the way the plan writes them
// ("tăng bình quân trên 10%/năm", "đạt 84,9 triệu đồng", "≥ 12%"): the API's Target objects
// handed to @kehoach/domain's formatTarget, so the console and the reports word them alike.
import { formatTarget as formatTargetSpec, type Locale, targetSpecFromRow } from "@kehoach/domain";
import type { TargetFieldsFragment } from "@kehoach/schema";

/** What the console reads of a Target (the `TargetFields` fragment, without ids). */
export type TargetSpec = Pick<
  TargetFieldsFragment,
  | "kind"
  | "comparator"
  | "value"
  | "minValue"
  | "maxValue"
  | "unit"
  | "direction"
  | "basis"
  | "qualitativeKind"
  | "text"
> &
  Partial<Pick<TargetFieldsFragment, "measure">>;

export function formatTarget(target: TargetSpec, locale: Locale = "vi"): string {
  return formatTargetSpec(targetSpecFromRow(target), locale);
}

/** All targets of an indicator in one line: "trên 97%; đạt 100%". */
export function formatTargets(targets: readonly TargetSpec[], locale: Locale = "vi"): string {
  return targets.map((target) => formatTarget(target, locale)).join("; ");
}
