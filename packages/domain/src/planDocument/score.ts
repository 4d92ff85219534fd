// How close a parsed draft is to the draft a clerk wrote by hand from the same document (a golden
// file, format "kehoach.plan-golden/1", described in packages/domain/fixtures/plan-documents/README.md).
// Items are paired one to one by a phrase of the document that the golden item quotes, so a parser
// that merges two items into one gets credit for one.

import { type JsonComparator, toJsonComparator } from "./draftJson.ts";
import { fold } from "./text.ts";
import type { DocumentKind, LocatedTarget, PlanDraft } from "./types.ts";

export const GOLDEN_FORMAT = "kehoach.plan-golden/1";

export interface GoldenTarget {
  kind?: "QUANTITATIVE" | "QUALITATIVE";
  comparator?: JsonComparator | null;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  unit?: string | null;
  direction?: "INCREASE" | "DECREASE" | "MAINTAIN";
  year?: number | null;
  text?: string;
}

export interface GoldenIndicator {
  match: string;
  name: string;
  targets: GoldenTarget[];
}

export interface GoldenTask {
  match: string;
  title: string;
  lead: string | null;
  cooperating?: string[];
  deadline?: string | null;
  output?: string | null;
}

export interface PlanGolden {
  format: typeof GOLDEN_FORMAT;
  document: string;
  header: {
    documentKind: DocumentKind;
    number: string | null;
    issuedOn: string | null;
    issuer: string | null;
    title: string | null;
  };
  legalBases: string[];
  indicators: GoldenIndicator[];
  tasks: GoldenTask[];
  units: string[];
}

export const HEADER_FIELDS = ["documentKind", "number", "issuedOn", "issuer", "title"] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

export interface Tally {
  right: number;
  expected: number;
}

export interface DocumentScore {
  document: string;
  header: Tally;
  legalBases: Tally;
  indicators: Tally;
  /** Expected indicators found with at least 90 % of their targets exact. */
  indicatorsExact: Tally;
  targets: Tally;
  /** Expected targets that give a year, found exact and with that year. */
  targetYears: Tally;
  tasks: Tally;
  /** Expected tasks that name a lead unit, found with that lead. */
  assignments: Tally;
  units: Tally;
  linesUnread: number;
  /** What was expected and not found (or found wrong), for whoever improves the parser. */
  misses: string[];
}

export const SCORE_TALLIES = [
  "header",
  "legalBases",
  "indicators",
  "indicatorsExact",
  "targets",
  "targetYears",
  "tasks",
  "assignments",
  "units",
] as const;
export type ScoreTally = (typeof SCORE_TALLIES)[number];

export interface CorpusScore {
  documents: DocumentScore[];
  total: Record<ScoreTally, Tally> & { linesUnread: number };
}

/** Text as compared: folded, markdown emphasis and quotes removed, spaces collapsed. */
export function comparable(text: string | null | undefined): string {
  return fold((text ?? "").normalize("NFC"))
    .replace(/[*_“”"‘’'`]/g, "")
    .replace(/\s+/g, " ")
    .replace(/[\s.,;:]+$/u, "")
    .trim();
}

/** Names match when one contains the other ("Sở Y tế" in "Sở Y tế thành phố"). */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = comparable(a);
  const y = comparable(b);
  return x !== "" && y !== "" && (x.includes(y) || y.includes(x));
}

const tally = (right: number, expected: number): Tally => ({ right, expected });

/**
 * Pairs each expected item with an unused found item it accepts: the one ranked lowest by `rank`
 * (an indicator whose quoted phrase also occurs elsewhere — "Cà phê" in an objective and in two
 * annexes — goes with the found one that states most of its targets), the first one on a tie.
 */
function pair<E, F>(
  expected: readonly E[],
  found: readonly F[],
  accepts: (e: E, f: F) => boolean,
  rank: (e: E, f: F) => number = () => 0,
): (F | null)[] {
  const used = new Set<number>();
  return expected.map((e) => {
    let best = -1;
    found.forEach((f, i) => {
      if (used.has(i) || !accepts(e, f)) return;
      if (best < 0 || rank(e, f) < rank(e, found[best] as F)) best = i;
    });
    if (best < 0) return null;
    used.add(best);
    return found[best] ?? null;
  });
}

const sameNumber = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? null) === null ? (b ?? null) === null : b !== null && b !== undefined && Math.abs((a as number) - b) < 1e-9;

