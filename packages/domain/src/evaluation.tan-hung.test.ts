// Specification by example: the 18 indicators of the Tân Hưng ward plan for 2026 (section II.3),
// each evaluated once achieving and once failing.
import { describe, expect, it } from "vitest";
import { actual, estimate } from "./evaluation.fixtures.ts";
import {
  evaluateIndicator,
  type IndicatorEvaluationInput,
  type MeasurementInput,
  type SubIndicatorEvaluationInput,
} from "./evaluation.ts";
import type { Comparator, TargetSpec } from "./target.ts";

function quantitative(
  comparator: Comparator,
  value: number,
  unit: string,
  text: string,
  extra: Partial<TargetSpec> = {},
): TargetSpec {
  return {
    kind: "QUANTITATIVE",
    comparator,
    value,
    unit,
    measure: unit === "%" ? "PERCENT" : unit.endsWith("đồng") ? "MONEY" : "COUNT",
    direction: "INCREASE",
    basis: "LEVEL",
    text,
    ...extra,
  };
}

function qualitative(qualitativeKind: TargetSpec["qualitativeKind"], text: string): TargetSpec {
  return { kind: "QUALITATIVE", qualitativeKind, direction: "MAINTAIN", basis: "LEVEL", text };
}

/** An indicator evaluated at the close of 2026 (final figures). */
const atClose = (indicator: Omit<IndicatorEvaluationInput, "year" | "asOf">): IndicatorEvaluationInput => ({
  year: 2026,
  asOf: { month: 12 },
  yearClosed: true,
  ...indicator,
});
/** An indicator evaluated during 2026, as of the June report. */
const inJune = (indicator: Omit<IndicatorEvaluationInput, "year" | "asOf">): IndicatorEvaluationInput => ({
  year: 2026,
  asOf: { month: 6 },
  ...indicator,
});

const sub = (name: string, targets: TargetSpec[], measurements: MeasurementInput[]): SubIndicatorEvaluationInput => ({
  name,
  targets,
  measurements,
});

describe("(1) Tổng giá trị sản phẩm tăng bình quân trên 10%/năm (CN-XD ≥ 12%, DV ≥ 10%, nông-thủy sản ≥ 2%)", () => {
  const growth = (comparator: Comparator, value: number, text: string) =>
    quantitative(comparator, value, "%", text, { basis: "AVERAGE_ANNUAL_CHANGE" });
  const indicator1 = (total: number, industry: number, services: number, agriculture: number, final: boolean) => {
    const m = (v: number) => (final ? [actual(12, v)] : [estimate(6, v)]);
    const indicator = {
      targets: [growth("GT", 10, "trên 10%/năm")],
      measurements: m(total),
      subIndicators: [
        sub("Công nghiệp - xây dựng", [growth("GTE", 12, "≥ 12%")], m(industry)),
        sub("Dịch vụ", [growth("GTE", 10, "≥ 10%")], m(services)),
        sub("Nông - thủy sản", [growth("GTE", 2, "≥ 2%")], m(agriculture)),
      ],
    };
    return final ? atClose(indicator) : inJune(indicator);
  };

  it("is achieved when the total and every sector reach their growth", () => {
    const e = evaluateIndicator(indicator1(10.8, 12.5, 10.2, 2.1, true));
    expect(e).toMatchObject({ status: "ACHIEVED", latestValue: 10.8, expectedValue: 10, progress: 1 });
    expect(e.parts).toHaveLength(4);
    expect(e.message).toBe("4 thành phần: 4 đạt");
  });

  it("is on track when the estimates all reach their growth", () => {
    expect(evaluateIndicator(indicator1(10.5, 12, 10, 2, false)).status).toBe("ON_TRACK");
  });

  it("is not achieved when one sector falls short, even with the total above 10%", () => {
    const e = evaluateIndicator(indicator1(10.8, 12.5, 10.2, 1.5, true));
    expect(e.status).toBe("NOT_ACHIEVED");
    expect(e.message).toBe(
      "4 thành phần: 1 không đạt, 3 đạt. Nông - thủy sản: Thực hiện cả năm tăng bình quân 1,5%/năm so với mục tiêu tăng bình quân ≥ 2%/năm: không đạt",
    );
  });

  it("is at risk when the services estimate is a little short, and exactly 10% total is not above 10%", () => {
    const e = evaluateIndicator(indicator1(10, 12, 9.7, 2, false));
    expect(e.status).toBe("AT_RISK");
    expect(e.parts.map((p) => p.status)).toEqual(["AT_RISK", "ON_TRACK", "AT_RISK", "ON_TRACK"]);
  });
});

