// The 18 indicators of the Tân Hưng plan from reported lines to evaluation: which unit's line is
// official (lead) and which only a contribution (cooperating), the estimate during the year, and
// December before and after the year report. Assignments as the seed infers them (Phụ lục 01).
import { describe, expect, it } from "vitest";
import type { MeasurementInput } from "../evaluation.ts";
import { evaluateIndicator } from "../evaluation.ts";
import { EXPECTED_INDICATORS } from "../planDocument/tanHung.expected.ts";
import type { EvaluationStatus } from "../status.ts";
import type { FigureLine } from "./figureInput.ts";
import { figureInputOf, figureIssues } from "./figureInput.ts";
import { officialFiguresOf } from "./officialFigures.ts";
import { lineRoleOf } from "./whoReports.ts";

/** Lead and cooperating units of each indicator (prisma/seed/plan-tan-hung-2026.yaml). */
const ASSIGNMENTS: Record<number, { lead: string; cooperating: string[] }> = {
  1: { lead: "kt", cooperating: [] },
  2: { lead: "kt", cooperating: [] },
  3: { lead: "kt", cooperating: [] },
  4: { lead: "kt", cooperating: [] },
  5: { lead: "kt", cooperating: ["hcc"] },
  6: { lead: "kt", cooperating: ["vhxh"] },
  7: { lead: "vhxh", cooperating: ["kt"] },
  8: { lead: "kt", cooperating: [] },
  9: { lead: "kt", cooperating: ["tdp"] },
  10: { lead: "vhxh", cooperating: ["dvsnc"] },
  11: { lead: "vhxh", cooperating: ["thngocson"] },
  12: { lead: "vhxh", cooperating: [] },
  13: { lead: "vhxh", cooperating: ["dvsnc"] },
  14: { lead: "vhxh", cooperating: ["mttq", "tdp"] },
  15: { lead: "hcc", cooperating: ["vhxh"] },
  16: { lead: "vp", cooperating: [] },
  17: { lead: "qs", cooperating: ["ca", "tdp"] },
  18: { lead: "ca", cooperating: ["qs", "tdp"] },
};

/** A unit's approved line for a month, about the indicator itself or one of its parts ("15.1"). */
interface Line extends FigureLine {
  unit: string;
  month: number;
  part?: string;
}

interface Row {
  when: string;
  lines: Line[];
  asOf: number;
  /** The year report approved (December closed). */
  closed?: boolean;
  status: EvaluationStatus;
}

function evaluate(number: number, row: Row) {
  const indicator = EXPECTED_INDICATORS.find((i) => i.number === number);
  if (!indicator) throw new Error(`no indicator (${number})`);
  const assignment = {
    leadUnitId: ASSIGNMENTS[number]?.lead ?? "",
    cooperatingUnitIds: ASSIGNMENTS[number]?.cooperating ?? [],
  };
  const measurementsOf = (part: string | undefined): MeasurementInput[] =>
    row.lines
      .filter((line) => line.part === part)
      .flatMap((line) => {
        const role = lineRoleOf(assignment, line.unit);
        if (!role) throw new Error(`${line.unit} has no line on (${number})`);
        return officialFiguresOf(line, role).map((f) => ({ ...f, periodMonth: line.month }));
      });
  for (const line of row.lines) {
    const targets = line.part ? indicator.subIndicators.find((s) => s.code === line.part)?.targets : indicator.targets;
    // Every line of the table is one the form and the API accept.
    expect(figureIssues(figureInputOf(targets ?? []), line), `${row.when}: ${line.unit}`).toEqual([]);
  }
  return evaluateIndicator({
    targets: indicator.targets,
    subIndicators: indicator.subIndicators.map((s) => ({
      name: s.name,
      targets: s.targets,
      measurements: measurementsOf(s.code),
    })),
    applicableFromYear: indicator.applicableFromYear ?? null,
    year: 2026,
    asOf: { month: row.asOf },
    yearClosed: row.closed ?? false,
    measurements: measurementsOf(undefined),
  });
}

