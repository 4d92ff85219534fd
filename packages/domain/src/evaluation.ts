// Evaluation of an indicator against its targets from its measurements: status, progress and an
// explanation in Vietnamese (default) or English (evaluationWording.ts).
//
// Rules (the evaluation is derived, never entered by hand):
// - Applicability: an indicator whose applicableFromYear is after the year is NOT_APPLICABLE
//   (indicator (7) applies from 2027).
// - The figure: measurements after asOf.month are ignored (all count once the year is closed).
//   Until the year is closed (its year report approved, or the year over) the figure is the latest
//   year-end estimate (ESTIMATE, ước thực hiện) if any has been reported, else the latest actual to
//   date (ACTUAL), compared as it is and said to be provisional (tạm tính) — December's actual
//   included, since a unit reports it before the year's last figures are in. Once the year is
//   closed the figure is final: the latest ACTUAL (the latest ESTIMATE if there is no ACTUAL).
//   No measurement with a value, flag or count → NO_DATA.
// - Quantitative targets: >, ≥, =, ≤, <, ≈ (within 5%), range, as in comparison.ts. Met → ON_TRACK,
//   or ACHIEVED when final. Not met and final → NOT_ACHIEVED; never before, except an event target
//   already broken, which can no longer be met. Not met during the year → AT_RISK when
//   short by at most 5% of the target (relative), else OFF_TRACK. A figure with only an achieved
//   flag counts as met or not met by that flag. An actual to date of a count that builds up over
//   the year is compared with the part of the target due by its month (phasing.ts).
// - Qualitative targets: ACHIEVED by the achieved flag; COMPLETE_ASSIGNED by the achieved flag or a
//   value ≥ 100 (% of the assigned figure; a value within 5% short is AT_RISK); ZERO_EVENTS is met
//   while no event has happened. An event (eventCount > 0, or achieved = false, in any ACTUAL up to
//   asOf) cannot be undone, so the target is NOT_ACHIEVED at once. eventCount is the number of events
//   in that period; when a figure has both, eventCount wins over the achieved flag.
// - Composites: an indicator with several targets or sub-indicators is evaluated part by part (its
//   own targets against its own figure, each sub-indicator against its own measurements) and takes
//   the worst part's status (status.ts), so it is ACHIEVED only when every applicable part is.
//   Its progress is the mean progress of the parts that have one.
// - progress is 0..1 (value/target, capped; null without data); expectedValue is the target value
//   (100 for COMPLETE_ASSIGNED, 0 for ZERO_EVENTS, null for ACHIEVED and for parts-only composites).
import { AT_RISK_TOLERANCE, compareWithTarget } from "./comparison.ts";
import { EVALUATION_WORDING, type EvaluationWording, statusPhrase } from "./evaluationWording.ts";
import type { Locale } from "./format.ts";
import { type Numeric, toNumber } from "./numeric.ts";
import { phasedTarget } from "./phasing.ts";
import { combineStatuses, compareStatusSeverity, type EvaluationStatus } from "./status.ts";
import { formatQuantity, formatTarget, type TargetSpec } from "./target.ts";

export type MeasurementKind = "ACTUAL" | "ESTIMATE";

/** One figure of an indicator for a monthly period of the plan year. */
export interface MeasurementInput {
  /** 1..12 */
  periodMonth: number;
  kind: MeasurementKind;
  value?: Numeric | null;
  achieved?: boolean | null;
  eventCount?: number | null;
}

export interface IndicatorEvaluationInput {
  /** Used to name the part in a composite's message ("Công nghiệp - xây dựng"). */
  name?: string;
  targets: TargetSpec[];
  subIndicators?: SubIndicatorEvaluationInput[];
  applicableFromYear?: number | null;
  year: number;
  asOf: { month: number };
  measurements: MeasurementInput[];
  yearClosed?: boolean;
  /** The language of the messages; Vietnamese unless told otherwise. Sub-indicators take their parent's. */
  locale?: Locale;
}

/** A sub-indicator: like an indicator, taking year, asOf and yearClosed from its parent unless given. */
export type SubIndicatorEvaluationInput = Omit<IndicatorEvaluationInput, "year" | "asOf" | "yearClosed" | "locale"> &
  Partial<Pick<IndicatorEvaluationInput, "year" | "asOf" | "yearClosed">>;