describe("(2) Thu ngân sách Nhà nước trên địa bàn: hoàn thành kế hoạch thành phố giao", () => {
  const target = qualitative("COMPLETE_ASSIGNED", "hoàn thành kế hoạch thành phố giao");

  it("is achieved when the closed year's revenue reaches the assigned figure (value in % of it)", () => {
    const e = evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 103)] }));
    expect(e).toMatchObject({ status: "ACHIEVED", expectedValue: 100, latestValue: 103, progress: 1 });
    expect(e.message).toBe("Thực hiện cả năm 103% chỉ tiêu được giao: đạt");
  });

  it("is on track when the unit says the assigned figure will be completed", () => {
    const e = evaluateIndicator(inJune({ targets: [target], measurements: [estimate(6, null, { achieved: true })] }));
    expect(e.status).toBe("ON_TRACK");
    expect(e.message).toBe("Ước cả năm: hoàn thành chỉ tiêu được giao (đúng tiến độ)");
  });

  it("is at risk when the estimate is a little under the assigned figure", () => {
    expect(evaluateIndicator(inJune({ targets: [target], measurements: [estimate(6, 97)] })).status).toBe("AT_RISK");
  });

  it("is not achieved when the year closes under the assigned figure", () => {
    const e = evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 92)] }));
    expect(e).toMatchObject({ status: "NOT_ACHIEVED", progress: 0.92 });
  });
});

describe("(3) Vốn đầu tư từ nguồn ngân sách cấp phường ước đạt trên 14 tỷ đồng", () => {
  const target = quantitative("GT", 14, "tỷ đồng", "trên 14 tỷ");

  it("is on track with an estimate above 14 tỷ đồng", () => {
    const e = evaluateIndicator(inJune({ targets: [target], measurements: [actual(6, 5.2), estimate(6, 14.5)] }));
    expect(e.status).toBe("ON_TRACK");
    expect(e.message).toBe("Ước cả năm 14,5 tỷ đồng so với mục tiêu trên 14 tỷ đồng: đúng tiến độ");
  });

  it("is achieved above 14 tỷ đồng at the close", () => {
    expect(evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 15.1)] })).status).toBe("ACHIEVED");
  });

  it("is off track with an estimate of 12 tỷ đồng and not achieved at 13,9 tỷ đồng", () => {
    expect(evaluateIndicator(inJune({ targets: [target], measurements: [estimate(6, 12)] })).status).toBe("OFF_TRACK");
    expect(evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 13.9)] })).status).toBe(
      "NOT_ACHIEVED",
    );
  });
});

describe("(4) Tỷ lệ giải ngân vốn đầu tư công đạt 100%", () => {
  const target = quantitative("EQ", 100, "%", "đạt 100%");

  it("is achieved at 100% and on track while the estimate says 100% despite 45% disbursed so far", () => {
    expect(evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 100)] })).status).toBe("ACHIEVED");
    const e = evaluateIndicator(inJune({ targets: [target], measurements: [actual(6, 45), estimate(6, 100)] }));
    expect(e).toMatchObject({ status: "ON_TRACK", latestValue: 100 });
  });

  it("is not achieved at 96,5%", () => {
    const e = evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 96.5)] }));
    expect(e.status).toBe("NOT_ACHIEVED");
    expect(e.message).toBe("Thực hiện cả năm 96,5% so với mục tiêu 100%: không đạt");
  });
});

describe("(5) Số cơ sở sản xuất kinh doanh chuyển đổi thành doanh nghiệp: trên 20 cơ sở", () => {
  const target = quantitative("GT", 20, "cơ sở", "trên 20 cơ sở");

  it("is on track with 22 expected and achieved with 21 at the close", () => {
    expect(evaluateIndicator(inJune({ targets: [target], measurements: [estimate(6, 22)] })).status).toBe("ON_TRACK");
    expect(evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 21)] })).status).toBe("ACHIEVED");
  });

  it("is not achieved with exactly 20 (not above 20), and at risk while 20 is expected", () => {
    expect(evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 20)] })).status).toBe(
      "NOT_ACHIEVED",
    );
    const e = evaluateIndicator(inJune({ targets: [target], measurements: [estimate(6, 20)] }));
    expect(e.status).toBe("AT_RISK");
    expect(e.message).toBe("Ước cả năm 20 cơ sở so với mục tiêu trên 20 cơ sở: có nguy cơ không đạt");
  });
});

