// Specification of target phrases: every target of the Tân Hưng plan (prisma/seed/plan-tan-hung-2026.yaml,
// read from the clause the plan writes it in) and the rest of the genre's vocabulary.
import { describe, expect, it } from "vitest";
import { parseTargetPhrase } from "./targetPhrase.ts";
import type { ParsedTarget } from "./types.ts";

type Expected = Partial<Omit<ParsedTarget, "start" | "end" | "confidence">>;

const percent = (comparator: ParsedTarget["comparator"], value: number, text: string, extra: Expected = {}) => ({
  kind: "QUANTITATIVE" as const,
  comparator,
  value,
  unit: "%",
  measure: "PERCENT" as const,
  direction: "INCREASE" as const,
  basis: "LEVEL" as const,
  text,
  ...extra,
});

// [clause as the plan writes it, expected target]
const SEED_TARGETS: [string, Expected][] = [
  [
    "Tổng giá trị sản phẩm trên địa bàn tăng bình quân trên 10%/năm",
    percent("GT", 10, "tăng bình quân trên 10%/năm", { basis: "AVERAGE_ANNUAL_CHANGE" }),
  ],
  ["công nghiệp-xây dựng ≥ 12%", percent("GTE", 12, "≥ 12%")],
  ["dịch vụ ≥ 10%", percent("GTE", 10, "≥ 10%")],
  ["nông-thủy sản ≥ 2%", percent("GTE", 2, "≥ 2%")],
  [
    "hoàn thành kế hoạch thành phố giao.",
    {
      kind: "QUALITATIVE",
      qualitativeKind: "COMPLETE_ASSIGNED",
      comparator: null,
      direction: "INCREASE",
      basis: "LEVEL",
      text: "hoàn thành kế hoạch thành phố giao",
    },
  ],
  [
    "Vốn đầu tư từ nguồn ngân sách cấp phường ước đạt trên 14 tỷ.",
    {
      kind: "QUANTITATIVE",
      comparator: "GT",
      value: 14,
      unit: "tỷ đồng",
      measure: "MONEY",
      currency: "VND",
      scale: 1_000_000_000,
      direction: "INCREASE",
      basis: "LEVEL",
      text: "ước đạt trên 14 tỷ",
    },
  ],
  ["Tỷ lệ giải ngân vốn đầu tư công đạt 100%.", percent("EQ", 100, "đạt 100%")],
  [
    "trên 20 cơ sở.",
    {
      comparator: "GT",
      value: 20,
      unit: "cơ sở",
      measure: "COUNT",
      direction: "INCREASE",
      basis: "LEVEL",
      text: "trên 20 cơ sở",
    },
  ],
  [
    "Thu nhập bình quân đầu người đạt 84,9 triệu đồng.",
    {
      comparator: "EQ",
      value: 84.9,
      unit: "triệu đồng",
      measure: "MONEY",
      currency: "VND",
      scale: 1_000_000,
      direction: "INCREASE",
      basis: "LEVEL",
      text: "đạt 84,9 triệu đồng",
    },
  ],
  [
    "Tỷ lệ hộ nghèo giảm 50% trở lên",
    percent("GTE", 50, "giảm 50% trở lên", { direction: "DECREASE", basis: "CHANGE" }),
  ],
  ["Tỷ lệ dân số được sử dụng nước sạch đạt 100%.", percent("EQ", 100, "đạt 100%")],
  ["Tỷ lệ thu gom chất thải rắn sinh hoạt đạt 100%.", percent("EQ", 100, "đạt 100%")],
  ["Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96%.", percent("EQ", 96, "đạt 96%")],
  [
    "Phấn đấu có thêm 01 trường đạt chuẩn quốc gia",
    {
      comparator: "EQ",
      value: 1,
      unit: "trường",
      measure: "COUNT",
      direction: "INCREASE",
      basis: "ADDITIONAL",
      text: "có thêm 01 trường đạt chuẩn quốc gia",
    },
  ],
  ["01 cơ sở.", { comparator: "EQ", value: 1, unit: "cơ sở", measure: "COUNT", basis: "LEVEL", text: "01 cơ sở" }],
  ["Tỷ lệ người dân trong lực lượng lao động tham gia bảo hiểm xã hội đạt 55%.", percent("EQ", 55, "đạt 55%")],
  ["Phân đầu trên 97% gia đình đạt gia đình văn hóa", percent("GT", 97, "trên 97%")],
  ["100% Tổ dân phố đạt danh hiệu Tổ dân phố văn hóa", percent("EQ", 100, "100%")],
  [
    "Tổ chức tốt các hoạt động văn hóa, thể thao.",
    // No marker of its own: the indicator parser reads it as ACHIEVED (see indicators.test.ts).
    {},
  ],
  ["Tỷ lệ giải quyết hồ sơ hành chính đúng hạn đạt trên 99%.", percent("GT", 99, "đạt trên 99%")],
  [
    "100% kết quả giải quyết TTHC được số hóa và cập nhật trên Hệ thống một cửa điện tử thành phố.",
    percent("EQ", 100, "100%"),
  ],
  ["Phân đầu 100% hồ sơ được xử lý trên môi trường mạng.", percent("EQ", 100, "100%")],
  ["Mức độ hài lòng của người dân và doanh nghiệp đạt trên 98%.", percent("GT", 98, "đạt trên 98%")],
  [
    "Phường đạt chuẩn tiếp cận pháp luật.",
    {
      kind: "QUALITATIVE",
      qualitativeKind: "ACHIEVED",
      direction: "INCREASE",
      basis: "LEVEL",
      text: "Phường đạt chuẩn tiếp cận pháp luật",
    },
  ],
  ["Hoàn thành 100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ", percent("EQ", 100, "Hoàn thành 100% chỉ tiêu")],
  ["100% chỉ tiêu xây dựng lực lượng dự bị động viên, dân quân tự vệ.", percent("EQ", 100, "100% chỉ tiêu")],
  [
    "Giữ vững an ninh, chính trị, trật tự an toàn xã hội, không để xảy ra án đặc biệt nghiêm trọng về trật tự xã hội trên địa bàn phường.",
    {
      kind: "QUALITATIVE",
      qualitativeKind: "ZERO_EVENTS",
      direction: "MAINTAIN",
      basis: "LEVEL",
      text: "không để xảy ra án đặc biệt nghiêm trọng về trật tự xã hội trên địa bàn phường",
    },
  ],
];

