// Specification of the evaluation's explanation in English: the same rules as in Vietnamese, the
// sentences and numbers in English ("96.2%", "14.5 billion VND").
import { describe, expect, it } from "vitest";
import { actual, estimate } from "./evaluation.fixtures.ts";
import { evaluateIndicator, type IndicatorEvaluationInput } from "./evaluation.ts";
import type { TargetSpec } from "./target.ts";

const percent = (comparator: TargetSpec["comparator"], value: number, extra: Partial<TargetSpec> = {}): TargetSpec => ({
  kind: "QUANTITATIVE",
  comparator,
  value,
  unit: "%",
  measure: "PERCENT",
  direction: "INCREASE",
  basis: "LEVEL",
  text: `${value}%`,
  ...extra,
});

const qualitative = (qualitativeKind: TargetSpec["qualitativeKind"], text: string): TargetSpec => ({
  kind: "QUALITATIVE",
  qualitativeKind,
  direction: "MAINTAIN",
  basis: "LEVEL",
  text,
});

/** Evaluated in English, as of June 2026 unless told otherwise. */
function english(partial: Partial<IndicatorEvaluationInput>): string {
  return evaluateIndicator({
    targets: [percent("EQ", 96)],
    year: 2026,
    asOf: { month: 6 },
    measurements: [],
    locale: "en",
    ...partial,
  }).message;
}

const closed = { asOf: { month: 12 }, yearClosed: true };

describe("English explanations of a quantitative target", () => {
  it("says a provisional actual to date with English decimals", () => {
    expect(english({ measurements: [actual(5, 96.2)] })).toBe(
      "Actual to month 5 (provisional) 96.2% against a target of 96%: on track",
    );
  });

  it("says a year-end estimate at risk and off track", () => {
    expect(english({ measurements: [estimate(6, 95)] })).toBe("Year-end estimate 95% against a target of 96%: at risk");
    expect(english({ measurements: [estimate(6, 80)] })).toBe(
      "Year-end estimate 80% against a target of 96%: off track",
    );
  });

  it("says the full-year result once the year is closed", () => {
    expect(english({ ...closed, measurements: [actual(12, 96.5)] })).toBe(
      "Full-year result 96.5% against a target of 96%: achieved",
    );
    expect(english({ ...closed, measurements: [actual(12, 95.9)] })).toBe(
      "Full-year result 95.9% against a target of 96%: not achieved",
    );
  });

  it("writes money and growth targets in English units", () => {
    const money = percent("GT", 14, { unit: "tỷ đồng", measure: "MONEY", text: "trên 14 tỷ" });
    expect(
      english({ targets: [money], asOf: { month: 12 }, measurements: [actual(12, 9.8), estimate(12, 14.5)] }),
    ).toBe("Year-end estimate 14.5 billion VND against a target of over 14 billion VND: on track");
    const growth = percent("GT", 10, { basis: "AVERAGE_ANNUAL_CHANGE", text: "trên 10%/năm" });
    expect(english({ targets: [growth], ...closed, measurements: [actual(12, 10.8)] })).toBe(
      "Full-year result average growth 10.8%/year against a target of average growth over 10%/year: achieved",
    );
  });

  it("says why a target cannot be evaluated, and when there are no figures", () => {
    expect(
      english({ targets: [{ ...percent("GT", 0), value: null, text: "trên ?" }], measurements: [estimate(6, 5)] }),
    ).toBe("The target “trên ?” is incomplete and cannot be evaluated");
    expect(english({})).toBe("No data");
    expect(english({ targets: [] })).toBe("The indicator has no target to evaluate against");
    expect(english({ applicableFromYear: 2027 })).toBe("The indicator applies from 2027");
  });
});