describe("(6) Thu nhập bình quân đầu người đạt 84,9 triệu đồng", () => {
  const target = quantitative("EQ", 84.9, "triệu đồng", "đạt 84,9 triệu đồng");

  it("is achieved at 85,2 triệu đồng", () => {
    const e = evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 85.2)] }));
    expect(e).toMatchObject({ status: "ACHIEVED", expectedValue: 84.9 });
    expect(e.message).toBe("Thực hiện cả năm 85,2 triệu đồng so với mục tiêu 84,9 triệu đồng: đạt");
  });

  it("is at risk at 81 (4,6% short) and off track at 80 (5,8% short)", () => {
    expect(evaluateIndicator(inJune({ targets: [target], measurements: [estimate(6, 81)] })).status).toBe("AT_RISK");
    expect(evaluateIndicator(inJune({ targets: [target], measurements: [estimate(6, 80)] })).status).toBe("OFF_TRACK");
  });
});

describe("(7) Tỷ lệ hộ nghèo giảm 50% trở lên (áp dụng cho năm 2027)", () => {
  const target = quantitative("GTE", 50, "%", "giảm 50% trở lên", { direction: "DECREASE", basis: "CHANGE" });
  const indicator7 = (year: number, reduction: number): IndicatorEvaluationInput => ({
    targets: [target],
    applicableFromYear: 2027,
    year,
    asOf: { month: 12 },
    yearClosed: true,
    measurements: [actual(12, reduction)],
  });

  it("does not apply in 2026", () => {
    const e = evaluateIndicator(indicator7(2026, 10));
    expect(e.status).toBe("NOT_APPLICABLE");
    expect(e.message).toBe("Chỉ tiêu áp dụng từ năm 2027");
  });

  it("is achieved in 2027 with a reduction of 55%", () => {
    const e = evaluateIndicator(indicator7(2027, 55));
    expect(e.status).toBe("ACHIEVED");
    expect(e.message).toBe("Thực hiện cả năm giảm 55% so với mục tiêu giảm ≥ 50%: đạt");
  });

  it("is not achieved in 2027 with a reduction of 40%", () => {
    expect(evaluateIndicator(indicator7(2027, 40)).status).toBe("NOT_ACHIEVED");
  });
});

describe("(8) Tỷ lệ dân số được sử dụng nước sạch đạt 100%", () => {
  const target = quantitative("EQ", 100, "%", "đạt 100%");

  it("is achieved at 100%", () => {
    expect(evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 100)] })).status).toBe("ACHIEVED");
  });

  it("is at risk at 99,2% during the year and not achieved at 99,2% at the close", () => {
    expect(evaluateIndicator(inJune({ targets: [target], measurements: [estimate(6, 99.2)] })).status).toBe("AT_RISK");
    expect(evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 99.2)] })).status).toBe(
      "NOT_ACHIEVED",
    );
  });
});

describe("(9) Tỷ lệ thu gom chất thải rắn sinh hoạt đạt 100%", () => {
  const target = quantitative("EQ", 100, "%", "đạt 100%");

  it("is achieved with December's 100% once the year is closed", () => {
    const e = evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 100)] }));
    expect(e.status).toBe("ACHIEVED");
  });

  it("is off track with 90% expected", () => {
    const e = evaluateIndicator(inJune({ targets: [target], measurements: [estimate(6, 90)] }));
    expect(e).toMatchObject({ status: "OFF_TRACK", progress: 0.9 });
  });
});

describe("(10) Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96%", () => {
  const target = quantitative("EQ", 96, "%", "đạt 96%");

  it("is achieved at 96,3%", () => {
    expect(evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 96.3)] })).status).toBe("ACHIEVED");
  });

  it("is at risk with 95% expected", () => {
    const e = evaluateIndicator(inJune({ targets: [target], measurements: [estimate(6, 95)] }));
    expect(e.status).toBe("AT_RISK");
    expect(e.message).toBe("Ước cả năm 95% so với mục tiêu 96%: có nguy cơ không đạt");
    expect(e.progress).toBeCloseTo(95 / 96);
  });
});

describe("(11) Có thêm 01 trường đạt chuẩn quốc gia (Trường Tiểu học Ngọc Sơn)", () => {
  const target = quantitative("EQ", 1, "trường", "thêm 01 trường", { basis: "ADDITIONAL" });

  it("is on track with one school expected and achieved with one at the close", () => {
    const e = evaluateIndicator(inJune({ targets: [target], measurements: [estimate(6, 1)] }));
    expect(e.status).toBe("ON_TRACK");
    expect(e.message).toBe("Ước cả năm thêm 1 trường so với mục tiêu thêm 1 trường: đúng tiến độ");
    expect(evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 1)] })).status).toBe("ACHIEVED");
  });

  it("is not achieved without the school", () => {
    expect(evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 0)] }))).toMatchObject({
      status: "NOT_ACHIEVED",
      progress: 0,
    });
  });
});