describe("parseTargetPhrase: the targets of the Tân Hưng plan", () => {
  it.each(SEED_TARGETS.filter(([, expected]) => Object.keys(expected).length > 0))("%s", (clause, expected) => {
    expect(parseTargetPhrase(clause)).toMatchObject(expected);
  });

  it("finds no target in a clause that only describes an activity", () => {
    expect(parseTargetPhrase("Tổ chức tốt các hoạt động văn hóa, thể thao.")).toBeNull();
    expect(
      parseTargetPhrase("Kịp thời các chính sách an sinh xã hội, nâng cao chất lượng đời sống Nhân dân."),
    ).toBeNull();
  });

  it("locates the target's words in the clause", () => {
    const clause = "Tỷ lệ giải ngân vốn đầu tư công đạt 100%.";
    const target = parseTargetPhrase(clause);
    expect(clause.slice(target?.start, target?.end)).toBe("đạt 100%");
  });
});

// The vocabulary of the genre beyond the seed.
const VOCABULARY: [string, Expected][] = [
  ["trên 5%", { comparator: "GT", value: 5 }],
  ["> 10%", { comparator: "GT", value: 10, text: "> 10%" }],
  ["≥ 95%", { comparator: "GTE", value: 95 }],
  ["từ 95% trở lên", { comparator: "GTE", value: 95, text: "từ 95% trở lên" }],
  ["95% trở lên", { comparator: "GTE", value: 95, text: "95% trở lên" }],
  ["tối thiểu 3 cơ sở", { comparator: "GTE", value: 3, unit: "cơ sở", measure: "COUNT" }],
  ["ít nhất 95%", { comparator: "GTE", value: 95, unit: "%" }],
  ["không thấp hơn 90%", { comparator: "GTE", value: 90, direction: "INCREASE" }],
  ["dưới 1%", { comparator: "LT", value: 1, direction: "DECREASE", basis: "LEVEL" }],
  ["< 1%", { comparator: "LT", value: 1 }],
  ["không quá 2%", { comparator: "LTE", value: 2, direction: "DECREASE", text: "không quá 2%" }],
  ["không vượt quá 5%", { comparator: "LTE", value: 5 }],
  ["tối đa 10 vụ", { comparator: "LTE", value: 10, unit: "vụ", measure: "COUNT" }],
  ["≤ 5%", { comparator: "LTE", value: 5 }],
  ["đạt 100%", { comparator: "EQ", value: 100 }],
  ["bằng 100%", { comparator: "EQ", value: 100 }],
  ["= 100%", { comparator: "EQ", value: 100 }],
  ["khoảng 14 tỷ đồng", { comparator: "APPROX", value: 14, unit: "tỷ đồng", currency: "VND", scale: 1e9 }],
  ["xấp xỉ 10%", { comparator: "APPROX", value: 10 }],
  ["ước đạt 14 tỷ", { comparator: "APPROX", value: 14, unit: "tỷ đồng", text: "ước đạt 14 tỷ" }],
  [
    "5.400 - 5.500 hộ",
    { comparator: "RANGE", value: null, min: 5400, max: 5500, unit: "hộ", measure: "COUNT", text: "5.400 - 5.500 hộ" },
  ],
  ["từ 5.400 đến 5.500", { comparator: "RANGE", min: 5400, max: 5500, unit: null, text: "từ 5.400 đến 5.500" }],
  ["từ 02 đến 03 buổi", { comparator: "RANGE", min: 2, max: 3, unit: "buổi" }],
  ["khoảng 5.400 - 5.500 hộ", { comparator: "RANGE", min: 5400, max: 5500 }],
  [
    "tăng bình quân trên 10%/năm",
    { comparator: "GT", value: 10, basis: "AVERAGE_ANNUAL_CHANGE", direction: "INCREASE" },
  ],
  ["giảm bình quân 2%/năm", { comparator: "EQ", value: 2, basis: "AVERAGE_ANNUAL_CHANGE", direction: "DECREASE" }],
  ["tăng 10%", { comparator: "EQ", value: 10, basis: "CHANGE", direction: "INCREASE" }],
  ["giảm 50% trở lên", { comparator: "GTE", value: 50, basis: "CHANGE", direction: "DECREASE" }],
  ["giảm xuống còn 1%", { comparator: "EQ", value: 1, basis: "LEVEL", direction: "DECREASE" }],
  ["tỷ lệ hộ nghèo còn dưới 1%", { comparator: "LT", value: 1, basis: "LEVEL", direction: "DECREASE" }],
  [
    "tăng thêm 01 trường",
    {
      comparator: "EQ",
      value: 1,
      unit: "trường",
      basis: "ADDITIONAL",
      direction: "INCREASE",
      text: "tăng thêm 01 trường",
    },
  ],
  ["tăng 1,5 điểm %", { comparator: "EQ", value: 1.5, unit: "điểm %", measure: "PERCENTAGE_POINT", basis: "CHANGE" }],
  ["tăng 2 điểm phần trăm", { value: 2, unit: "điểm %", measure: "PERCENTAGE_POINT" }],
  [
    "10.367.700 đồng",
    { comparator: "EQ", value: 10_367_700, unit: "đồng", measure: "MONEY", currency: "VND", scale: 1 },
  ],
  ["1.000,5 triệu đồng", { value: 1000.5, unit: "triệu đồng", scale: 1e6 }],
  ["250 nghìn đồng", { value: 250, unit: "nghìn đồng", scale: 1e3, currency: "VND" }],
  ["500 USD", { comparator: "EQ", value: 500, unit: "USD", measure: "MONEY", currency: "USD", scale: 1 }],
  ["2 triệu USD", { value: 2, unit: "triệu USD", currency: "USD", scale: 1e6 }],
  [
    "đạt 11 bác sĩ trên 1 vạn dân",
    {
      comparator: "EQ",
      value: 11,
      unit: "bác sĩ",
      measure: "RATE",
      perQuantity: 10_000,
      perUnit: "dân",
      text: "đạt 11 bác sĩ trên 1 vạn dân",
    },
  ],
  [
    "Số giường bệnh/1 vạn dân đạt 30 giường",
    { comparator: "EQ", value: 30, unit: "giường", measure: "RATE", perQuantity: 10_000, perUnit: "dân" },
  ],
  ["tỷ suất sinh dưới 15 trẻ/1.000 dân", { comparator: "LT", value: 15, perQuantity: 1000, perUnit: "dân" }],
  ["trên 1.000 người", { comparator: "GT", value: 1000, unit: "người", perQuantity: null }],
  [
    "Thu nhập bình quân đạt 84,9 triệu đồng/người/năm",
    { value: 84.9, measure: "MONEY", perQuantity: 1, perUnit: "người", text: "đạt 84,9 triệu đồng/người/năm" },
  ],
  ["đạt 30 km", { value: 30, unit: "km", measure: "OTHER" }],
  ["Xã đạt chuẩn nông thôn mới nâng cao", { kind: "QUALITATIVE", qualitativeKind: "ACHIEVED", direction: "INCREASE" }],
  ["Giữ vững danh hiệu đơn vị văn hóa", { qualitativeKind: "ACHIEVED", direction: "MAINTAIN" }],
  ["không để xảy ra cháy nổ lớn", { qualitativeKind: "ZERO_EVENTS", text: "không để xảy ra cháy nổ lớn" }],
  [
    "hoàn thành chỉ tiêu thu ngân sách cấp trên giao",
    { qualitativeKind: "COMPLETE_ASSIGNED", text: "hoàn thành chỉ tiêu thu ngân sách cấp trên giao" },
  ],
];

