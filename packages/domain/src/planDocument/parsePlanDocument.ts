// Turns the text of a ward/commune socio-economic plan into a draft: every part the genre has, each
// item with the lines it came from and a confidence, the text that could not be read, and the list
// of required parts that were not found. Any text is accepted (another genre, random text, nothing)
// and gives a draft saying what is missing; parsing never throws.

import { parseGoals } from "./goals.ts";
import { jurisdictionIn, namedJurisdictions, parseHeader, parseIntro } from "./header.ts";
import { type IndicatorsResult, parseIndicators } from "./indicators.ts";
import { type KnownPlaces, parseLegalBases } from "./legalBases.ts";
import { parseUnits } from "./organisation.ts";
import { claim, type PlanText, readPlanText, unclaimedParagraphs } from "./sections.ts";
import { parseClosing } from "./signer.ts";
import { parseStatedTargets } from "./statedTargets.ts";
import { parseTasks } from "./tasks.ts";
import type { PlanDraft, PlanHeader, PlanPart } from "./types.ts";

function emptyDraft(): PlanDraft {
  return {
    header: null,
    legalBases: [],
    intro: null,
    purposes: [],
    requirements: [],
    theme: null,
    objective: null,
    indicatorGroups: [],
    indicators: [],
    taskGroups: [],
    tasks: [],
    units: [],
    annexes: [],
    closingRemarks: [],
    recipients: [],
    signer: null,
    unparsed: [],
    missing: [],
  };
}

/** Administrative units the plan names; the plan's own unit is the only one of its level. */
function knownPlaces(doc: PlanText, own: PlanHeader["jurisdiction"]): KnownPlaces {
  const places: KnownPlaces = new Map();
  for (const line of doc.lines) {
    for (const { level, name } of namedJurisdictions(line))
      places.set(level, (places.get(level) ?? new Set()).add(name));
  }
  if (own) places.set(own.level, new Set([own.name]));
  return places;
}

/**
 * Runs one part's parser; an unexpected error is reported in `unparsed` instead of failing the
 * whole draft, so that the other parts are still returned.
 */
function safely(doc: PlanText, part: string, parse: () => void): void {
  try {
    parse();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    doc.unparsed.push({
      fromLine: 1,
      toLine: doc.lines.length,
      text: "",
      reason: `Lỗi khi đọc phần ${part}: ${message}`,
    });
  }
}

/** Heading lines count as read when some line of their section was. */
function claimReadHeadings(doc: PlanText): void {
  for (const heading of doc.outline.headings) {
    if (doc.claimed.subarray(heading.line + 1, heading.end + 1).includes(1)) {
      claim(doc, { fromLine: heading.line, toLine: heading.titleEnd });
    }
  }
}

/**
 * The numbered block of main indicators when the plan has one (a ward's yearly plan); otherwise the
 * targets wherever the plan states them, with what the first reading claimed given back.
 */
function readIndicators(doc: PlanText): IndicatorsResult {
  const unparsed = doc.unparsed.length;
  const claimed = doc.claimed.slice();
  const block = parseIndicators(doc);
  if (block.indicators.length > 0) return block;
  doc.unparsed.length = unparsed;
  doc.claimed.set(claimed);
  return parseStatedTargets(doc);
}

function missingParts(draft: PlanDraft): PlanPart[] {
  const found: Record<PlanPart, boolean> = {
    header: Boolean(draft.header?.title),
    legalBases: draft.legalBases.length > 0,
    purposes: draft.purposes.length > 0,
    requirements: draft.requirements.length > 0,
    objective: draft.objective !== null,
    indicators: draft.indicators.length > 0,
    tasks: draft.tasks.length > 0,
    units: draft.units.length > 0,
    signer: Boolean(draft.signer?.name),
  };
  return (Object.keys(found) as PlanPart[]).filter((part) => !found[part]);
}

/** Parses the text of a plan (markdown or plain text) into a draft; see the module header. */
export function parsePlanDocument(text: string): PlanDraft {
  const doc = readPlanText(typeof text === "string" ? text : "");
  const draft = emptyDraft();
  const firstSection = doc.outline.headings.find((h) => h.level === 1)?.line ?? doc.outline.closingStart;

  safely(doc, "header", () => {
    draft.header = parseHeader(doc);
    const intro = parseIntro(doc);
    draft.intro = intro?.intro ?? null;
    if (draft.header && !draft.header.issuer && intro) {
      draft.header.issuer = intro.issuer;
      draft.header.jurisdiction = jurisdictionIn(intro.issuer);
    }
  });
  const places = knownPlaces(doc, draft.header?.jurisdiction ?? null);
  safely(doc, "legalBases", () => {
    draft.legalBases = parseLegalBases(doc, 1, firstSection - 1, places);
  });
  safely(doc, "goals", () => {
    Object.assign(draft, parseGoals(doc));
  });
  safely(doc, "indicators", () => {
    const { groups, indicators, annexes } = readIndicators(doc);
    Object.assign(draft, { indicatorGroups: groups, indicators });
    draft.annexes.push(...annexes);
  });
  safely(doc, "tasks", () => {
    const { groups, tasks, annexes } = parseTasks(doc, typeof text === "string" ? text : "");
    Object.assign(draft, { taskGroups: groups, tasks });
    draft.annexes.push(...annexes);
  });
  safely(doc, "units", () => {
    draft.units = parseUnits(doc, typeof text === "string" ? text : "");
  });
  safely(doc, "signer", () => {
    const properNames = [...places.values()].flatMap((names) => [...names]);
    Object.assign(draft, parseClosing(doc, doc.outline.closingStart, properNames));
  });

  claimReadHeadings(doc);
  for (const paragraph of unclaimedParagraphs(doc, 1, doc.lines.length)) {
    if (!/[\p{L}\p{N}]/u.test(paragraph.text)) continue;
    doc.unparsed.push({
      fromLine: paragraph.fromLine,
      toLine: paragraph.toLine,
      text: paragraph.text,
      reason: "Không thuộc phần nào của kế hoạch đã nhận ra",
    });
  }
  draft.unparsed = [...doc.unparsed].sort((a, b) => a.fromLine - b.fromLine);
  draft.missing = missingParts(draft);
  return draft;
}