/** The figure an evaluation used. */
export interface EvaluationFigure {
  kind: MeasurementKind;
  periodMonth: number;
  /** The year is closed: met means ACHIEVED, not met NOT_ACHIEVED. */
  final: boolean;
  /** An actual to date used during the year for want of an estimate: the year's outcome may differ. */
  provisional: boolean;
}

export interface IndicatorEvaluation {
  status: EvaluationStatus;
  /** 0..1, or null when nothing can be said. */
  progress: number | null;
  latestValue: number | null;
  expectedValue: number | null;
  /** A short sentence saying why, in the input's language. */
  message: string;
  figure: EvaluationFigure | null;
  /** One per own target and sub-indicator when there is more than one part; otherwise empty. */
  parts: IndicatorEvaluationPart[];
}

export interface IndicatorEvaluationPart extends IndicatorEvaluation {
  label: string;
}

interface Selected {
  measurement: MeasurementInput;
  figure: EvaluationFigure;
}

interface Context {
  /** The measurements that count: in 1..asOf (or the whole year once closed), carrying something. */
  usable: MeasurementInput[];
  selected: Selected | null;
  locale: Locale;
  words: EvaluationWording;
}

function carriesSomething(m: MeasurementInput): boolean {
  return toNumber(m.value) !== null || typeof m.achieved === "boolean" || typeof m.eventCount === "number";
}

function latest(ms: MeasurementInput[], kind: MeasurementKind): MeasurementInput | undefined {
  let found: MeasurementInput | undefined;
  for (const m of ms) if (m.kind === kind && (!found || m.periodMonth >= found.periodMonth)) found = m;
  return found;
}

function context(input: IndicatorEvaluationInput, locale: Locale): Context {
  const asOfMonth = Math.min(12, Math.max(1, input.asOf.month));
  const closed = input.yearClosed === true;
  const usable = input.measurements.filter(
    (m) => m.periodMonth >= 1 && m.periodMonth <= 12 && (closed || m.periodMonth <= asOfMonth) && carriesSomething(m),
  );
  const actual = latest(usable, "ACTUAL");
  const estimate = latest(usable, "ESTIMATE");
  const final = closed;
  const measurement = final ? (actual ?? estimate) : (estimate ?? actual);
  const words = EVALUATION_WORDING[locale];
  if (!measurement) return { usable, selected: null, locale, words };
  const provisional = !final && measurement.kind === "ACTUAL";
  return {
    usable,
    locale,
    words,
    selected: {
      measurement,
      figure: { kind: measurement.kind, periodMonth: measurement.periodMonth, final, provisional },
    },
  };
}

/** The status a met / not-met figure gives, with the at-risk band during the year. */
function statusOf(met: boolean, final: boolean, shortfall: number): EvaluationStatus {
  if (met) return final ? "ACHIEVED" : "ON_TRACK";
  if (final) return "NOT_ACHIEVED";
  return shortfall <= AT_RISK_TOLERANCE ? "AT_RISK" : "OFF_TRACK";
}

function noData(expectedValue: number | null, message: string): IndicatorEvaluation {
  return { status: "NO_DATA", progress: null, latestValue: null, expectedValue, message, figure: null, parts: [] };
}

function expectedOf(spec: TargetSpec): number | null {
  if (spec.kind === "QUALITATIVE") {
    if (spec.qualitativeKind === "COMPLETE_ASSIGNED") return 100;
    if (spec.qualitativeKind === "ZERO_EVENTS") return 0;
    return null;
  }
  return spec.comparator === "RANGE" ? toNumber(spec.min) : toNumber(spec.value);
}

/** Met or not by a yes/no flag, for qualitative targets and figures that carry only a flag. */
function byFlag(
  spec: TargetSpec,
  ctx: Context,
  selected: Selected,
  achieved: boolean,
  said: [string, string],
): IndicatorEvaluation {
  const { figure } = selected;
  const status = statusOf(achieved, figure.final, Number.POSITIVE_INFINITY);
  return {
    status,
    progress: achieved ? 1 : 0,
    latestValue: toNumber(selected.measurement.value),
    expectedValue: expectedOf(spec),
    message: ctx.words.flagged(
      figure,
      achieved ? said[0] : said[1],
      figure.final ? null : statusPhrase(status, ctx.locale),
    ),
    figure,
    parts: [],
  };
}

