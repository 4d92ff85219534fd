// Specification of the evaluation rules in general: applicability, the figure used, statuses, composites.
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

function input(partial: Partial<IndicatorEvaluationInput>): IndicatorEvaluationInput {
  return { targets: [percent("EQ", 96)], year: 2026, asOf: { month: 6 }, measurements: [], ...partial };
}

describe("applicability", () => {
  it("an indicator that applies from a later year is NOT_APPLICABLE, whatever its figures", () => {
    const e = evaluateIndicator(input({ applicableFromYear: 2027, measurements: [actual(6, 10)] }));
    expect(e).toMatchObject({ status: "NOT_APPLICABLE", progress: null, latestValue: null, expectedValue: 96 });
    expect(e.message).toBe("Chỉ tiêu áp dụng từ năm 2027");
  });

  it("applies from its first year on", () => {
    expect(evaluateIndicator(input({ applicableFromYear: 2026, measurements: [estimate(6, 97)] })).status).toBe(
      "ON_TRACK",
    );
  });
});

describe("no data", () => {
  it("without measurements the status is NO_DATA", () => {
    expect(evaluateIndicator(input({}))).toMatchObject({
      status: "NO_DATA",
      progress: null,
      latestValue: null,
      expectedValue: 96,
      message: "Chưa có số liệu",
      figure: null,
    });
  });

  it("measurements without a value, flag or count do not count", () => {
    expect(evaluateIndicator(input({ measurements: [estimate(3, null)] })).status).toBe("NO_DATA");
  });

  it("an indicator without targets cannot be evaluated", () => {
    expect(evaluateIndicator(input({ targets: [], measurements: [estimate(3, 1)] })).status).toBe("NO_DATA");
  });
});

describe("which figure is compared", () => {
  it("during the year, the latest year-end estimate wins over an actual to date", () => {
    const e = evaluateIndicator(input({ measurements: [estimate(4, 97), actual(5, 90)] }));
    expect(e).toMatchObject({ status: "ON_TRACK", latestValue: 97, figure: { kind: "ESTIMATE", periodMonth: 4 } });
  });

  it("the latest estimate is used when there are several", () => {
    const e = evaluateIndicator(input({ measurements: [estimate(5, 95), estimate(2, 97)] }));
    expect(e).toMatchObject({ latestValue: 95, status: "AT_RISK" });
  });

  it("without an estimate, the actual to date is compared as it is", () => {
    const e = evaluateIndicator(input({ measurements: [actual(5, 96.2)] }));
    expect(e).toMatchObject({ status: "ON_TRACK", figure: { kind: "ACTUAL", periodMonth: 5, final: false } });
    expect(e.figure?.provisional).toBe(true);
    expect(e.message).toBe("Thực hiện đến tháng 5 (tạm tính) 96,2% so với mục tiêu 96%: đúng tiến độ");
  });

  it("figures after the as-of month are ignored", () => {
    expect(evaluateIndicator(input({ asOf: { month: 3 }, measurements: [estimate(4, 97)] })).status).toBe("NO_DATA");
  });

  it("December's figures are provisional until the year is closed: the estimate wins, nothing is NOT_ACHIEVED", () => {
    // Vốn đầu tư: 9,8 tỷ to date in December, 14,5 tỷ estimated for the year, target above 14 tỷ.
    const money: TargetSpec = { ...percent("GT", 14), unit: "tỷ đồng", measure: "MONEY", text: "trên 14 tỷ" };
    const december = input({
      targets: [money],
      asOf: { month: 12 },
      measurements: [actual(12, 9.8), estimate(12, 14.5)],
    });
    expect(evaluateIndicator(december)).toMatchObject({
      status: "ON_TRACK",
      latestValue: 14.5,
      figure: { kind: "ESTIMATE", periodMonth: 12, final: false, provisional: false },
    });
    const onlyActual = evaluateIndicator(input({ asOf: { month: 12 }, measurements: [actual(12, 90)] }));
    expect(onlyActual).toMatchObject({ status: "OFF_TRACK", figure: { final: false, provisional: true } });
    expect(onlyActual.message).toContain("(tạm tính)");
    expect(onlyActual.status).not.toBe("NOT_ACHIEVED");
  });

  it("after the year report a December actual is final: met is ACHIEVED, not met NOT_ACHIEVED", () => {
    const closed = { asOf: { month: 12 }, yearClosed: true };
    const met = evaluateIndicator(input({ ...closed, measurements: [estimate(11, 90), actual(12, 96.5)] }));
    expect(met).toMatchObject({ status: "ACHIEVED", figure: { kind: "ACTUAL", periodMonth: 12, final: true } });
    expect(met.message).toBe("Thực hiện cả năm 96,5% so với mục tiêu 96%: đạt");
    const missed = evaluateIndicator(input({ ...closed, measurements: [actual(12, 95.9)] }));
    expect(missed.status).toBe("NOT_ACHIEVED");
  });

  it("once the year is closed every month counts and the latest actual is final", () => {
    const e = evaluateIndicator(
      input({ asOf: { month: 6 }, yearClosed: true, measurements: [estimate(11, 99), actual(11, 96)] }),
    );
    expect(e).toMatchObject({ status: "ACHIEVED", latestValue: 96, figure: { kind: "ACTUAL", final: true } });
  });

  it("a closed year with only an estimate is judged on the estimate", () => {
    const e = evaluateIndicator(input({ yearClosed: true, measurements: [estimate(10, 90)] }));
    expect(e).toMatchObject({ status: "NOT_ACHIEVED", figure: { kind: "ESTIMATE", final: true } });
  });

  it("a met target during the year is only ON_TRACK, never ACHIEVED", () => {
    expect(evaluateIndicator(input({ asOf: { month: 11 }, measurements: [actual(11, 99)] })).status).toBe("ON_TRACK");
  });
});

