// The unit kinds as select choices, labelled from the messages (enums.UnitKind.*).
import { UNIT_KINDS } from "@kehoach/domain";
export const unitKindChoices = UNIT_KINDS.map((kind) => ({ id: kind, name: `enums.UnitKind.${kind}` }));

export const archivedChoices = [
  { id: false, name: "resources.units.status.active" },
  { id: true, name: "resources.units.status.archived" },
];
