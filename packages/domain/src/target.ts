// Target model (mức chỉ tiêu): comparators, kinds, directions, bases, measures, and short labels of targets.
//
// Value names are the Prisma enums' (prisma/schema.prisma). Numeric target values arrive from the
// database as Decimals; the spec accepts anything `toNumber` reads (number, decimal string, Decimal).
import { formatNumber, formatPercent, type Locale, unitLabel } from "./format.ts";
import { type Numeric, toNumber } from "./numeric.ts";

export const COMPARATORS = ["GT", "GTE", "EQ", "LTE", "LT", "APPROX", "RANGE"] as const;
/** trên, từ … trở lên, đạt, không quá, dưới, khoảng, từ … đến … */
export type Comparator = (typeof COMPARATORS)[number];

export const TARGET_KINDS = ["QUANTITATIVE", "QUALITATIVE"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const TARGET_DIRECTIONS = ["INCREASE", "DECREASE", "MAINTAIN"] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

export const TARGET_BASES = ["LEVEL", "CHANGE", "AVERAGE_ANNUAL_CHANGE", "ADDITIONAL"] as const;
export type TargetBasis = (typeof TARGET_BASES)[number];

export const MEASURE_KINDS = ["PERCENT", "PERCENTAGE_POINT", "MONEY", "COUNT", "RATE", "OTHER"] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const QUALITATIVE_KINDS = ["ACHIEVED", "ZERO_EVENTS", "COMPLETE_ASSIGNED"] as const;
export type QualitativeKind = (typeof QUALITATIVE_KINDS)[number];

/**
 * One target of an indicator. Quantitative targets have a comparator and a value (RANGE: min and
 * max); qualitative ones have a qualitativeKind. For CHANGE and AVERAGE_ANNUAL_CHANGE the value is the
 * size of the change in the target's direction ("giảm 50% trở lên" is DECREASE, CHANGE, GTE 50).
 */
export interface TargetSpec {
  kind: TargetKind;
  comparator?: Comparator | null;
  value?: Numeric | null;
  min?: Numeric | null;
  max?: Numeric | null;
  /** As written in the plan: %, điểm %, tỷ đồng, triệu đồng, USD, cơ sở, trường… */
  unit?: string | null;
  measure?: MeasureKind | null;
  direction: TargetDirection;
  basis: TargetBasis;
  qualitativeKind?: QualitativeKind | null;
  /** The target's words in the plan ("trên 10%/năm"). */
  text: string;
  /** How the office phases it over the year (phasing.ts); null or absent: the default rule. */
  phasing?: "LINEAR" | "QUARTERLY" | "NONE" | null;
}

/** A Target row as Prisma returns it (minValue/maxValue), for `targetSpecFromRow`. */
export interface TargetRowLike {
  kind: TargetKind;
  comparator?: Comparator | null;
  value?: Numeric | null;
  minValue?: Numeric | null;
  maxValue?: Numeric | null;
  unit?: string | null;
  measure?: MeasureKind | null;
  direction?: TargetDirection | null;
  basis?: TargetBasis | null;
  qualitativeKind?: QualitativeKind | null;
  text: string;
  phasing?: "LINEAR" | "QUARTERLY" | "NONE" | null;
}

/** Maps a database Target row to a spec; the schema's defaults apply to a missing direction and basis. */
export function targetSpecFromRow(row: TargetRowLike): TargetSpec {
  return {
    kind: row.kind,
    comparator: row.comparator ?? null,
    value: row.value ?? null,
    min: row.minValue ?? null,
    max: row.maxValue ?? null,
    unit: row.unit ?? null,
    measure: row.measure ?? null,
    direction: row.direction ?? "INCREASE",
    basis: row.basis ?? "LEVEL",
    qualitativeKind: row.qualitativeKind ?? null,
    text: row.text,
    phasing: row.phasing ?? null,
  };
}

interface Wording {
  /** Short label: words where Vietnamese has a short word, symbols for ≥ and ≤ ("từ … trở lên" is long). */
  label: string;
  /** Full words, as the plan would write them. */
  words: string;
}

/** Symbols and words of each comparator; `{v}` is the value, `{min}`/`{max}` the ends of a range. */
export const COMPARATOR_WORDING: Record<Comparator, { symbol: string; symbols: string; vi: Wording; en: Wording }> = {
  GT: {
    symbol: ">",
    symbols: "> {v}",
    vi: { label: "trên {v}", words: "trên {v}" },
    en: { label: "over {v}", words: "more than {v}" },
  },
  GTE: {
    symbol: "≥",
    symbols: "≥ {v}",
    vi: { label: "≥ {v}", words: "từ {v} trở lên" },
    en: { label: "≥ {v}", words: "at least {v}" },
  },
  EQ: {
    symbol: "=",
    symbols: "= {v}",
    vi: { label: "đạt {v}", words: "đạt {v}" },
    en: { label: "{v}", words: "reach {v}" },
  },
  LTE: {
    symbol: "≤",
    symbols: "≤ {v}",
    vi: { label: "≤ {v}", words: "không quá {v}" },
    en: { label: "≤ {v}", words: "at most {v}" },
  },
  LT: {
    symbol: "<",
    symbols: "< {v}",
    vi: { label: "dưới {v}", words: "dưới {v}" },
    en: { label: "under {v}", words: "less than {v}" },
  },
  APPROX: {
    symbol: "≈",
    symbols: "≈ {v}",
    vi: { label: "khoảng {v}", words: "khoảng {v}" },
    en: { label: "about {v}", words: "about {v}" },
  },
  RANGE: {
    symbol: "–",
    symbols: "{min}–{max}",
    vi: { label: "từ {min} đến {max}", words: "từ {min} đến {max}" },
    en: { label: "{min} to {max}", words: "from {min} to {max}" },
  },
};

/** Short words of qualitative targets. */
export const QUALITATIVE_WORDING: Record<QualitativeKind, Record<Locale, string>> = {
  ACHIEVED: { vi: "đạt", en: "achieved" },
  ZERO_EVENTS: { vi: "không để xảy ra", en: "no occurrences" },
  COMPLETE_ASSIGNED: { vi: "hoàn thành chỉ tiêu được giao", en: "complete the assigned target" },
};

/** Words put before the comparator phrase by basis and direction, and after it for yearly averages. */
function basisWords(spec: Pick<TargetSpec, "basis" | "direction">, locale: Locale): { prefix: string; suffix: string } {
  const down = spec.direction === "DECREASE";
  const vi = locale === "vi";
  switch (spec.basis) {
    case "CHANGE":
      if (spec.direction === "MAINTAIN") return { prefix: "", suffix: "" };
      return { prefix: vi ? (down ? "giảm " : "tăng ") : down ? "reduce by " : "increase by ", suffix: "" };
    case "AVERAGE_ANNUAL_CHANGE":
      return {
        prefix: vi ? (down ? "giảm bình quân " : "tăng bình quân ") : down ? "average reduction " : "average growth ",
        suffix: vi ? "/năm" : "/year",
      };
    case "ADDITIONAL":
      return { prefix: vi ? "thêm " : "additional ", suffix: "" };
    default:
      return { prefix: "", suffix: "" };
  }
}

function effectiveUnit(spec: Pick<TargetSpec, "unit" | "measure">): string {
  const unit = spec.unit?.trim();
  if (unit) return unit;
  if (spec.measure === "PERCENT") return "%";
  if (spec.measure === "PERCENTAGE_POINT") return "điểm %";
  return "";
}

/**
 * A number with the target's unit: "96%" (percent signs stick to the number), "84,9 triệu đồng",
 * "20 cơ sở". The unit of a yearly average ("%/năm") is given its "/năm" by `formatTarget`, not here.
 */
export function formatQuantity(
  value: Numeric | null | undefined,
  spec: Pick<TargetSpec, "unit" | "measure">,
  locale: Locale,
): string {
  const number = formatNumber(value, locale);
  if (number === "") return "";
  const unit = effectiveUnit(spec).replace(/\/năm$/, "");
  if (unit === "") return number;
  if (unit.startsWith("%")) return `${formatPercent(value, locale, { maximumFractionDigits: 3 })}${unit.slice(1)}`;
  return `${number} ${unitLabel(unit, locale)}`;
}

export type TargetLabelStyle = "label" | "words" | "symbols";

export interface FormatTargetOptions {
  /** "label" (default): short words, ≥ and ≤ as symbols; "words": as the plan writes; "symbols": > ≥ = ≤ < ≈. */
  style?: TargetLabelStyle;
  /** Leave out "đạt" of an EQ target, for sentences that already say "so với mục tiêu …". */
  omitReachWord?: boolean;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(v|min|max)\}/g, (_, key: string) => values[key] ?? "");
}