describe("status during the year", () => {
  it("within 5% short of the target is AT_RISK, further is OFF_TRACK", () => {
    expect(evaluateIndicator(input({ measurements: [estimate(6, 91.3)] })).status).toBe("AT_RISK");
    expect(evaluateIndicator(input({ measurements: [estimate(6, 91.1)] })).status).toBe("OFF_TRACK");
  });

  it("explains itself in Vietnamese", () => {
    const e = evaluateIndicator(input({ measurements: [estimate(6, 95)] }));
    expect(e.message).toBe("Ước cả năm 95% so với mục tiêu 96%: có nguy cơ không đạt");
    expect(evaluateIndicator(input({ measurements: [estimate(6, 80)] })).message).toBe(
      "Ước cả năm 80% so với mục tiêu 96%: chậm tiến độ",
    );
  });

  it("reports progress as value/target capped at 1 and the target as expected value", () => {
    const e = evaluateIndicator(input({ measurements: [estimate(6, 48)] }));
    expect(e.progress).toBeCloseTo(0.5);
    expect(e.expectedValue).toBe(96);
    expect(evaluateIndicator(input({ measurements: [estimate(6, 100)] })).progress).toBe(1);
  });

  it("accepts Decimal-like measurement values", () => {
    const e = evaluateIndicator(
      input({ measurements: [estimate(6, null, { value: { toString: () => "96.000000" } })] }),
    );
    expect(e).toMatchObject({ status: "ON_TRACK", latestValue: 96 });
  });

  it("a quantitative figure that carries only an achieved flag is judged by the flag", () => {
    expect(evaluateIndicator(input({ measurements: [estimate(6, null, { achieved: true })] })).status).toBe("ON_TRACK");
    expect(
      evaluateIndicator(input({ yearClosed: true, measurements: [actual(12, null, { achieved: false })] })).status,
    ).toBe("NOT_ACHIEVED");
  });

  it("a target without the numbers its comparator needs gives NO_DATA with a reason", () => {
    const e = evaluateIndicator(
      input({ targets: [{ ...percent("GT", 0), value: null, text: "trên ?" }], measurements: [estimate(6, 5)] }),
    );
    expect(e.status).toBe("NO_DATA");
    expect(e.message).toBe("Mức chỉ tiêu “trên ?” chưa đủ để đánh giá");
  });
});

describe("other comparators and directions", () => {
  it("LT on a DECREASE level target (tỷ lệ hộ nghèo dưới 1%)", () => {
    const spec = percent("LT", 1, { direction: "DECREASE", text: "dưới 1%" });
    expect(evaluateIndicator(input({ targets: [spec], measurements: [estimate(6, 0.8)] })).status).toBe("ON_TRACK");
    expect(evaluateIndicator(input({ targets: [spec], measurements: [estimate(6, 1.04)] })).status).toBe("AT_RISK");
    expect(evaluateIndicator(input({ targets: [spec], measurements: [estimate(6, 1.5)] })).status).toBe("OFF_TRACK");
  });

  it("APPROX within 5%", () => {
    const spec = percent("APPROX", 50);
    expect(evaluateIndicator(input({ targets: [spec], measurements: [estimate(6, 48)] })).status).toBe("ON_TRACK");
    expect(evaluateIndicator(input({ targets: [spec], measurements: [estimate(6, 46)] })).status).toBe("AT_RISK");
  });

  it("RANGE", () => {
    const spec: TargetSpec = {
      ...percent("RANGE", 0),
      value: null,
      min: 2,
      max: 3,
      unit: "buổi",
      text: "từ 02 đến 03 buổi",
    };
    const e = evaluateIndicator(
      input({ targets: [spec], measurements: [actual(12, 2)], asOf: { month: 12 }, yearClosed: true }),
    );
    expect(e).toMatchObject({ status: "ACHIEVED", expectedValue: 2 });
    expect(e.message).toBe("Thực hiện cả năm 2 buổi so với mục tiêu từ 2 đến 3 buổi: đạt");
    expect(evaluateIndicator(input({ targets: [spec], yearClosed: true, measurements: [actual(12, 1)] })).status).toBe(
      "NOT_ACHIEVED",
    );
  });
});

