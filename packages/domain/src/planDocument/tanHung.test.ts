// Round trip on the customer's plan: parsing prisma/seed/ke-hoach-tan-hung-2026.md, with the
// reviewed corrections beside it (ke-hoach-tan-hung-2026.corrections.json: three summary names the
// text does not hold, two shortenings), gives exactly what the hand-made seed (plan-tan-hung-2026.yaml,
// units.yaml) says, written out in tanHung.expected.ts.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyDraftCorrections, type DraftCorrections } from "./corrections.ts";
import { normalizePlanText } from "./normalize.ts";
import { parsePlanDocument } from "./parsePlanDocument.ts";
import {
  EXPECTED_GROUPS,
  EXPECTED_INDICATORS,
  EXPECTED_LEGAL_BASES,
  EXPECTED_PLAN,
  EXPECTED_TASKS,
  EXPECTED_UNITS,
} from "./tanHung.expected.ts";

const seedFile = (name: string) => readFileSync(new URL(`../../../../prisma/seed/${name}`, import.meta.url), "utf8");
const text = seedFile("ke-hoach-tan-hung-2026.md");
const reviewed: DraftCorrections = JSON.parse(seedFile("ke-hoach-tan-hung-2026.corrections.json"));
const parsed = parsePlanDocument(text);
const corrected = applyDraftCorrections(parsed, reviewed.corrections);
const draft = corrected.draft;
const lines = normalizePlanText(text);
const line = (n: number) => lines[n - 1] ?? "";

describe("Tân Hưng 2026: the reviewed corrections", () => {
  it("all still apply: the parser reads what the reviewer corrected, nothing else was changed by hand", () => {
    expect(corrected.stale).toEqual([]);
    expect(corrected.applied).toBe(reviewed.corrections.length);
    expect(parsed.indicators.find((i) => i.number === 14)?.name).toBe("Tỷ lệ gia đình đạt gia đình văn hóa");
  });
});

describe("Tân Hưng 2026: header and introduction", () => {
  it("reads the header as written, the number being still blank", () => {
    expect(draft.header).toMatchObject({
      numberAsWritten: EXPECTED_PLAN.numberAsWritten,
      number: EXPECTED_PLAN.number,
      symbol: "KH-UBND",
      documentKind: "PLAN",
      placeAndDate: EXPECTED_PLAN.placeAndDate,
      place: "Tân Hưng",
      issuedOn: EXPECTED_PLAN.issuedOn,
      year: EXPECTED_PLAN.year,
      issuer: EXPECTED_PLAN.issuer,
      title: EXPECTED_PLAN.title,
      jurisdiction: { level: "phường", name: "Tân Hưng" },
    });
  });

  it("reads the 4 legal bases in order, issuers completed with the ward's and city's names", () => {
    expect(draft.legalBases).toHaveLength(4);
    expect(draft.legalBases).toMatchObject(EXPECTED_LEGAL_BASES);
    expect(draft.legalBases.map((b) => b.evidence)).toEqual(Array(4).fill({ fromLine: 11, toLine: 11 }));
  });

  it("reads purposes, requirements, theme and objective verbatim", () => {
    expect(draft.purposes.map((p) => p.text)).toEqual(EXPECTED_PLAN.purposes);
    expect(draft.requirements.map((r) => r.text)).toEqual(EXPECTED_PLAN.requirements);
    expect(draft.theme?.text).toBe(EXPECTED_PLAN.theme);
    expect(draft.objective?.text).toBe(EXPECTED_PLAN.objective);
    expect(line(draft.theme?.evidence.fromLine ?? 0)).toContain(EXPECTED_PLAN.theme);
  });
});

describe("Tân Hưng 2026: indicators", () => {
  it("finds the 3 groups and 18 indicators numbered 1 to 18", () => {
    expect(draft.indicatorGroups).toMatchObject(EXPECTED_GROUPS);
    expect(draft.indicators.map((i) => i.number)).toEqual(EXPECTED_INDICATORS.map((i) => i.number));
    expect(draft.indicators.map((i) => i.code)).toEqual(EXPECTED_INDICATORS.map((i) => String(i.number)));
  });

  it.each(EXPECTED_INDICATORS)("($number) as in the seed", (expected) => {
    const indicator = draft.indicators.find((i) => i.number === expected.number);
    expect(indicator).toMatchObject({
      group: expected.group,
      area: expected.area,
      sourceText: expected.sourceText,
      applicableFromYear: expected.applicableFromYear ?? null,
      note: expected.note ?? null,
    });
    expect(indicator?.name).toBe(expected.name);
    expect(indicator?.targets).toHaveLength(expected.targets.length);
    expect(indicator?.targets).toMatchObject(expected.targets);
    expect(indicator?.subIndicators.map((s) => s.code)).toEqual(expected.subIndicators.map((s) => s.code));
    expected.subIndicators.forEach((sub, k) => {
      const found = indicator?.subIndicators[k];
      expect(found?.name).toBe(sub.name);
      expect(found?.sourceText).toBe(sub.sourceText);
      expect(found?.targets).toMatchObject(sub.targets);
    });
  });

  it("points every indicator and target at its line", () => {
    for (const indicator of draft.indicators) {
      expect(line(indicator.evidence.fromLine)).toMatch(new RegExp(`^\\(${indicator.number}\\)`));
      const targets = [...indicator.targets, ...indicator.subIndicators.flatMap((s) => s.targets)];
      for (const target of targets) expect(line(target.evidence.fromLine)).toContain(target.text);
    }
  });

  it("refers to the indicators' annex", () => {
    expect(draft.annexes.map((a) => a.name)).toEqual(["Phụ lục 01", "Phụ lục 02"]);
  });
});

describe("Tân Hưng 2026: tasks", () => {
  it("finds the 32 tasks of section III in 7 groups", () => {
    expect(draft.tasks).toHaveLength(32);
    expect(draft.tasks.map((t) => t.code)).toEqual(EXPECTED_TASKS.map((t) => t.code));
    expect(draft.taskGroups.map((g) => g.section)).toEqual([
      "III.1",
      "III.2.1",
      "III.2.2.a",
      "III.2.2.b",
      "III.2.2.c",
      "III.2.2.d",
      "III.2.2.d",
    ]);
  });

  it.each(EXPECTED_TASKS)("$code as in the seed", (expected) => {
    const task = draft.tasks.find((t) => t.code === expected.code);
    expect(task).toMatchObject({
      section: expected.section,
      kind: expected.kind,
      area: expected.area,
      content: expected.content,
    });
    expect(task?.title.length).toBeLessThanOrEqual(120);
    expect(task?.outputs.map((o) => o.kind)).toEqual(expected.outputs.map((o) => o.kind));
    expect(task?.outputs.map((o) => o.title)).toEqual(expected.outputs.map((o) => o.title));
  });
});

describe("Tân Hưng 2026: organisation, signature, completeness", () => {
  it("names the 5 units of section IV with their duties verbatim", () => {
    expect(draft.units).toMatchObject(
      EXPECTED_UNITS.map(({ duties, ...unit }) => ({ ...unit, duties: duties.map((text) => ({ text })) })),
    );
  });

  it("reads the signer", () => {
    expect(draft.signer).toMatchObject({ name: EXPECTED_PLAN.signerName, title: EXPECTED_PLAN.signerTitle });
  });

  it("reads every line of the plan: nothing unparsed, nothing missing", () => {
    expect(draft.unparsed).toEqual([]);
    expect(draft.missing).toEqual([]);
    expect(draft.recipients.map((r) => r.text)).toContain("Các Tổ dân phố");
  });
});
