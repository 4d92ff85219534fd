// The JSON form of a plan draft (documented in README.md): plain objects, a flat list of indicators
// with their group, targets with lower-case comparators ("gt", "gte", "eq", "lt", "lte", "approx",
// "range"), and missing parts with their Vietnamese message.
import type { Comparator } from "../target.ts";
import {
  type Evidence,
  type LocatedTarget,
  MISSING_PART_MESSAGES,
  type PlanDraft,
  type PlanPart,
  type TextItem,
  type Unparsed,
} from "./types.ts";

export type JsonComparator = "gt" | "gte" | "eq" | "lt" | "lte" | "approx" | "range";

const JSON_COMPARATORS: Record<Comparator, JsonComparator> = {
  GT: "gt",
  GTE: "gte",
  EQ: "eq",
  LT: "lt",
  LTE: "lte",
  APPROX: "approx",
  RANGE: "range",
};

export const toJsonComparator = (comparator: Comparator): JsonComparator => JSON_COMPARATORS[comparator];

export interface TargetJson {
  kind: LocatedTarget["kind"];
  comparator: JsonComparator | null;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  measure: LocatedTarget["measure"];
  currency: string | null;
  scale: number | null;
  perQuantity: number | null;
  perUnit: string | null;
  direction: LocatedTarget["direction"];
  basis: LocatedTarget["basis"];
  qualitativeKind: LocatedTarget["qualitativeKind"];
  /** The year by which it is to be reached, when the plan says ("đến năm 2030"). */
  year: number | null;
  text: string;
  evidence: Evidence;
  confidence: number;
}

interface Item {
  evidence: Evidence;
  confidence: number;
}

export interface PlanDraftJson {
  format: "kehoach.plan-draft/1";
  header: PlanDraft["header"];
  intro: string | null;
  legalBases: PlanDraft["legalBases"];
  purposes: string[];
  requirements: string[];
  theme: string | null;
  objective: string | null;
  indicatorGroups: PlanDraft["indicatorGroups"];
  indicators: ({
    number: number;
    code: string;
    group: string | null;
    area: string | null;
    name: string;
    sourceText: string;
    applicableFromYear: number | null;
    note: string | null;
    targets: TargetJson[];
    subIndicators: ({ code: string; name: string; sourceText: string; targets: TargetJson[] } & Item)[];
  } & Item)[];
  taskGroups: PlanDraft["taskGroups"];
  tasks: PlanDraft["tasks"];
  units: ({ code: string; name: string; requested: boolean; duties: string[] } & Item)[];
  annexes: PlanDraft["annexes"];
  closingRemarks: string[];
  recipients: string[];
  signer: PlanDraft["signer"];
  unparsed: Unparsed[];
  missing: { part: PlanPart; message: string }[];
}

function targetJson(target: LocatedTarget): TargetJson {
  return {
    kind: target.kind,
    comparator: target.comparator ? toJsonComparator(target.comparator) : null,
    value: target.value,
    min: target.min,
    max: target.max,
    unit: target.unit,
    measure: target.measure,
    currency: target.currency,
    scale: target.scale,
    perQuantity: target.perQuantity,
    perUnit: target.perUnit,
    direction: target.direction,
    basis: target.basis,
    qualitativeKind: target.qualitativeKind,
    year: target.year,
    text: target.text,
    evidence: target.evidence,
    confidence: target.confidence,
  };
}

const texts = (items: TextItem[]) => items.map((item) => item.text);

/** The draft as the CLI prints it (`JSON.stringify(planDraftToJson(draft), null, 2)`). */
export function planDraftToJson(draft: PlanDraft): PlanDraftJson {
  return {
    format: "kehoach.plan-draft/1",
    header: draft.header,
    intro: draft.intro?.text ?? null,
    legalBases: draft.legalBases,
    purposes: texts(draft.purposes),
    requirements: texts(draft.requirements),
    theme: draft.theme?.text ?? null,
    objective: draft.objective?.text ?? null,
    indicatorGroups: draft.indicatorGroups,
    indicators: draft.indicators.map((indicator) => ({
      number: indicator.number,
      code: indicator.code,
      group: indicator.group,
      area: indicator.area,
      name: indicator.name,
      sourceText: indicator.sourceText,
      applicableFromYear: indicator.applicableFromYear,
      note: indicator.note,
      targets: indicator.targets.map(targetJson),
      subIndicators: indicator.subIndicators.map((sub) => ({
        code: sub.code,
        name: sub.name,
        sourceText: sub.sourceText,
        targets: sub.targets.map(targetJson),
        evidence: sub.evidence,
        confidence: sub.confidence,
      })),
      evidence: indicator.evidence,
      confidence: indicator.confidence,
    })),
    taskGroups: draft.taskGroups,
    tasks: draft.tasks,
    units: draft.units.map((unit) => ({
      code: unit.code,
      name: unit.name,
      requested: unit.requested,
      duties: texts(unit.duties),
      evidence: unit.evidence,
      confidence: unit.confidence,
    })),
    annexes: draft.annexes,
    closingRemarks: texts(draft.closingRemarks),
    recipients: texts(draft.recipients),
    signer: draft.signer,
    unparsed: draft.unparsed,
    missing: draft.missing.map((part) => ({ part, message: MISSING_PART_MESSAGES[part] })),
  };
}