const TABLE: Record<number, Row[]> = {
  1: [
    {
      when: "December, headline and sectors estimated above their targets",
      lines: [
        { unit: "kt", month: 12, valueToDate: 9.1, yearEndEstimate: 10.4 },
        { unit: "kt", month: 12, part: "1.1", yearEndEstimate: 12.5 },
        { unit: "kt", month: 12, part: "1.2", yearEndEstimate: 10.2 },
        { unit: "kt", month: 12, part: "1.3", yearEndEstimate: 2.1 },
      ],
      asOf: 12,
      status: "ON_TRACK",
    },
    {
      when: "year report: services grew 9,5%",
      lines: [
        { unit: "kt", month: 12, valueToDate: 10.4 },
        { unit: "kt", month: 12, part: "1.1", valueToDate: 12.5 },
        { unit: "kt", month: 12, part: "1.2", valueToDate: 9.5 },
        { unit: "kt", month: 12, part: "1.3", valueToDate: 2.1 },
      ],
      asOf: 12,
      closed: true,
      status: "NOT_ACHIEVED",
    },
  ],
  2: [
    {
      when: "December: 92% collected, 103% estimated",
      lines: [{ unit: "kt", month: 12, valueToDate: 92, yearEndEstimate: 103 }],
      asOf: 12,
      status: "ON_TRACK",
    },
    {
      when: "year report: 103%",
      lines: [{ unit: "kt", month: 12, valueToDate: 103 }],
      asOf: 12,
      closed: true,
      status: "ACHIEVED",
    },
  ],
  3: [
    {
      when: "December: 9,8 tỷ to date, 14,5 tỷ estimated",
      lines: [{ unit: "kt", month: 12, valueToDate: 9.8, yearEndEstimate: 14.5 }],
      asOf: 12,
      status: "ON_TRACK",
    },
    {
      when: "year report: 9,8 tỷ",
      lines: [{ unit: "kt", month: 12, valueToDate: 9.8 }],
      asOf: 12,
      closed: true,
      status: "NOT_ACHIEVED",
    },
  ],
  4: [
    {
      when: "November: 78% disbursed, no estimate (provisional)",
      lines: [{ unit: "kt", month: 11, valueToDate: 78 }],
      asOf: 11,
      status: "OFF_TRACK",
    },
    {
      when: "year report: 100%",
      lines: [{ unit: "kt", month: 12, valueToDate: 100 }],
      asOf: 12,
      closed: true,
      status: "ACHIEVED",
    },
  ],
  5: [
    {
      when: "only the cooperating centre reported",
      lines: [{ unit: "hcc", month: 12, valueToDate: 25 }],
      asOf: 12,
      status: "NO_DATA",
    },
    {
      when: "the lead unit's 22 counts, not the centre's 15",
      lines: [
        { unit: "hcc", month: 12, valueToDate: 15 },
        { unit: "kt", month: 12, valueToDate: 22 },
      ],
      asOf: 12,
      status: "ON_TRACK",
    },
  ],
  6: [
    {
      when: "VH-XH's contribution does not replace Kinh tế's estimate",
      lines: [
        { unit: "vhxh", month: 12, yearEndEstimate: 70 },
        { unit: "kt", month: 12, yearEndEstimate: 85.2 },
      ],
      asOf: 12,
      status: "ON_TRACK",
    },
  ],
  7: [
    {
      when: "applies from 2027",
      lines: [{ unit: "vhxh", month: 12, valueToDate: 60 }],
      asOf: 12,
      status: "NOT_APPLICABLE",
    },
  ],
  8: [
    {
      when: "year report: 100%",
      lines: [{ unit: "kt", month: 12, valueToDate: 100 }],
      asOf: 12,
      closed: true,
      status: "ACHIEVED",
    },
  ],
  9: [
    {
      when: "December: 97% estimated",
      lines: [{ unit: "kt", month: 12, yearEndEstimate: 97 }],
      asOf: 12,
      status: "AT_RISK",
    },
  ],
  10: [
    {
      when: "June: 96,5% estimated",
      lines: [{ unit: "vhxh", month: 6, yearEndEstimate: 96.5 }],
      asOf: 6,
      status: "ON_TRACK",
    },
    {
      when: "year report: 94%",
      lines: [{ unit: "vhxh", month: 12, valueToDate: 94 }],
      asOf: 12,
      closed: true,
      status: "NOT_ACHIEVED",
    },
  ],
  11: [
    {
      when: "year report: one more school",
      lines: [{ unit: "vhxh", month: 12, valueToDate: 1 }],
      asOf: 12,
      closed: true,
      status: "ACHIEVED",
    },
  ],
  12: [{ when: "no report yet", lines: [], asOf: 12, status: "NO_DATA" }],
  13: [
    {
      when: "December: 56% estimated",
      lines: [{ unit: "vhxh", month: 12, yearEndEstimate: 56 }],
      asOf: 12,
      status: "ON_TRACK",
    },
  ],
  14: [
    {
      when: "December: rates estimated, activities and policies achieved",
      lines: [
        { unit: "vhxh", month: 12, part: "14.1", yearEndEstimate: 97.5 },
        { unit: "vhxh", month: 12, part: "14.2", yearEndEstimate: 100 },
        { unit: "vhxh", month: 12, part: "14.3", achieved: true },
        { unit: "vhxh", month: 12, part: "14.4", achieved: true },
      ],
      asOf: 12,
      status: "ON_TRACK",
    },
    {
      when: "year report: all four met",
      lines: [
        { unit: "vhxh", month: 12, part: "14.1", valueToDate: 97.5 },
        { unit: "vhxh", month: 12, part: "14.2", valueToDate: 100 },
        { unit: "vhxh", month: 12, part: "14.3", achieved: true },
        { unit: "vhxh", month: 12, part: "14.4", achieved: true },
      ],
      asOf: 12,
      closed: true,
      status: "ACHIEVED",
    },
  ],
  15: [
    {
      when: "only VH-XH's contributions: no official figure yet",
      lines: ["15.1", "15.2", "15.3", "15.4"].map((part) => ({ unit: "vhxh", month: 12, part, yearEndEstimate: 100 })),
      asOf: 12,
      status: "NO_DATA",
    },
    {
      when: "the centre's figures, evaluated from the parts",
      lines: [
        { unit: "hcc", month: 12, part: "15.1", yearEndEstimate: 99.5 },
        { unit: "hcc", month: 12, part: "15.2", yearEndEstimate: 100 },
        { unit: "hcc", month: 12, part: "15.3", yearEndEstimate: 100 },
        { unit: "hcc", month: 12, part: "15.4", yearEndEstimate: 98.6 },
      ],
      asOf: 12,
      status: "ON_TRACK",
    },
  ],
  16: [
    {
      when: "December: not yet recognised",
      lines: [{ unit: "vp", month: 12, achieved: false }],
      asOf: 12,
      status: "OFF_TRACK",
    },
    {
      when: "year report: recognised",
      lines: [{ unit: "vp", month: 12, achieved: true }],
      asOf: 12,
      closed: true,
      status: "ACHIEVED",
    },
  ],
  17: [
    {
      when: "year report: both 100%",
      lines: [
        { unit: "qs", month: 12, part: "17.1", valueToDate: 100 },
        { unit: "qs", month: 12, part: "17.2", valueToDate: 100 },
      ],
      asOf: 12,
      closed: true,
      status: "ACHIEVED",
    },
  ],
  18: [
    {
      when: "no case through November",
      lines: [{ unit: "ca", month: 11, eventCount: 0 }],
      asOf: 11,
      status: "ON_TRACK",
    },
    {
      when: "a case in March breaks the target at once, before the year is over",
      lines: [
        { unit: "ca", month: 2, eventCount: 0 },
        { unit: "ca", month: 3, eventCount: 1 },
      ],
      asOf: 3,
      status: "NOT_ACHIEVED",
    },
    {
      when: "the military command's count is a contribution",
      lines: [
        { unit: "qs", month: 12, eventCount: 1 },
        { unit: "ca", month: 12, eventCount: 0 },
      ],
      asOf: 12,
      closed: true,
      status: "ACHIEVED",
    },
  ],
};

describe("Tân Hưng 2026: reported lines to evaluation", () => {
  it("covers all 18 indicators", () => {
    expect(Object.keys(TABLE).map(Number)).toEqual(EXPECTED_INDICATORS.map((i) => i.number));
  });

  for (const [number, rows] of Object.entries(TABLE)) {
    for (const row of rows) {
      it(`(${number}) ${row.when}: ${row.status}`, () => {
        expect(evaluate(Number(number), row).status).toBe(row.status);
      });
    }
  }

  it("before the year report nothing is NOT_ACHIEVED unless an event target is already broken", () => {
    for (const [number, rows] of Object.entries(TABLE)) {
      for (const row of rows.filter((r) => !r.closed && r.status === "NOT_ACHIEVED")) {
        expect(Number(number), row.when).toBe(18);
      }
    }
  });
});
