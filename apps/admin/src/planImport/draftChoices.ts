// Choices of the review form's selects, with the values the draft JSON uses (comparators in lower
// case, as "kehoach.plan-draft/1" writes them; the rest as the API's enums).
import {
  AREA_CODES,
  COMPARATORS,
  DOCUMENT_KINDS,
  TARGET_BASES,
  TARGET_DIRECTIONS,
  TARGET_KINDS,
  TASK_KINDS,
} from "@kehoach/domain";
import { enumChoices } from "../fields/enumChoices.ts";

export const areaChoices = AREA_CODES.map((code) => ({ id: code, name: `app.plan_import.area.${code}` }));
export const documentKindChoices = enumChoices("DocumentKind", DOCUMENT_KINDS);
export const taskKindChoices = enumChoices("TaskKind", TASK_KINDS);
export const targetKindChoices = enumChoices("TargetKind", TARGET_KINDS);
export const directionChoices = enumChoices("TargetDirection", TARGET_DIRECTIONS);
export const basisChoices = enumChoices("TargetBasis", TARGET_BASES);
export const comparatorChoices = COMPARATORS.map((comparator) => ({
  id: comparator.toLowerCase(),
  name: `enums.Comparator.${comparator}`,
}));