// "%/năm" is a percentage whose basis is yearly; the basis is compared apart from the unit.
const unitWords = (unit: string | null | undefined) =>
  comparable(unit)
    .replace(/diem phan tram/g, "diem %")
    .replace(/\s*\/\s*nam$/, "");

const sameUnit = (expected: string | null | undefined, found: string | null) => {
  const e = unitWords(expected);
  const f = unitWords(found);
  return e === f || (e !== "" && f !== "" && (f.startsWith(`${e} `) || e.startsWith(`${f} `)));
};

/** A found target's unit, alone and with its rate base ("trẻ/100.000 trẻ"), as a clerk may write it. */
function foundUnits(found: LocatedTarget): (string | null)[] {
  if (found.perQuantity === null || found.perUnit === null) return [found.unit];
  const base = `${found.perQuantity === 1 ? "" : `${found.perQuantity.toLocaleString("vi-VN")} `}${found.perUnit}`;
  return [found.unit, `${found.unit ?? ""}/${base}`];
}

/** Whether a parsed target states exactly what the clerk wrote. */
export function targetIsExact(expected: GoldenTarget, found: LocatedTarget): boolean {
  if (expected.kind === "QUALITATIVE") return found.kind === "QUALITATIVE";
  if (found.kind !== "QUANTITATIVE") return false;
  return (
    (found.comparator ? toJsonComparator(found.comparator) : null) === (expected.comparator ?? null) &&
    sameNumber(expected.value, found.value) &&
    sameNumber(expected.min, found.min) &&
    sameNumber(expected.max, found.max) &&
    foundUnits(found).some((unit) => sameUnit(expected.unit, unit)) &&
    (expected.direction ?? "INCREASE") === found.direction
  );
}

const describeGolden = (t: GoldenTarget) =>
  t.kind === "QUALITATIVE"
    ? "qualitative"
    : `${t.comparator} ${t.value ?? `${t.min}–${t.max}`} ${t.unit ?? ""} ${t.direction ?? ""}`.trim();
const describeFound = (t: LocatedTarget) =>
  t.kind === "QUALITATIVE"
    ? "qualitative"
    : `${t.comparator ? toJsonComparator(t.comparator) : null} ${t.value ?? `${t.min}–${t.max}`} ${t.unit ?? ""} ${t.direction} “${t.text}”`;

function headerRight(golden: PlanGolden, draft: PlanDraft): { right: number; wrong: string[] } {
  const header = draft.header;
  const wrong: string[] = [];
  for (const field of HEADER_FIELDS) {
    const expected = golden.header[field];
    const found = header?.[field] ?? null;
    const same =
      field === "number" || field === "issuedOn" || field === "documentKind"
        ? (expected ?? null) === (found ?? null)
        : comparable(expected) === comparable(found);
    if (!same) wrong.push(`header.${field}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(found)}`);
  }
  return { right: HEADER_FIELDS.length - wrong.length, wrong };
}

