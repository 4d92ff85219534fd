// Plausible monthly figures of one indicator in one ward: a series for months 1–11 that moves
// towards the plan's target, ahead of it in some wards and behind in others. Counts that build up over
// the year are cumulative (the figure to date and the month's own part); rates, changes and amounts
// are levels; qualitative targets are met or not, "no incident" targets count incidents.
import { defaultPhasing } from "@kehoach/domain";
import type { TargetSeed } from "../seed/load.ts";
import type { Random } from "./random.ts";

export interface MonthFigure {
  valueToDate: string | null;
  periodValue: string | null;
  yearEndEstimate: string | null;
  samePeriodLastYear: string | null;
  achieved: boolean | null;
  eventCount: number | null;
}

const NONE: Omit<MonthFigure, "achieved" | "eventCount"> = {
  valueToDate: null,
  periodValue: null,
  yearEndEstimate: null,
  samePeriodLastYear: null,
};

/** The figure the target aims at: its value, or the middle of its range. */
function aim(t: TargetSeed): number {
  if (t.value != null) return Number(t.value);
  return (Number(t.minValue ?? 0) + Number(t.maxValue ?? 0)) / 2;
}

/**
 * Figures of months 1..months for a target; `performance` is how well this ward does on it (1: on
 * target, 0.8: a fifth behind, 1.15 ahead).
 */
export function figureSeries(t: TargetSeed, performance: number, months: number, rnd: Random): MonthFigure[] {
  const out: MonthFigure[] = [];
  if (t.kind === "QUALITATIVE") {
    if (t.qualitativeKind === "ZERO_EVENTS") {
      // Incidents are rare; the count to date only grows.
      let events = 0;
      for (let m = 1; m <= months; m++) {
        if (rnd.chance(performance < 0.9 ? 0.05 : 0.01)) events += 1;
        out.push({ ...NONE, achieved: null, eventCount: events });
      }
      return out;
    }
    // Met, or not yet in the first months where the ward lags.
    const metFrom = performance >= 0.95 ? 1 : performance >= 0.85 ? rnd.int(3, 9) : months + 1;
    for (let m = 1; m <= months; m++) out.push({ ...NONE, achieved: m >= metFrom, eventCount: null });
    return out;
  }

  const target = aim(t);
  const spec = {
    kind: t.kind,
    comparator: t.comparator,
    value: t.value,
    measure: t.measure,
    direction: t.direction,
    basis: t.basis,
    text: t.text,
  };
  if (defaultPhasing(spec) === "LINEAR") {
    // A count built up month by month towards (performance × target) by December.
    const year = Math.max(1, target * performance);
    let before = 0;
    for (let m = 1; m <= months; m++) {
      const due = Math.floor((year * m) / 12 + rnd.between(-0.3, 0.6));
      const toDate = Math.max(before, due);
      const lastYear = Math.round(toDate * rnd.between(0.75, 1.05));
      out.push({
        valueToDate: String(toDate),
        periodValue: String(toDate - before),
        yearEndEstimate: String(Math.max(toDate, Math.round((toDate * 12) / m))),
        samePeriodLastYear: String(lastYear),
        achieved: null,
        eventCount: null,
      });
      before = toDate;
    }
    return out;
  }

  // A level: a coverage rate stays within a few points of its target (and at most 100 %); a growth
  // rate or an amount strays further. Decreasing targets are met by lower figures.
  const coverage = t.measure === "PERCENT" && t.basis === "LEVEL";
  const spread = coverage ? 0.12 : 1;
  const lean = t.direction === "DECREASE" ? 1 - performance : performance - 1;
  const decimals = t.measure === "COUNT" ? 0 : t.measure === "MONEY" ? 2 : 1;
  for (let m = 1; m <= months; m++) {
    // Early months are rougher; the figure settles towards the ward's level.
    const wobble = rnd.between(-0.02, 0.02) * ((12 - m) / 12);
    let v = target * (1 + lean * spread + wobble);
    if (coverage) v = Math.min(100, v);
    v = Math.max(0, v);
    const value = v.toFixed(decimals);
    out.push({
      valueToDate: value,
      periodValue: null,
      yearEndEstimate: value,
      samePeriodLastYear: (v * rnd.between(0.9, 1.0)).toFixed(decimals),
      achieved: null,
      eventCount: null,
    });
  }
  return out;
}