describe("(12) Cơ sở giáo dục được trang bị ít nhất 1 phòng học thông minh: 01 cơ sở", () => {
  const target = quantitative("EQ", 1, "cơ sở", "01 cơ sở");

  it("is achieved with one", () => {
    expect(evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 1)] })).status).toBe("ACHIEVED");
  });

  it("is not achieved with none and off track while none is expected", () => {
    expect(evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 0)] })).status).toBe(
      "NOT_ACHIEVED",
    );
    expect(evaluateIndicator(inJune({ targets: [target], measurements: [estimate(6, 0)] })).status).toBe("OFF_TRACK");
  });
});

describe("(13) Tỷ lệ người dân trong lực lượng lao động tham gia bảo hiểm xã hội đạt 55%", () => {
  const target = quantitative("EQ", 55, "%", "đạt 55%");

  it("is on track with 56% expected", () => {
    expect(evaluateIndicator(inJune({ targets: [target], measurements: [estimate(6, 56)] })).status).toBe("ON_TRACK");
  });

  it("is not achieved at 51%", () => {
    expect(evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, 51)] })).status).toBe(
      "NOT_ACHIEVED",
    );
  });
});

describe("(14) Trên 97% gia đình đạt gia đình văn hóa; 100% Tổ dân phố đạt Tổ dân phố văn hóa", () => {
  const indicator14 = (families: MeasurementInput[], groups: MeasurementInput[], final: boolean) => {
    const indicator = {
      targets: [],
      measurements: [],
      subIndicators: [
        sub("Gia đình văn hóa", [quantitative("GT", 97, "%", "trên 97%")], families),
        sub("Tổ dân phố văn hóa", [quantitative("EQ", 100, "%", "100%")], groups),
      ],
    };
    return final ? atClose(indicator) : inJune(indicator);
  };

  it("is achieved with 97,5% of families and every residential group", () => {
    expect(evaluateIndicator(indicator14([actual(12, 97.5)], [actual(12, 100)], true)).status).toBe("ACHIEVED");
  });

  it("is not achieved when 14 of 15 residential groups qualify", () => {
    const e = evaluateIndicator(indicator14([actual(12, 97.5)], [actual(12, (14 / 15) * 100)], true));
    expect(e.status).toBe("NOT_ACHIEVED");
    expect(e.parts.map((p) => p.status)).toEqual(["ACHIEVED", "NOT_ACHIEVED"]);
  });

  it("has no data while one part is unreported", () => {
    expect(evaluateIndicator(indicator14([estimate(6, 98)], [], false)).status).toBe("NO_DATA");
  });
});

describe("(15) Hồ sơ đúng hạn trên 99%; 100% kết quả TTHC số hóa; 100% hồ sơ xử lý trên môi trường mạng; hài lòng trên 98%", () => {
  const indicator15 = (onTime: number, digitised: number, online: number, satisfaction: number, final: boolean) => {
    const m = (v: number) => (final ? [actual(12, v)] : [estimate(6, v)]);
    const indicator = {
      targets: [],
      measurements: [],
      subIndicators: [
        sub("Hồ sơ giải quyết đúng hạn", [quantitative("GT", 99, "%", "trên 99%")], m(onTime)),
        sub("Kết quả TTHC được số hóa", [quantitative("EQ", 100, "%", "100%")], m(digitised)),
        sub("Hồ sơ xử lý trên môi trường mạng", [quantitative("EQ", 100, "%", "100%")], m(online)),
        sub("Mức độ hài lòng", [quantitative("GT", 98, "%", "trên 98%")], m(satisfaction)),
      ],
    };
    return final ? atClose(indicator) : inJune(indicator);
  };

  it("is achieved when all four measures are met", () => {
    expect(evaluateIndicator(indicator15(99.5, 100, 100, 98.6, true)).status).toBe("ACHIEVED");
  });

  it("is off track when online processing is expected at 88%", () => {
    const e = evaluateIndicator(indicator15(99.5, 100, 88, 98.6, false));
    expect(e.status).toBe("OFF_TRACK");
    expect(e.message).toBe(
      "4 thành phần: 1 chậm tiến độ, 3 đúng tiến độ. Hồ sơ xử lý trên môi trường mạng: Ước cả năm 88% so với mục tiêu 100%: chậm tiến độ",
    );
    expect(e.progress).toBeCloseTo((1 + 1 + 0.88 + 1) / 4);
  });

  it("is not achieved when satisfaction closes at exactly 98% (not above)", () => {
    expect(evaluateIndicator(indicator15(99.5, 100, 100, 98, true)).status).toBe("NOT_ACHIEVED");
  });
});