/** Scores one draft against its golden file. */
export function scoreDraft(golden: PlanGolden, draft: PlanDraft): DocumentScore {
  const misses: string[] = [];
  const header = headerRight(golden, draft);
  misses.push(...header.wrong);

  const bases = pair(
    golden.legalBases,
    draft.legalBases,
    (e, f) =>
      comparable(f.number) === comparable(e) || (f.number === null && comparable(f.text).includes(comparable(e))),
  );
  bases.forEach((found, i) => {
    if (!found) misses.push(`legal basis ${golden.legalBases[i]}`);
  });

  const indicatorTexts = draft.indicators.map((indicator) => ({
    indicator,
    text: comparable([indicator.sourceText, ...indicator.subIndicators.map((s) => s.sourceText)].join(" ")),
    targets: [...indicator.targets, ...indicator.subIndicators.flatMap((s) => s.targets)],
  }));
  const indicators = pair(
    golden.indicators,
    indicatorTexts,
    (e, f) => f.text.includes(comparable(e.match)),
    (e, f) => -pair(e.targets, f.targets, targetIsExact).filter(Boolean).length,
  );
  let targetsExact = 0;
  let indicatorsExact = 0;
  let yearsRight = 0;
  indicators.forEach((found, i) => {
    const expected = golden.indicators[i];
    if (!expected) return;
    if (!found) {
      misses.push(`indicator “${expected.match}”`);
      return;
    }
    const paired = pair(expected.targets, found.targets, targetIsExact);
    const exact = paired.filter(Boolean).length;
    targetsExact += exact;
    yearsRight += expected.targets.filter((t, k) => t.year && paired[k]?.year === t.year).length;
    if (exact >= 0.9 * expected.targets.length) indicatorsExact++;
    else {
      const wanted = expected.targets.filter((_, t) => !paired[t]).map(describeGolden);
      const got = found.targets.filter((t) => !paired.includes(t)).map(describeFound);
      misses.push(`targets of “${expected.match}”: expected ${wanted.join("; ")}; found ${got.join("; ") || "none"}`);
    }
  });

  const taskTexts = draft.tasks.map((task) => ({ task, text: comparable(task.content) }));
  const tasks = pair(golden.tasks, taskTexts, (e, f) => f.text.includes(comparable(e.match)));
  let assignments = 0;
  const led = golden.tasks.filter((task) => task.lead);
  tasks.forEach((found, i) => {
    const expected = golden.tasks[i];
    if (!expected) return;
    if (!found) misses.push(`task “${expected.match}”`);
    else if (expected.lead && sameName(expected.lead, found.task.lead)) assignments++;
    else if (expected.lead)
      misses.push(`lead of “${expected.match}”: expected ${expected.lead}, found ${found.task.lead}`);
  });

  const units = pair(golden.units, draft.units, (e, f) => sameName(e, f.name));
  units.forEach((found, i) => {
    if (!found) misses.push(`unit ${golden.units[i]}`);
  });

  return {
    document: golden.document,
    header: tally(header.right, HEADER_FIELDS.length),
    legalBases: tally(bases.filter(Boolean).length, golden.legalBases.length),
    indicators: tally(indicators.filter(Boolean).length, golden.indicators.length),
    indicatorsExact: tally(indicatorsExact, golden.indicators.length),
    targets: tally(
      targetsExact,
      golden.indicators.reduce((n, i) => n + i.targets.length, 0),
    ),
    targetYears: tally(
      yearsRight,
      golden.indicators.reduce((n, i) => n + i.targets.filter((t) => t.year).length, 0),
    ),
    tasks: tally(tasks.filter(Boolean).length, golden.tasks.length),
    assignments: tally(assignments, led.length),
    units: tally(units.filter(Boolean).length, golden.units.length),
    linesUnread: draft.unparsed.reduce((n, u) => n + u.toLine - u.fromLine + 1, 0),
    misses,
  };
}

/** Sums the scores of several documents. */
export function scoreCorpus(documents: DocumentScore[]): CorpusScore {
  const total = {
    ...(Object.fromEntries(SCORE_TALLIES.map((name) => [name, tally(0, 0)])) as Record<ScoreTally, Tally>),
    linesUnread: 0,
  };
  for (const score of documents) {
    for (const name of SCORE_TALLIES) {
      total[name].right += score[name].right;
      total[name].expected += score[name].expected;
    }
    total.linesUnread += score.linesUnread;
  }
  return { documents, total };
}

/** Checks the shape of a golden file; the message says what to fix. */
export function readGolden(json: unknown, file: string): PlanGolden {
  const golden = json as Partial<PlanGolden> | null;
  const problem =
    golden?.format !== GOLDEN_FORMAT
      ? `"format" must be "${GOLDEN_FORMAT}"`
      : !golden.header
        ? `"header" is missing`
        : !Array.isArray(golden.indicators) || !Array.isArray(golden.tasks)
          ? `"indicators" and "tasks" must be lists`
          : null;
  if (problem) throw new Error(`${file}: ${problem}`);
  return {
    ...(golden as PlanGolden),
    legalBases: golden?.legalBases ?? [],
    units: golden?.units ?? [],
  };
}