function evaluateQuantitative(spec: TargetSpec, ctx: Context): IndicatorEvaluation {
  const expected = expectedOf(spec);
  const { selected, words, locale } = ctx;
  if (!selected) return noData(expected, words.noData);
  const value = toNumber(selected.measurement.value);
  if (value === null) {
    const flag = selected.measurement.achieved;
    return typeof flag === "boolean"
      ? byFlag(spec, ctx, selected, flag, words.achievedWords)
      : noData(expected, words.noData);
  }
  const { figure } = selected;
  // An actual to date is held to the part of the target due by its month (phasing.ts).
  const phased = figure.provisional ? phasedTarget(spec, figure.periodMonth) : null;
  const comparison = compareWithTarget(value, phased ?? spec);
  if (!comparison) return noData(expected, words.incompleteTarget(spec.text));
  const status = statusOf(comparison.met, figure.final, comparison.shortfall);
  // The value is written like the target ("tăng bình quân 11%/năm", "thêm 1 trường").
  const valueText = formatTarget({ ...spec, comparator: "EQ", value }, locale, { omitReachWord: true });
  const yearText = formatTarget(spec, locale, { omitReachWord: true });
  const targetText = phased
    ? words.phasedTarget(formatTarget(phased, locale, { omitReachWord: true }), figure.periodMonth, yearText)
    : yearText;
  return {
    status,
    progress: comparison.progress,
    latestValue: value,
    expectedValue: expected,
    message: words.compared(figure, valueText, targetText, statusPhrase(status, locale)),
    figure,
    parts: [],
  };
}

function evaluateCompleteAssigned(spec: TargetSpec, ctx: Context): IndicatorEvaluation {
  const { selected, words, locale } = ctx;
  if (!selected) return noData(100, words.noData);
  const { measurement, figure } = selected;
  const value = toNumber(measurement.value);
  if (measurement.achieved === true || value === null) {
    if (typeof measurement.achieved !== "boolean") return noData(100, words.noData);
    return byFlag(spec, ctx, selected, measurement.achieved, words.completeAssignedWords);
  }
  // The value is the share of the assigned figure reached, in percent.
  const comparison = compareWithTarget(value, { ...spec, kind: "QUANTITATIVE", comparator: "GTE", value: 100 });
  if (!comparison) return noData(100, words.noData);
  const status = statusOf(comparison.met, figure.final, comparison.shortfall);
  return {
    status,
    progress: comparison.progress,
    latestValue: value,
    expectedValue: 100,
    message: words.shareOfAssigned(figure, formatQuantity(value, { unit: "%" }, locale), statusPhrase(status, locale)),
    figure,
    parts: [],
  };
}

function evaluateZeroEvents(ctx: Context): IndicatorEvaluation {
  // An event has happened when a figure counts one, or, without a count, says "not achieved".
  const happened = (m: MeasurementInput) =>
    typeof m.eventCount === "number" ? m.eventCount > 0 : m.achieved === false;
  const actuals = ctx.usable.filter((m) => m.kind === "ACTUAL");
  const counted = actuals.filter((m) => typeof m.eventCount === "number");
  const total = counted.length > 0 ? counted.reduce((sum, m) => sum + (m.eventCount ?? 0), 0) : null;
  const { selected, words, locale } = ctx;
  if (!selected) return noData(0, words.noData);
  const { figure } = selected;
  if (actuals.some(happened)) {
    return {
      status: "NOT_ACHIEVED",
      progress: 0,
      latestValue: total,
      expectedValue: 0,
      message: words.eventsHappened(total, statusPhrase("NOT_ACHIEVED", locale)),
      figure,
      parts: [],
    };
  }
  if (actuals.length > 0 && figure.kind === "ACTUAL") {
    const status = figure.final ? "ACHIEVED" : "ON_TRACK";
    return {
      status,
      progress: 1,
      latestValue: total ?? 0,
      expectedValue: 0,
      message: words.noEventsSoFar(figure, statusPhrase(status, locale)),
      figure,
      parts: [],
    };
  }
  // Only a forecast: it says whether events are expected, and no actual contradicts it.
  const forecast = selected.measurement;
  const expectedEvents = happened(forecast);
  const status = statusOf(!expectedEvents, figure.final, Number.POSITIVE_INFINITY);
  const count = typeof forecast.eventCount === "number" ? forecast.eventCount : null;
  return {
    status,
    progress: expectedEvents ? 0 : 1,
    latestValue: count ?? (expectedEvents ? null : 0),
    expectedValue: 0,
    message: words.eventsForecast(figure, expectedEvents, count, statusPhrase(status, locale)),
    figure,
    parts: [],
  };
}

