// A Target as the API's TargetFields fragment returns it, for the console's component tests:
// indicator (6)'s "đạt 84,9 triệu đồng" unless told otherwise.
import type { TargetFieldsFragment } from "@kehoach/schema";

export function targetFields(extra: Partial<TargetFieldsFragment> = {}): TargetFieldsFragment {
  return {
    id: "t6",
    kind: "QUANTITATIVE",
    comparator: "EQ",
    value: "84.9",
    minValue: null,
    maxValue: null,
    unit: "triệu đồng",
    measure: "MONEY",
    direction: "INCREASE",
    basis: "LEVEL",
    qualitativeKind: null,
    phasing: null,
    text: "đạt 84,9 triệu đồng",
    ...extra,
  };
}
