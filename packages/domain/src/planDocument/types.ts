// Shapes of a plan draft parsed from the text of a ward/commune socio-economic plan. Every extracted
// item says where it came from (lines of the normalised text, which are the input's lines) and how
// sure the parser is (0..1), so that a person can check the draft against the document.
import type { Comparator, MeasureKind, QualitativeKind, TargetSpec } from "../target.ts";

/** 1-based, inclusive lines of the normalised text (the same numbers as the input's lines). */
export interface Evidence {
  fromLine: number;
  toLine: number;
}

export interface Located {
  evidence: Evidence;
  confidence: number;
}

// The domain has no Prisma dependency, so the values of prisma/schema.prisma's enums that the
// draft uses are listed here; the names must stay identical to the schema's.

/** Prisma `DocumentKind`. */
export const DOCUMENT_KINDS = [
  "PLAN",
  "RESOLUTION",
  "REPORT",
  "PROGRAM",
  "DECISION",
  "DIRECTIVE",
  "SCHEME",
  "OFFICIAL_LETTER",
  "NOTICE",
  "OTHER",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Prisma `TaskKind`: nhiệm vụ trọng tâm (KEY) or cụ thể (SPECIFIC). */
export const TASK_KINDS = ["KEY", "SPECIFIC"] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** Prisma `OutputKind`: what a task asks to produce. */
export const OUTPUT_KINDS = ["SCHEME", "PLAN", "PROGRAM", "MODEL", "REPORT", "OTHER"] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** Area codes of prisma/seed/areas.yaml (MILITARY and PUBLIC_ORDER are children of DEFENCE_SECURITY). */
export const AREA_CODES = [
  "GENERAL",
  "ECONOMY",
  "CULTURE_SOCIETY",
  "JUSTICE",
  "DEFENCE_SECURITY",
  "MILITARY",
  "PUBLIC_ORDER",
] as const;
export type AreaCode = (typeof AREA_CODES)[number];

/**
 * A target read from a phrase ("tăng bình quân trên 10%/năm"). Money keeps the value as written
 * with its `scale` (triệu đồng → 1 000 000) and `currency`; rates ("trên 1 vạn dân") keep what the
 * value is per (`perQuantity` 10000, `perUnit` "dân").
 */
export interface ParsedTarget extends TargetSpec {
  comparator: Comparator | null;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  measure: MeasureKind | null;
  qualitativeKind: QualitativeKind | null;
  /** The year by which it is to be reached, when the words say ("đến năm 2030", "năm 2026"). */
  year: number | null;
  currency: string | null;
  scale: number | null;
  perQuantity: number | null;
  perUnit: string | null;
  confidence: number;
  /** Where `text` lies in the parsed string: UTF-16 offsets, `end` exclusive. */
  start: number;
  end: number;
}

export interface LocatedTarget extends ParsedTarget {
  evidence: Evidence;
}

export interface TextItem extends Located {
  text: string;
}

export interface PlanHeader extends Located {
  /** The number line as written ("Số: /KH-UBND"). */
  numberAsWritten: string | null;
  /** Number and symbol ("12/KH-UBND"); null while the number is left blank. */
  number: string | null;
  /** The symbol alone ("KH-UBND"). */
  symbol: string | null;
  documentKind: DocumentKind | null;
  placeAndDate: string | null;
  place: string | null;
  /** ISO date, only when day, month and year are all written. */
  issuedOn: string | null;
  /** The plan's year (title "… năm 2026", else the date's year). */
  year: number | null;
  issuer: string | null;
  title: string | null;
  /** The issuer's administrative unit: level ("phường", "xã"…) and name ("Tân Hưng"). */
  jurisdiction: { level: string; name: string } | null;
}

export interface LegalBasis extends Located {
  kind: DocumentKind;
  /** Number and symbol as written ("05/KH-UBND", "57-BC/ĐU"). */
  number: string | null;
  issuedOn: string | null;
  /** Issuer with abbreviations spelt out and the ward/city name completed from the plan. */
  issuer: string | null;
  issuerAsWritten: string | null;
  /** "Về …", capitalised. */
  title: string | null;
  /** The short name the plan gives it in parentheses ("Kế hoạch số 05/KH-UBND"). */
  shortName: string | null;
  /** The whole mention as written. */
  text: string;
}

export interface IndicatorGroup extends Located {
  /** "a", "b", "c" as written. */
  code: string;
  title: string;
  area: AreaCode | null;
}

export interface SubIndicator extends Located {
  /** "1.1", "14.2": the indicator's code and the position. */
  code: string;
  name: string;
  sourceText: string;
  targets: LocatedTarget[];
}

export interface Indicator extends Located {
  /** The number as written in "(n)". */
  number: number;
  /** The number, prefixed by the group ("a.1") when numbering restarts in each group. */
  code: string;
  /** Code of the group ("a"), null when the block has no groups. */
  group: string | null;
  area: AreaCode | null;
  name: string;
  /** The whole item as written (markdown removed). */
  sourceText: string;
  targets: LocatedTarget[];
  subIndicators: SubIndicator[];
  /** "(áp dụng cho năm 2027)" → 2027. */
  applicableFromYear: number | null;
  /** Remarks in parentheses ("áp dụng cho năm 2027", "Trường Tiểu học Ngọc Sơn"). */
  note: string | null;
}

export interface TaskOutput extends Located {
  kind: OutputKind;
  title: string;
}

export interface TaskGroup extends Located {
  /** Position in the plan: "III.1", "III.2.1", "III.2.2.a". */
  section: string;
  title: string;
  kind: TaskKind;
  area: AreaCode;
}

export interface Task extends Located {
  code: string;
  /** `section` of its group. */
  section: string;
  kind: TaskKind;
  area: AreaCode;
  /** "-" or "+" as written; null for a plain paragraph. */
  bullet: string | null;
  /** First sentence, at most 120 characters. */
  title: string;
  /** The task as written (markdown removed). */
  content: string;
  /** The lead unit, as the plan names it for this task ("Đơn vị chủ trì: Sở Nội vụ", "2.1. Sở Tài chính", "Giao Sở Y tế chủ trì"); null when it names none. */
  lead: string | null;
  /** Cooperating units the plan names for this task ("phối hợp với Sở Tư pháp", "Đơn vị phối hợp: …"). */
  cooperating: string[];
  /** The deadline as written ("Thường xuyên", "Tháng 12/2025", "Quý IV/2025"); null when none is stated. */
  deadline: string | null;
  outputs: TaskOutput[];
}

export interface UnitDuties extends Located {
  /** Position in section IV: "IV.3". */
  code: string;
  name: string;
  /** "Đề nghị …": a request to a body outside the issuer's authority (the Front, mass organisations). */
  requested: boolean;
  duties: TextItem[];
}

export interface Signer extends Located {
  name: string | null;
  /** Title lines joined by " – ", as the plan's seed writes them ("TM. Ủy ban nhân dân – Chủ tịch"). */
  title: string | null;
}

/** An annex the text refers to ("Phụ lục 01"); annexes themselves are not part of the text. */
export interface AnnexReference extends Located {
  name: string;
  text: string;
}

/** Text that looked like part of the plan but could not be read; nothing is silently dropped. */
export interface Unparsed extends Evidence {
  text: string;
  reason: string;
}

/** Parts every plan of the genre has; a draft lists those it could not find. */
export const REQUIRED_PARTS = [
  "header",
  "legalBases",
  "purposes",
  "requirements",
  "objective",
  "indicators",
  "tasks",
  "units",
  "signer",
] as const;
export type PlanPart = (typeof REQUIRED_PARTS)[number];

/** What the draft says, in Vietnamese, about a part it could not find. */
export const MISSING_PART_MESSAGES: Record<PlanPart, string> = {
  header: "Không tìm thấy tên loại và trích yếu văn bản (dòng “KẾ HOẠCH” và dòng “Về …”).",
  legalBases: "Không tìm thấy căn cứ ban hành (đoạn “Căn cứ …” hoặc “Thực hiện …” trước mục I).",
  purposes: "Không tìm thấy mục đích của kế hoạch (mục “Mục đích”).",
  requirements: "Không tìm thấy yêu cầu của kế hoạch (mục “Yêu cầu”).",
  objective: "Không tìm thấy mục tiêu tổng quát.",
  indicators: "Không tìm thấy các chỉ tiêu chủ yếu (các mục (1), (2)… trong phần “Các chỉ tiêu”).",
  tasks: "Không tìm thấy nhiệm vụ, giải pháp (phần “NHIỆM VỤ VÀ GIẢI PHÁP”).",
  units: "Không tìm thấy phân công tổ chức thực hiện (phần “TỔ CHỨC THỰC HIỆN”).",
  signer: "Không tìm thấy người ký (chức vụ và họ tên cuối văn bản).",
};

export interface PlanDraft {
  header: PlanHeader | null;
  legalBases: LegalBasis[];
  /** The sentence that introduces the plan ("Ủy ban nhân dân phường … xây dựng Kế hoạch …"). */
  intro: TextItem | null;
  purposes: TextItem[];
  requirements: TextItem[];
  /** The year's theme, without its quotes. */
  theme: TextItem | null;
  objective: TextItem | null;
  indicatorGroups: IndicatorGroup[];
  indicators: Indicator[];
  taskGroups: TaskGroup[];
  /** Every task, in order; `section` links it to its group. */
  tasks: Task[];
  units: UnitDuties[];
  annexes: AnnexReference[];
  /** "Trên đây là Kế hoạch …", "Ghi chú: …". */
  closingRemarks: TextItem[];
  /** The "Nơi nhận" list. */
  recipients: TextItem[];
  signer: Signer | null;
  unparsed: Unparsed[];
  /** Required parts not found; `MISSING_PART_MESSAGES` says each in Vietnamese. */
  missing: PlanPart[];
}