function evaluateTarget(spec: TargetSpec, ctx: Context): IndicatorEvaluation {
  if (spec.kind === "QUANTITATIVE") return evaluateQuantitative(spec, ctx);
  switch (spec.qualitativeKind) {
    case "ZERO_EVENTS":
      return evaluateZeroEvents(ctx);
    case "COMPLETE_ASSIGNED":
      return evaluateCompleteAssigned(spec, ctx);
    case "ACHIEVED": {
      const selected = ctx.selected;
      const flag = selected?.measurement.achieved;
      if (!selected || typeof flag !== "boolean") return noData(null, ctx.words.noData);
      return byFlag(spec, ctx, selected, flag, ctx.words.achievedWords);
    }
    default:
      return noData(null, ctx.words.incompleteTarget(spec.text));
  }
}

/** A target part is named by the plan's words, which are the plan's whatever the language. */
function partLabel(spec: TargetSpec, locale: Locale): string {
  return spec.text.trim() || formatTarget(spec, locale);
}

function composeMessage(parts: IndicatorEvaluationPart[], status: EvaluationStatus, words: EvaluationWording): string {
  const applicable = parts.filter((p) => p.status !== "NOT_APPLICABLE");
  const counts = new Map<EvaluationStatus, number>();
  for (const p of applicable) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
  const head = words.composite(
    applicable.length,
    [...counts.entries()].sort(([a], [b]) => compareStatusSeverity(a, b)),
  );
  if (status === "ACHIEVED" || status === "ON_TRACK") return head;
  const worst = applicable.find((p) => p.status === status);
  return worst ? `${head}. ${worst.label}: ${worst.message}` : head;
}

/**
 * Evaluates an indicator for a year as of a month: its status, progress (0..1), the figure used,
 * the target value and a short explanation in `input.locale` (Vietnamese by default). The rules are
 * in this module's header.
 */
export function evaluateIndicator(input: IndicatorEvaluationInput): IndicatorEvaluation {
  const locale = input.locale ?? "vi";
  const words = EVALUATION_WORDING[locale];
  if (input.applicableFromYear != null && input.applicableFromYear > input.year) {
    return {
      status: "NOT_APPLICABLE",
      progress: null,
      latestValue: null,
      expectedValue: input.targets[0] ? expectedOf(input.targets[0]) : null,
      message: words.appliesFrom(input.applicableFromYear),
      figure: null,
      parts: [],
    };
  }
  const ctx = context(input, locale);
  const parts: IndicatorEvaluationPart[] = [
    ...input.targets.map((spec) => ({ ...evaluateTarget(spec, ctx), label: partLabel(spec, locale) })),
    ...(input.subIndicators ?? []).map((sub, index) => ({
      ...evaluateIndicator({
        ...sub,
        year: sub.year ?? input.year,
        asOf: sub.asOf ?? input.asOf,
        yearClosed: sub.yearClosed ?? input.yearClosed,
        locale,
      }),
      label: sub.name ?? words.partName(index + 1),
    })),
  ];
  if (parts.length === 0) return noData(null, words.noTargets);
  if (parts.length === 1) {
    const { label: _label, ...only } = parts[0] as IndicatorEvaluationPart;
    return only;
  }
  const status = combineStatuses(parts.map((p) => p.status));
  const progresses = parts.filter((p) => p.status !== "NOT_APPLICABLE" && p.progress !== null);
  const own = input.targets.length > 0 ? parts[0] : undefined;
  return {
    status,
    progress:
      progresses.length > 0 ? progresses.reduce((sum, p) => sum + (p.progress ?? 0), 0) / progresses.length : null,
    latestValue: own?.latestValue ?? null,
    expectedValue: own?.expectedValue ?? null,
    message: composeMessage(parts, status, words),
    figure: ctx.selected?.figure ?? own?.figure ?? null,
    parts,
  };
}
