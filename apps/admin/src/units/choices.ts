// The unit kinds as select choices, labelled from the messages (enums.UnitKind.*).
import type { UnitKind } from "@kehoach/schema";

const KINDS: UnitKind[] = [
  "OFFICE",
  "SPECIALISED_OFFICE",
  "CENTRE",
  "POLICE",
  "MILITARY",
  "FRONT",
  "MASS_ORGANISATION",
  "RESIDENTIAL_GROUP",
  "SCHOOL",
  "OTHER",
];

export const unitKindChoices = KINDS.map((kind) => ({ id: kind, name: `enums.UnitKind.${kind}` }));

export const archivedChoices = [
  { id: false, name: "resources.units.status.active" },
  { id: true, name: "resources.units.status.archived" },
];
