// Public API of the plan document parser: text of a plan in, structured draft out.
export { type Cell, type PipeTable, pipeTables } from "./annexTable.ts";
export {
  applyDraftCorrections,
  CORRECTIONS_FORMAT,
  type CorrectedDraft,
  type DraftCorrection,
  type DraftCorrections,
  describeCorrection,
  type StaleCorrection,
} from "./corrections.ts";
export { type JsonComparator, type PlanDraftJson, planDraftToJson, type TargetJson } from "./draftJson.ts";
export {
  hasLeadUnit,
  type NamedUnit,
  namedUnitOf,
  type TaskUnitNames,
  unitsToCreate,
  type WardUnit,
} from "./namedUnits.ts";
export { normalizePlanText } from "./normalize.ts";
export {
  DUTY_TOPICS,
  findNamedUnit,
  namesBody,
  namesManyBodies,
  newUnitCode,
  sharedTopics,
  topicsOf,
} from "./organisationInference.ts";
export { parsePlanDocument } from "./parsePlanDocument.ts";
export {
  type CorpusScore,
  comparable,
  type DocumentScore,
  GOLDEN_FORMAT,
  type PlanGolden,
  readGolden,
  SCORE_TALLIES,
  type ScoreTally,
  scoreCorpus,
  scoreDraft,
  type Tally,
} from "./score.ts";
export { parseTargetPhrase } from "./targetPhrase.ts";
export {
  type AnnexReference,
  AREA_CODES,
  type AreaCode,
  DOCUMENT_KINDS,
  type DocumentKind,
  type Evidence,
  type Indicator,
  type IndicatorGroup,
  type LegalBasis,
  type LocatedTarget,
  MISSING_PART_MESSAGES,
  OUTPUT_KINDS,
  type OutputKind,
  type ParsedTarget,
  type PlanDraft,
  type PlanHeader,
  type PlanPart,
  REQUIRED_PARTS,
  type Signer,
  type SubIndicator,
  TASK_KINDS,
  type Task,
  type TaskGroup,
  type TaskKind,
  type TaskOutput,
  type TextItem,
  type UnitDuties,
  type Unparsed,
} from "./types.ts";