describe("parseTargetPhrase: the genre's vocabulary", () => {
  it.each(VOCABULARY)("%s", (phrase, expected) => {
    expect(parseTargetPhrase(phrase)).toMatchObject(expected);
  });

  it("reads Vietnamese numbers (dots group thousands, a comma marks decimals, leading zeros)", () => {
    expect(parseTargetPhrase("đạt 84,9%")?.value).toBe(84.9);
    expect(parseTargetPhrase("đạt 10.367.700 đồng")?.value).toBe(10_367_700);
    expect(parseTargetPhrase("đạt 1.000,5 triệu đồng")?.value).toBe(1000.5);
    expect(parseTargetPhrase("01 trường")?.value).toBe(1);
  });

  it("ignores years, dates and document numbers", () => {
    expect(parseTargetPhrase("Đến năm 2030, tỷ lệ che phủ đạt 45%")).toMatchObject({ value: 45, text: "đạt 45%" });
    expect(parseTargetPhrase("theo Kế hoạch số 05/KH-UBND ngày 07/01/2026")).toBeNull();
    expect(parseTargetPhrase("giai đoạn 2026 - 2030")).toBeNull();
    expect(parseTargetPhrase("Nghị quyết 01-NQ/TU")).toBeNull();
  });

  it("does not read 'trên' before a place as a comparator", () => {
    expect(parseTargetPhrase("trên địa bàn phường")).toBeNull();
  });

  it("reads a bare number with less confidence than a worded one", () => {
    const bare = parseTargetPhrase("gồm 3 tổ");
    const worded = parseTargetPhrase("đạt 3 cơ sở");
    expect(bare?.confidence ?? 1).toBeLessThan(worded?.confidence ?? 0);
  });

  it("gives null for text without a target", () => {
    expect(parseTargetPhrase("")).toBeNull();
    expect(parseTargetPhrase("Xin chào")).toBeNull();
  });
});