describe("English explanations of yes/no figures", () => {
  const recognised = qualitative("ACHIEVED", "Phường đạt chuẩn tiếp cận pháp luật");

  it("says an achieved flag with its status during the year, and alone once final", () => {
    expect(english({ targets: [recognised], measurements: [estimate(6, null, { achieved: true })] })).toBe(
      "Year-end estimate: achieved (on track)",
    );
    expect(english({ targets: [recognised], ...closed, measurements: [actual(12, null, { achieved: false })] })).toBe(
      "Full-year result: not achieved",
    );
  });

  it("says the share of an assigned figure, or its completion by a flag", () => {
    const assigned = qualitative("COMPLETE_ASSIGNED", "hoàn thành kế hoạch thành phố giao");
    expect(english({ targets: [assigned], ...closed, measurements: [actual(12, 103.5)] })).toBe(
      "Full-year result 103.5% of the assigned target: achieved",
    );
    expect(english({ targets: [assigned], measurements: [estimate(6, null, { achieved: true })] })).toBe(
      "Year-end estimate: assigned target completed (on track)",
    );
  });
});

describe("English explanations of event targets", () => {
  const noCases = qualitative("ZERO_EVENTS", "không để xảy ra án đặc biệt nghiêm trọng");
  const months = (count: number, events: (month: number) => number) =>
    Array.from({ length: count }, (_, i) => actual(i + 1, null, { eventCount: events(i + 1) }));

  it("says that no incident has happened so far, or in the whole year", () => {
    expect(english({ targets: [noCases], measurements: months(6, () => 0) })).toBe("No incidents to month 6: on track");
    expect(english({ targets: [noCases], ...closed, measurements: months(12, () => 0) })).toBe(
      "No incidents in the whole year: achieved",
    );
  });

  it("counts incidents that happened, in the singular and the plural", () => {
    expect(english({ targets: [noCases], measurements: months(6, (m) => (m === 5 ? 1 : 0)) })).toBe(
      "1 incident occurred: not achieved",
    );
    expect(english({ targets: [noCases], measurements: months(6, (m) => (m > 4 ? 1 : 0)) })).toBe(
      "2 incidents occurred: not achieved",
    );
    expect(english({ targets: [noCases], measurements: [actual(3, null, { achieved: false })] })).toBe(
      "An incident occurred: not achieved",
    );
  });

  it("says what a year-end estimate expects", () => {
    expect(english({ targets: [noCases], measurements: [estimate(6, null, { eventCount: 0 })] })).toBe(
      "Year-end estimate expects no incidents: on track",
    );
    expect(english({ targets: [noCases], measurements: [estimate(6, null, { eventCount: 2 })] })).toBe(
      "Year-end estimate expects 2 incidents: off track",
    );
  });
});

describe("English explanations of composites", () => {
  it("counts the parts by status and explains the worst one, sub-indicators in English too", () => {
    const e = evaluateIndicator({
      targets: [],
      year: 2026,
      asOf: { month: 6 },
      measurements: [],
      locale: "en",
      subIndicators: [
        { name: "Hồ sơ giải quyết đúng hạn", targets: [percent("GT", 99)], measurements: [estimate(6, 99.5)] },
        { name: "Hồ sơ xử lý trên môi trường mạng", targets: [percent("EQ", 100)], measurements: [estimate(6, 88)] },
        { targets: [percent("GT", 98)], measurements: [estimate(6, 98.6)] },
      ],
    });
    expect(e.message).toBe(
      "3 parts: 1 off track, 2 on track. Hồ sơ xử lý trên môi trường mạng: Year-end estimate 88% against a target of 100%: off track",
    );
    expect(e.parts.map((p) => p.message)).toEqual([
      "Year-end estimate 99.5% against a target of over 99%: on track",
      "Year-end estimate 88% against a target of 100%: off track",
      "Year-end estimate 98.6% against a target of over 98%: on track",
    ]);
    expect(e.parts[2]?.label).toBe("Part 3");
  });

  it("says a single applicable part in the singular", () => {
    expect(
      english({
        targets: [],
        subIndicators: [
          { name: "A", targets: [percent("EQ", 100)], measurements: [estimate(6, 100)] },
          { name: "B", targets: [percent("EQ", 100)], applicableFromYear: 2027, measurements: [] },
        ],
      }),
    ).toBe("1 part: 1 on track");
  });
});