describe("(16) Phường đạt chuẩn tiếp cận pháp luật", () => {
  const target = qualitative("ACHIEVED", "Phường đạt chuẩn tiếp cận pháp luật");

  it("is achieved when recognised at the close, and on track while expected", () => {
    const e = evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, null, { achieved: true })] }));
    expect(e).toMatchObject({ status: "ACHIEVED", progress: 1, expectedValue: null });
    expect(e.message).toBe("Thực hiện cả năm: đạt");
    const june = evaluateIndicator(
      inJune({ targets: [target], measurements: [estimate(6, null, { achieved: true })] }),
    );
    expect(june.status).toBe("ON_TRACK");
    expect(june.message).toBe("Ước cả năm: đạt (đúng tiến độ)");
  });

  it("is not achieved when not recognised, and off track while not expected", () => {
    expect(
      evaluateIndicator(atClose({ targets: [target], measurements: [actual(12, null, { achieved: false })] })).status,
    ).toBe("NOT_ACHIEVED");
    expect(
      evaluateIndicator(inJune({ targets: [target], measurements: [estimate(6, null, { achieved: false })] })).status,
    ).toBe("OFF_TRACK");
  });

  it("has no data without a yes or no", () => {
    expect(evaluateIndicator(inJune({ targets: [target], measurements: [] })).status).toBe("NO_DATA");
  });
});

describe("(17) 100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ; 100% chỉ tiêu xây dựng lực lượng DBĐV, DQTV", () => {
  const indicator17 = (conscription: number, reserves: number) =>
    atClose({
      targets: [],
      measurements: [],
      subIndicators: [
        sub(
          "Tuyển chọn và gọi công dân nhập ngũ",
          [quantitative("EQ", 100, "%", "100% chỉ tiêu")],
          [actual(12, conscription)],
        ),
        sub(
          "Lực lượng dự bị động viên, dân quân tự vệ",
          [quantitative("EQ", 100, "%", "100% chỉ tiêu")],
          [actual(12, reserves)],
        ),
      ],
    });

  it("is achieved when both quotas are complete", () => {
    expect(evaluateIndicator(indicator17(100, 100)).status).toBe("ACHIEVED");
  });

  it("is not achieved when the reserve forces reach 95% of the quota", () => {
    const e = evaluateIndicator(indicator17(100, 95));
    expect(e.status).toBe("NOT_ACHIEVED");
    expect(e.progress).toBeCloseTo(0.975);
  });
});

describe("(18) Không để xảy ra án đặc biệt nghiêm trọng về trật tự xã hội", () => {
  const target = qualitative("ZERO_EVENTS", "không để xảy ra án đặc biệt nghiêm trọng");
  const months = (count: number, events: (month: number) => number) =>
    Array.from({ length: count }, (_, i) => actual(i + 1, null, { eventCount: events(i + 1) }));

  it("is achieved when no month counts a case", () => {
    const e = evaluateIndicator(atClose({ targets: [target], measurements: months(12, () => 0) }));
    expect(e).toMatchObject({ status: "ACHIEVED", latestValue: 0, expectedValue: 0, progress: 1 });
    expect(e.message).toBe("Cả năm không xảy ra vụ việc: đạt");
  });

  it("is on track while no case has happened", () => {
    const e = evaluateIndicator(inJune({ targets: [target], measurements: months(6, () => 0) }));
    expect(e.status).toBe("ON_TRACK");
    expect(e.message).toBe("Đến tháng 6 không xảy ra vụ việc: đúng tiến độ");
  });

  it("is not achieved as soon as a case happens, even mid-year and even if later months are clean", () => {
    const e = evaluateIndicator(inJune({ targets: [target], measurements: months(6, (m) => (m === 5 ? 1 : 0)) }));
    expect(e).toMatchObject({ status: "NOT_ACHIEVED", latestValue: 1, progress: 0 });
    expect(e.message).toBe("Đã xảy ra 1 vụ việc: không đạt");
  });

  it("reads a report of 'not achieved' without a count as a case having happened", () => {
    const e = evaluateIndicator(inJune({ targets: [target], measurements: [actual(3, null, { achieved: false })] }));
    expect(e.status).toBe("NOT_ACHIEVED");
    expect(e.message).toBe("Đã xảy ra vụ việc: không đạt");
  });

  it("accepts 'achieved' without a count as no case", () => {
    expect(
      evaluateIndicator(inJune({ targets: [target], measurements: [actual(6, null, { achieved: true })] })).status,
    ).toBe("ON_TRACK");
  });
});