describe("parseTargetPhrase on the wording of provincial plans", () => {
  const read = (text: string) => {
    const t = parseTargetPhrase(text);
    return t && { comparator: t.comparator, value: t.value, unit: t.unit, direction: t.direction, text: t.text };
  };

  it("takes the level to reach in “giảm từ X … xuống Y”, not where it starts from", () => {
    expect(
      read("Tỷ suất sinh ở trẻ vị thành niên giảm từ 23 ca sinh/1.000 phụ nữ xuống 18 ca sinh/1.000 phụ nữ"),
    ).toEqual({
      comparator: "EQ",
      value: 18,
      unit: "ca",
      direction: "DECREASE",
      text: "xuống 18 ca",
    });
  });

  it("reads a rate written with a slash and a base of 10, 100, 1.000 … (“dưới 4/100.000 trẻ sinh ra”)", () => {
    const target = parseTargetPhrase("Tỷ lệ tử vong bà mẹ dưới 4/100.000 trẻ sinh ra còn sống");
    expect(target).toMatchObject({ comparator: "LT", value: 4, perQuantity: 100000, perUnit: "trẻ", measure: "RATE" });
    // A date keeps its slash: not a rate.
    expect(parseTargetPhrase("trước ngày 15/12/2025")).toBeNull();
  });

  it("skips an age that says who is counted (“trẻ em dưới 15 tuổi đạt khoảng 22%”)", () => {
    expect(read("tỷ lệ trẻ em dưới 15 tuổi đạt khoảng 22%")).toMatchObject({
      comparator: "APPROX",
      value: 22,
      unit: "%",
    });
  });

  it("reads a level to keep after “duy trì” and “ở mức”", () => {
    expect(read("duy trì điều trị cho 100% người nghiện")?.direction).toBe("MAINTAIN");
    expect(read("Tỷ số giới tính khi sinh ở mức 107 trẻ sơ sinh trai/100 trẻ sơ sinh gái")?.direction).toBe("MAINTAIN");
  });

  it("takes the words after a number as what it counts when they are no known unit, but not a function word", () => {
    expect(read("Hình thành ít nhất 02 vùng nuôi thủy sản thông minh")).toMatchObject({ value: 2, unit: "vùng nuôi" });
    expect(read("thuộc top 03 của cả nước")?.unit).toBeNull();
  });

  it("treats the number of an objective, a group or a task as a reference (“Mục tiêu 1”, “Nhóm 2”)", () => {
    expect(parseTargetPhrase("Mục tiêu 1. Lĩnh vực chính trị")).toBeNull();
    expect(parseTargetPhrase("Nhiệm vụ 3: tuyên truyền")).toBeNull();
  });
});

describe("the year a target is to be reached by", () => {
  const yearOf = (text: string) => parseTargetPhrase(text)?.year;

  it("is the nearest year the words give, a period's end, or none", () => {
    expect(yearOf("phấn đấu đến năm 2030 đạt ít nhất 50% số xã")).toBe(2030);
    expect(yearOf("Tăng tỷ lệ lao động nữ làm công hưởng lương đạt 50% vào năm 2025")).toBe(2025);
    expect(yearOf("Trong giai đoạn 2026 - 2030 phấn đấu có ít nhất 10% cán bộ")).toBe(2030);
    expect(yearOf("Tỷ lệ hộ dùng nước sạch đạt 100%")).toBeNull();
    expect(yearOf("không để xảy ra cháy nổ lớn trong năm 2026")).toBe(2026);
  });
});