describe("several targets on one figure", () => {
  it("every target must be met", () => {
    const targets = [percent("GTE", 5, { text: "từ 5%" }), percent("LTE", 10, { text: "không quá 10%" })];
    const ok = evaluateIndicator(input({ targets, yearClosed: true, measurements: [actual(12, 7)] }));
    expect(ok.status).toBe("ACHIEVED");
    expect(ok.parts).toHaveLength(2);
    const over = evaluateIndicator(input({ targets, yearClosed: true, measurements: [actual(12, 12)] }));
    expect(over.status).toBe("NOT_ACHIEVED");
    expect(over.message).toBe(
      "2 thành phần: 1 không đạt, 1 đạt. không quá 10%: Thực hiện cả năm 12% so với mục tiêu ≤ 10%: không đạt",
    );
  });
});

describe("sub-indicators", () => {
  it("inherit the year, as-of month and closing of their parent", () => {
    const e = evaluateIndicator(
      input({
        targets: [],
        yearClosed: true,
        subIndicators: [
          { name: "A", targets: [percent("EQ", 100)], measurements: [actual(12, 100)] },
          { name: "B", targets: [percent("EQ", 100)], measurements: [actual(12, 100)] },
        ],
      }),
    );
    expect(e).toMatchObject({ status: "ACHIEVED", progress: 1, latestValue: null, expectedValue: null });
    expect(e.parts.map((p) => p.label)).toEqual(["A", "B"]);
  });

  it("a sub-indicator that does not apply yet is left out", () => {
    const e = evaluateIndicator(
      input({
        targets: [],
        subIndicators: [
          { name: "A", targets: [percent("EQ", 100)], measurements: [estimate(6, 100)] },
          { name: "B", targets: [percent("EQ", 100)], applicableFromYear: 2027, measurements: [] },
        ],
      }),
    );
    expect(e.status).toBe("ON_TRACK");
    expect(e.message).toBe("1 thành phần: 1 đúng tiến độ");
  });

  it("averages the progress of the parts that have one", () => {
    const e = evaluateIndicator(
      input({
        targets: [],
        subIndicators: [
          { targets: [percent("EQ", 100)], measurements: [estimate(6, 50)] },
          { targets: [percent("EQ", 100)], measurements: [estimate(6, 100)] },
          { targets: [percent("EQ", 100)], measurements: [] },
        ],
      }),
    );
    expect(e.status).toBe("OFF_TRACK");
    expect(e.progress).toBeCloseTo(0.75);
    expect(e.parts[2]?.label).toBe("Thành phần 3");
  });
});

describe("zero-event targets judged on a forecast only", () => {
  const target: TargetSpec = {
    kind: "QUALITATIVE",
    qualitativeKind: "ZERO_EVENTS",
    direction: "MAINTAIN",
    basis: "LEVEL",
    text: "không để xảy ra",
  };

  it("is on track when no event is expected and off track when one is", () => {
    expect(
      evaluateIndicator(input({ targets: [target], measurements: [estimate(6, null, { eventCount: 0 })] })),
    ).toMatchObject({
      status: "ON_TRACK",
      message: "Ước cả năm không xảy ra vụ việc: đúng tiến độ",
    });
    expect(
      evaluateIndicator(input({ targets: [target], measurements: [estimate(6, null, { eventCount: 2 })] })),
    ).toMatchObject({
      status: "OFF_TRACK",
      latestValue: 2,
      message: "Ước cả năm xảy ra 2 vụ việc: chậm tiến độ",
    });
  });

  it("lets a count win over a contradicting achieved flag", () => {
    const e = evaluateIndicator(
      input({ targets: [target], measurements: [actual(4, null, { eventCount: 1, achieved: true })] }),
    );
    expect(e.status).toBe("NOT_ACHIEVED");
  });
});

describe("targets stated only in words", () => {
  const words: TargetSpec = {
    kind: "QUALITATIVE",
    qualitativeKind: null,
    direction: "MAINTAIN",
    basis: "LEVEL",
    text: "Giữ vững ổn định chính trị, trật tự an toàn xã hội",
  };

  it("are never judged from a number: NO_DATA, saying the words cannot be evaluated, even with a figure", () => {
    for (const measurements of [[], [actual(6, 1)]]) {
      const e = evaluateIndicator(input({ targets: [words], measurements }));
      expect(e).toMatchObject({ status: "NO_DATA", progress: null });
      expect(e.message).toBe("Mức chỉ tiêu “Giữ vững ổn định chính trị, trật tự an toàn xã hội” chưa đủ để đánh giá");
    }
  });
});