/**
 * A short label of a target: vi "trên 10%", "≥ 12%", "đạt 84,9 triệu đồng", "từ 5.400 đến 5.500 cơ sở",
 * "khoảng 14 tỷ đồng", "tăng bình quân trên 10%/năm", "giảm ≥ 50%", "thêm 1 trường"; en "over 10%",
 * "≥ 12%", "84.9 million VND", "5,400 to 5,500 cơ sở", "about 14 billion VND", "average growth over
 * 10%/year". Qualitative targets give their kind's words ("đạt", "không để xảy ra", "hoàn thành chỉ
 * tiêu được giao"). A target missing its comparator or values falls back to the plan's words.
 */
export function formatTarget(spec: TargetSpec, locale: Locale, options: FormatTargetOptions = {}): string {
  if (spec.kind === "QUALITATIVE") {
    return spec.qualitativeKind ? QUALITATIVE_WORDING[spec.qualitativeKind][locale] : spec.text;
  }
  const comparator = spec.comparator;
  if (!comparator) return spec.text;
  const { prefix, suffix } = basisWords(spec, locale);
  const yearly = suffix !== "" || /\/năm$/.test(spec.unit?.trim() ?? "");
  const yearlySuffix = yearly ? (locale === "vi" ? "/năm" : "/year") : "";
  let phrase: string;
  if (comparator === "RANGE") {
    const min = toNumber(spec.min);
    const max = toNumber(spec.max);
    if (min === null || max === null) return spec.text;
    const values = { min: formatNumber(min, locale), max: formatQuantity(max, spec, locale) };
    const wording = COMPARATOR_WORDING.RANGE;
    phrase = fill(options.style === "symbols" ? wording.symbols : wording[locale][options.style ?? "label"], values);
  } else {
    const value = toNumber(spec.value);
    if (value === null) return spec.text;
    const wording = COMPARATOR_WORDING[comparator];
    // "tăng 10%", "thêm 1 trường": a basis word already says what "đạt" would.
    const bare = comparator === "EQ" && (options.omitReachWord || prefix !== "");
    const template = bare
      ? "{v}"
      : options.style === "symbols"
        ? wording.symbols
        : wording[locale][options.style ?? "label"];
    phrase = fill(template, { v: formatQuantity(value, spec, locale) });
  }
  return `${prefix}${phrase}${yearlySuffix}`;
}
