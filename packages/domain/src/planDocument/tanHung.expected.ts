// The expected result of parsing prisma/seed/ke-hoach-tan-hung-2026.md, written out from the hand-made
// reference prisma/seed/plan-tan-hung-2026.yaml and prisma/seed/units.yaml (the domain has no YAML
// dependency). Values are the seed's, except where a comment says the seed edited the plan's words.
import type { TargetSpec } from "../target.ts";
import type { AreaCode, DocumentKind, OutputKind, TaskKind } from "./types.ts";

export type ExpectedTarget = Omit<TargetSpec, "value"> & { value?: number; currency?: string; scale?: number };

export interface ExpectedIndicator {
  number: number;
  group: string;
  area: AreaCode;
  name: string;
  sourceText: string;
  applicableFromYear?: number;
  note?: string;
  targets: ExpectedTarget[];
  subIndicators: { code: string; name: string; sourceText: string; targets: ExpectedTarget[] }[];
}

export interface ExpectedTask {
  code: string;
  section: string;
  kind: TaskKind;
  area: AreaCode;
  content: string;
  /** The plan names no unit, partner nor deadline for any of its tasks (Phụ lục 02 assigns them). */
  lead: string | null;
  cooperating: string[];
  deadline: string | null;
  outputs: { kind: OutputKind; title: string }[];
}

export const EXPECTED_PLAN = {
  numberAsWritten: "Số: /KH-UBND",
  number: null,
  issuedOn: null,
  placeAndDate: "Tân Hưng, ngày tháng 01 năm 2026",
  issuer: "Ủy ban nhân dân phường Tân Hưng",
  title: "Về phát triển kinh tế-xã hội, quốc phòng- an ninh phường Tân Hưng năm 2026",
  year: 2026,
  theme: "Chủ động thực thi; phát huy động lực; tăng trưởng bút phá",
  objective:
    "Đẩy mạnh tăng trưởng kinh tế, chuyển dịch cơ cấu kinh tế. Tập trung đầu tư cơ sở hạ tầng, đẩy nhanh tiến độ giải ngân vốn đầu tư công, thực hiện tốt công tác giải phóng mặt bằng các dự án trọng điểm. Ứng dụng khoa học kỹ thuật, chuyển đổi số để phục vụ Nhân dân, hỗ trợ doanh nghiệp và kinh tế tư nhân, thu hút đầu tư, thúc đẩy phát triển kinh tế - xã hội, nâng cao đời sống vật chất và tinh thần của Nhân dân. Tăng cường công tác phòng, chống, khắc phục thiệt hại do thiên tai trước mùa mưa bão năm 2026. Tiếp tục kiện toàn, xây dựng chính quyền mới sau hợp nhất đảm bảo hiệu quả, hiệu năng, hiệu lực. Triển khai, thực hiện hiệu quả các nội dung liên quan đến lĩnh vực nội vụ, văn hóa, khoa học, công nghệ, giáo dục, y tế; kịp thời thực hiện các chính sách an sinh xã hội. Vận hành hiệu quả Trung tâm Phục vụ hành chính công phường đảm bảo phục vụ các tổ chức, doanh nghiệp, cá nhân thông suốt, không gián đoạn.",
  purposes: [
    "Triển khai thực hiện nghiêm túc, đồng bộ, hiệu quả Kế hoạch số 05/KH-UBND của Ủy ban nhân dân thành phố và Nghị quyết số 13-NQ/ĐU của Đảng ủy và Nghị quyết số 21/NQ-HĐND của HĐND phường đến toàn thể cán bộ, công chức, viên chức và người lao động trong cơ quan, tổ chức, đơn vị và Nhân dân trên địa bàn phường nhằm bảo đảm các chỉ tiêu kinh tế - xã hội, quốc phòng - an ninh được triển khai kịp thời, toàn diện, thống nhất, đồng bộ, hiệu quả.",
    "Cụ thể hóa các chỉ tiêu, nhiệm vụ, giải pháp bảo đảm phù hợp, đúng quy định của pháp luật, bám sát định hướng phát triển của Trung ương, thành phố và yêu cầu thực tiễn phát triển kinh tế - xã hội của địa phương.",
  ],
  requirements: [
    "Các phòng chuyên môn, tổ chức hành chính, đơn vị được giao nhiệm vụ căn cứ chức năng, nhiệm vụ, chủ động tham mưu xây dựng, đề xuất cấp có thẩm quyền ban hành các văn bản cụ thể hóa các chỉ tiêu, nhiệm vụ, giải pháp thực hiện, đảm bảo tính khả thi, hiệu quả và phù hợp với điều kiện thực tế của địa phương.",
    "Tăng cường công tác tự kiểm tra, kịp thời phát hiện vướng mắc, bất cập để kiến nghị cấp có thẩm quyền điều chỉnh, bổ sung phù hợp; đồng thời phát hiện, nhân rộng các mô hình hay, cách làm hiệu quả, tạo sự lan tỏa tích cực trong quá trình triển khai thực hiện.",
  ],
  signerName: "Vũ Công Thảo",
  signerTitle: "TM. Ủy ban nhân dân – Chủ tịch",
};

export const EXPECTED_LEGAL_BASES: {
  kind: DocumentKind;
  number: string;
  issuedOn: string;
  issuer: string;
  title: string;
  shortName: string | null;
}[] = [
  {
    kind: "PLAN",
    number: "05/KH-UBND",
    issuedOn: "2026-01-07",
    issuer: "Ủy ban nhân dân thành phố Hải Phòng",
    title: "Về phát triển kinh tế - xã hội, quốc phòng - an ninh, đối ngoại thành phố năm 2026",
    shortName: "Kế hoạch số 05/KH-UBND",
  },
  {
    kind: "REPORT",
    number: "57-BC/ĐU",
    issuedOn: "2025-12-22",
    issuer: "Đảng ủy phường Tân Hưng",
    title: "Về kết quả công tác xây dựng đảng, hệ thống chính trị năm 2025, nhiệm vụ năm 2026",
    shortName: null,
  },
  {
    kind: "RESOLUTION",
    number: "13-NQ/ĐU",
    issuedOn: "2026-01-09",
    issuer: "Ban chấp hành Đảng bộ phường Tân Hưng",
    title: "Về mục tiêu, nhiệm vụ, giải pháp năm 2026",
    shortName: "Nghị quyết số 13-NQ/ĐU",
  },
  {
    kind: "RESOLUTION",
    number: "21/NQ-HĐND",
    issuedOn: "2025-12-22",
    issuer: "Hội đồng nhân dân phường Tân Hưng",
    title: "Về kế hoạch phát triển kinh tế - xã hội, quốc phòng - an ninh phường Tân Hưng năm 2026",
    shortName: "Nghị quyết số 21/NQ-HĐND",
  },
];

export const EXPECTED_GROUPS: { code: string; title: string; area: AreaCode }[] = [
  { code: "a", title: "Về phát triển kinh tế", area: "ECONOMY" },
  { code: "b", title: "Về văn hóa - xã hội", area: "CULTURE_SOCIETY" },
  {
    code: "c",
    title: "Về quốc phòng, an ninh; phòng, tư pháp, phòng, chống tham nhũng, lãng phí, tiêu cực",
    area: "DEFENCE_SECURITY",
  },
];

export const EXPECTED_INDICATORS: ExpectedIndicator[] = [
  {
    number: 1,
    group: "a",
    area: "ECONOMY",
    name: "Tổng giá trị sản phẩm trên địa bàn",
    sourceText:
      "(1) Tổng giá trị sản phẩm trên địa bàn tăng bình quân trên 10%/năm (trong đó công nghiệp-xây dựng ≥ 12%, dịch vụ ≥ 10%, nông-thủy sản ≥ 2%);",
    targets: [
      {
        kind: "QUANTITATIVE",
        comparator: "GT",
        value: 10,
        unit: "%",
        measure: "PERCENT",
        direction: "INCREASE",
        basis: "AVERAGE_ANNUAL_CHANGE",
        text: "tăng bình quân trên 10%/năm",
      },
    ],
    subIndicators: [
      {
        code: "1.1",
        name: "Công nghiệp-xây dựng",
        sourceText: "công nghiệp-xây dựng ≥ 12%",
        targets: [
          {
            kind: "QUANTITATIVE",
            comparator: "GTE",
            value: 12,
            unit: "%",
            measure: "PERCENT",
            direction: "INCREASE",
            basis: "AVERAGE_ANNUAL_CHANGE",
            text: "≥ 12%",
          },
        ],
      },
      {
        code: "1.2",
        name: "Dịch vụ",
        sourceText: "dịch vụ ≥ 10%",
        targets: [
          {
            kind: "QUANTITATIVE",
            comparator: "GTE",
            value: 10,
            unit: "%",
            measure: "PERCENT",
            direction: "INCREASE",
            basis: "AVERAGE_ANNUAL_CHANGE",
            text: "≥ 10%",
          },
        ],
      },
      {
        code: "1.3",
        name: "Nông-thủy sản",
        sourceText: "nông-thủy sản ≥ 2%",
        targets: [
          {
            kind: "QUANTITATIVE",
            comparator: "GTE",
            value: 2,
            unit: "%",
            measure: "PERCENT",
            direction: "INCREASE",
            basis: "AVERAGE_ANNUAL_CHANGE",
            text: "≥ 2%",
          },
        ],
      },
    ],
  },
  {
    number: 2,
    group: "a",
    area: "ECONOMY",
    name: "Thu ngân sách Nhà nước trên địa bàn",
    sourceText: "(2) Thu ngân sách Nhà nước trên địa bàn: hoàn thành kế hoạch thành phố giao.",
    targets: [
      {
        kind: "QUALITATIVE",
        direction: "INCREASE",
        basis: "LEVEL",
        qualitativeKind: "COMPLETE_ASSIGNED",
        text: "hoàn thành kế hoạch thành phố giao",
      },
    ],
    subIndicators: [],
  },
  {
    number: 3,
    group: "a",
    area: "ECONOMY",
    name: "Vốn đầu tư từ nguồn ngân sách cấp phường",
    sourceText: "(3) Vốn đầu tư từ nguồn ngân sách cấp phường ước đạt trên 14 tỷ.",
    targets: [
      {
        kind: "QUANTITATIVE",
        comparator: "GT",
        value: 14,
        unit: "tỷ đồng",
        measure: "MONEY",
        currency: "VND",
        scale: 1000000000,
        direction: "INCREASE",
        basis: "LEVEL",
        text: "ước đạt trên 14 tỷ",
      },
    ],
    subIndicators: [],
  },
  {
    number: 4,
    group: "a",
    area: "ECONOMY",
    name: "Tỷ lệ giải ngân vốn đầu tư công",
    sourceText: "(4) Tỷ lệ giải ngân vốn đầu tư công đạt 100%.",
    targets: [
      {
        kind: "QUANTITATIVE",
        comparator: "EQ",
        value: 100,
        unit: "%",
        measure: "PERCENT",
        direction: "INCREASE",
        basis: "LEVEL",
        text: "đạt 100%",
      },
    ],
    subIndicators: [],
  },
  {
    number: 5,
    group: "a",
    area: "ECONOMY",
    name: "Số cơ sở sản xuất kinh doanh chuyển đổi thành doanh nghiệp",
    sourceText: "(5) Số cơ sở sản xuất kinh doanh chuyển đổi thành doanh nghiệp: trên 20 cơ sở.",
    targets: [
      {
        kind: "QUANTITATIVE",
        comparator: "GT",
        value: 20,
        unit: "cơ sở",
        measure: "COUNT",
        direction: "INCREASE",
        basis: "LEVEL",
        text: "trên 20 cơ sở",
      },
    ],
    subIndicators: [],
  },
  {
    number: 6,
    group: "a",
    area: "ECONOMY",
    name: "Thu nhập bình quân đầu người",
    sourceText: "(6) Thu nhập bình quân đầu người đạt 84,9 triệu đồng.",
    targets: [
      {
        kind: "QUANTITATIVE",
        comparator: "EQ",
        value: 84.9,
        unit: "triệu đồng",
        measure: "MONEY",
        currency: "VND",
        scale: 1000000,
        direction: "INCREASE",
        basis: "LEVEL",
        text: "đạt 84,9 triệu đồng",
      },
    ],
    subIndicators: [],
  },
  {
    number: 7,
    group: "a",
    area: "ECONOMY",
    name: "Tỷ lệ hộ nghèo",
    sourceText: "(7) Tỷ lệ hộ nghèo giảm 50% trở lên (áp dụng cho năm 2027).",
    applicableFromYear: 2027,
    note: "áp dụng cho năm 2027",
    targets: [
      {
        kind: "QUANTITATIVE",
        comparator: "GTE",
        value: 50,
        unit: "%",
        measure: "PERCENT",
        direction: "DECREASE",
        basis: "CHANGE",
        text: "giảm 50% trở lên",
      },
    ],
    subIndicators: [],
  },
  {
    number: 8,
    group: "a",
    area: "ECONOMY",
    name: "Tỷ lệ dân số được sử dụng nước sạch",
    sourceText: "(8) Tỷ lệ dân số được sử dụng nước sạch đạt 100%.",
    targets: [
      {
        kind: "QUANTITATIVE",
        comparator: "EQ",
        value: 100,
        unit: "%",
        measure: "PERCENT",
        direction: "INCREASE",
        basis: "LEVEL",
        text: "đạt 100%",
      },
    ],
    subIndicators: [],
  },
  {
    number: 9,
    group: "a",
    area: "ECONOMY",
    name: "Tỷ lệ thu gom chất thải rắn sinh hoạt",
    sourceText: "(9) Tỷ lệ thu gom chất thải rắn sinh hoạt đạt 100%.",
    targets: [
      {
        kind: "QUANTITATIVE",
        comparator: "EQ",
        value: 100,
        unit: "%",
        measure: "PERCENT",
        direction: "INCREASE",
        basis: "LEVEL",
        text: "đạt 100%",
      },
    ],
    subIndicators: [],
  },
  {
    number: 10,
    group: "b",
    area: "CULTURE_SOCIETY",
    name: "Tỷ lệ người dân tham gia bảo hiểm y tế",
    sourceText: "(10) Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96%.",
    targets: [
      {
        kind: "QUANTITATIVE",
        comparator: "EQ",
        value: 96,
        unit: "%",
        measure: "PERCENT",
        direction: "INCREASE",
        basis: "LEVEL",
        text: "đạt 96%",
      },
    ],
    subIndicators: [],
  },
  {
    number: 11,
    group: "b",
    area: "CULTURE_SOCIETY",
    name: "Trường đạt chuẩn quốc gia",
    sourceText: "(11) Phấn đấu có thêm 01 trường đạt chuẩn quốc gia (Trường Tiểu học Ngọc Sơn).",
    note: "Trường Tiểu học Ngọc Sơn",
    targets: [
      {
        kind: "QUANTITATIVE",
        comparator: "EQ",
        value: 1,
        unit: "trường",
        measure: "COUNT",
        direction: "INCREASE",
        basis: "ADDITIONAL",
        text: "có thêm 01 trường đạt chuẩn quốc gia",
      },
    ],
    subIndicators: [],
  },
  {
    number: 12,
    group: "b",
    area: "CULTURE_SOCIETY",
    name: "Cơ sở giáo dục được trang bị ít nhất 1 phòng học thông minh",
    sourceText: "(12) Cơ sở giáo dục được trang bị ít nhất 1 phòng học thông minh: 01 cơ sở.",
    targets: [
      {
        kind: "QUANTITATIVE",
        comparator: "EQ",
        value: 1,
        unit: "cơ sở",
        measure: "COUNT",
        direction: "INCREASE",
        basis: "LEVEL",
        text: "01 cơ sở",
      },
    ],
    subIndicators: [],
  },
  {
    number: 13,
    group: "b",
    area: "CULTURE_SOCIETY",
    name: "Tỷ lệ người dân trong lực lượng lao động tham gia bảo hiểm xã hội",
    sourceText: "(13) Tỷ lệ người dân trong lực lượng lao động tham gia bảo hiểm xã hội đạt 55%.",
    targets: [
      {
        kind: "QUANTITATIVE",
        comparator: "EQ",
        value: 55,
        unit: "%",
        measure: "PERCENT",
        direction: "INCREASE",
        basis: "LEVEL",
        text: "đạt 55%",
      },
    ],
    subIndicators: [],
  },
  {
    number: 14,
    group: "b",
    area: "CULTURE_SOCIETY",
    name: "Gia đình văn hóa, Tổ dân phố văn hóa, hoạt động văn hóa, thể thao và an sinh xã hội",
    sourceText:
      "(14) Phân đầu trên 97% gia đình đạt gia đình văn hóa; 100% Tổ dân phố đạt danh hiệu Tổ dân phố văn hóa. Tổ chức tốt các hoạt động văn hóa, thể thao. Kịp thời các chính sách an sinh xã hội, nâng cao chất lượng đời sống Nhân dân.",
    targets: [],
    subIndicators: [
      {
        code: "14.1",
        name: "Tỷ lệ gia đình đạt gia đình văn hóa",
        sourceText: "Phân đầu trên 97% gia đình đạt gia đình văn hóa",
        targets: [
          {
            kind: "QUANTITATIVE",
            comparator: "GT",
            value: 97,
            unit: "%",
            measure: "PERCENT",
            direction: "INCREASE",
            basis: "LEVEL",
            text: "trên 97%",
          },
        ],
      },
      {
        code: "14.2",
        name: "Tỷ lệ Tổ dân phố đạt danh hiệu Tổ dân phố văn hóa",
        sourceText: "100% Tổ dân phố đạt danh hiệu Tổ dân phố văn hóa",
        targets: [
          {
            kind: "QUANTITATIVE",
            comparator: "EQ",
            value: 100,
            unit: "%",
            measure: "PERCENT",
            direction: "INCREASE",
            basis: "LEVEL",
            text: "100%",
          },
        ],
      },
      {
        code: "14.3",
        name: "Tổ chức tốt các hoạt động văn hóa, thể thao",
        sourceText: "Tổ chức tốt các hoạt động văn hóa, thể thao.",
        targets: [
          {
            kind: "QUALITATIVE",
            direction: "INCREASE",
            basis: "LEVEL",
            qualitativeKind: "ACHIEVED",
            text: "Tổ chức tốt các hoạt động văn hóa, thể thao",
          },
        ],
      },
      {
        code: "14.4",
        name: "Kịp thời các chính sách an sinh xã hội, nâng cao chất lượng đời sống Nhân dân",
        sourceText: "Kịp thời các chính sách an sinh xã hội, nâng cao chất lượng đời sống Nhân dân.",
        targets: [
          {
            kind: "QUALITATIVE",
            direction: "INCREASE",
            basis: "LEVEL",
            qualitativeKind: "ACHIEVED",
            text: "Kịp thời các chính sách an sinh xã hội, nâng cao chất lượng đời sống Nhân dân",
          },
        ],
      },
    ],
  },
  {
    number: 15,
    group: "b",
    area: "CULTURE_SOCIETY",
    name: "Giải quyết thủ tục hành chính và mức độ hài lòng của người dân, doanh nghiệp",
    sourceText:
      "(15) Tỷ lệ giải quyết hồ sơ hành chính đúng hạn đạt trên 99%. 100% kết quả giải quyết TTHC được số hóa và cập nhật trên Hệ thống một cửa điện tử thành phố. Phân đầu 100% hồ sơ được xử lý trên môi trường mạng. Mức độ hài lòng của người dân và doanh nghiệp đạt trên 98%.",
    targets: [],
    subIndicators: [
      {
        code: "15.1",
        name: "Tỷ lệ giải quyết hồ sơ hành chính đúng hạn",
        sourceText: "Tỷ lệ giải quyết hồ sơ hành chính đúng hạn đạt trên 99%.",
        targets: [
          {
            kind: "QUANTITATIVE",
            comparator: "GT",
            value: 99,
            unit: "%",
            measure: "PERCENT",
            direction: "INCREASE",
            basis: "LEVEL",
            text: "đạt trên 99%",
          },
        ],
      },
      {
        code: "15.2",
        name: "Tỷ lệ kết quả giải quyết TTHC được số hóa và cập nhật trên Hệ thống một cửa điện tử thành phố",
        sourceText: "100% kết quả giải quyết TTHC được số hóa và cập nhật trên Hệ thống một cửa điện tử thành phố.",
        targets: [
          {
            kind: "QUANTITATIVE",
            comparator: "EQ",
            value: 100,
            unit: "%",
            measure: "PERCENT",
            direction: "INCREASE",
            basis: "LEVEL",
            text: "100%",
          },
        ],
      },
      {
        code: "15.3",
        name: "Tỷ lệ hồ sơ được xử lý trên môi trường mạng",
        sourceText: "Phân đầu 100% hồ sơ được xử lý trên môi trường mạng.",
        targets: [
          {
            kind: "QUANTITATIVE",
            comparator: "EQ",
            value: 100,
            unit: "%",
            measure: "PERCENT",
            direction: "INCREASE",
            basis: "LEVEL",
            text: "100%",
          },
        ],
      },
      {
        code: "15.4",
        name: "Mức độ hài lòng của người dân và doanh nghiệp",
        sourceText: "Mức độ hài lòng của người dân và doanh nghiệp đạt trên 98%.",
        targets: [
          {
            kind: "QUANTITATIVE",
            comparator: "GT",
            value: 98,
            unit: "%",
            measure: "PERCENT",
            direction: "INCREASE",
            basis: "LEVEL",
            text: "đạt trên 98%",
          },
        ],
      },
    ],
  },
  {
    number: 16,
    group: "c",
    area: "JUSTICE",
    name: "Phường đạt chuẩn tiếp cận pháp luật",
    sourceText: "(16) Phường đạt chuẩn tiếp cận pháp luật.",
    targets: [
      {
        kind: "QUALITATIVE",
        direction: "INCREASE",
        basis: "LEVEL",
        qualitativeKind: "ACHIEVED",
        text: "Phường đạt chuẩn tiếp cận pháp luật",
      },
    ],
    subIndicators: [],
  },
  {
    number: 17,
    group: "c",
    area: "MILITARY",
    name: "Tuyển quân; xây dựng lực lượng dự bị động viên, dân quân tự vệ",
    sourceText:
      "(17) Hoàn thành 100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ; 100% chỉ tiêu xây dựng lực lượng dự bị động viên, dân quân tự vệ.",
    targets: [],
    subIndicators: [
      {
        code: "17.1",
        name: "Chỉ tiêu tuyển chọn và gọi công dân nhập ngũ",
        sourceText: "Hoàn thành 100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ",
        targets: [
          {
            kind: "QUANTITATIVE",
            comparator: "EQ",
            value: 100,
            unit: "%",
            measure: "PERCENT",
            direction: "INCREASE",
            basis: "LEVEL",
            text: "Hoàn thành 100% chỉ tiêu",
          },
        ],
      },
      {
        code: "17.2",
        name: "Chỉ tiêu xây dựng lực lượng dự bị động viên, dân quân tự vệ",
        sourceText: "100% chỉ tiêu xây dựng lực lượng dự bị động viên, dân quân tự vệ.",
        targets: [
          {
            kind: "QUANTITATIVE",
            comparator: "EQ",
            value: 100,
            unit: "%",
            measure: "PERCENT",
            direction: "INCREASE",
            basis: "LEVEL",
            text: "100% chỉ tiêu",
          },
        ],
      },
    ],
  },
  {
    number: 18,
    group: "c",
    area: "PUBLIC_ORDER",
    name: "Giữ vững an ninh, chính trị, trật tự an toàn xã hội",
    sourceText:
      "(18) Giữ vững an ninh, chính trị, trật tự an toàn xã hội, không để xảy ra án đặc biệt nghiêm trọng về trật tự xã hội trên địa bàn phường.",
    targets: [
      {
        kind: "QUALITATIVE",
        direction: "MAINTAIN",
        basis: "LEVEL",
        qualitativeKind: "ZERO_EVENTS",
        text: "không để xảy ra án đặc biệt nghiêm trọng về trật tự xã hội trên địa bàn phường",
      },
    ],
    subIndicators: [],
  },
];

export const EXPECTED_TASKS: ExpectedTask[] = [
  {
    code: "TT.1",
    section: "III.1",
    kind: "KEY",
    area: "GENERAL",
    content:
      "Triển khai có hiệu quả các Chương trình, kế hoạch hành động của Thành ủy, UBND thành phố trong thực hiện các Nghị quyết chiến lược của Bộ Chính trị về chuyển đổi số, hội nhập quốc tế, thi hành pháp luật, phát triển kinh tế tư nhân, đột phá phát triển giáo dục, đào tạo và tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân, trong đó triển khai thực hiện có hiệu quả Kế hoạch số 05/KH-UBND của Ủy ban nhân dân thành phố về phát triển kinh tế - xã hội, quốc phòng – an ninh, đối ngoại thành phố năm 2026.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "TT.2",
    section: "III.1",
    kind: "KEY",
    area: "GENERAL",
    content:
      "Tập trung chỉ đạo, phổ biến, quán triệt tuyên truyền và thực hiện hiệu quả Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ I, Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I và Chương trình hành động số 07-CTr/ĐU của Đảng ủy phường.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "TT.3",
    section: "III.1",
    kind: "KEY",
    area: "GENERAL",
    content:
      "Lãnh đạo, chỉ đạo tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và bầu cử đại biểu Hội đồng nhân dân các cấp, nhiệm kỳ 2026 - 2031; thực hiện quy trình cuộc bầu cử Quốc hội khoá XVI và Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 đảm bảo dân chủ, bình đẳng, đúng pháp luật đạt kết quả cao.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "TT.4",
    section: "III.1",
    kind: "KEY",
    area: "GENERAL",
    content:
      "Bám sát sự chỉ đạo của thành phố, thực hiện nghiêm các văn bản chỉ đạo của cơ quan cấp trên về mô hình và tổ chức của chính quyền địa phương 02 cấp. Tập trung các nguồn lực lãnh đạo, chỉ đạo, điều hành, phấn đấu hoàn thành các chỉ tiêu phát triển kinh tế - xã hội, giữ vững ổn định an ninh chính trị, trật tự an toàn xã hội trên địa bàn.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "2.1",
    section: "III.2.1",
    kind: "SPECIFIC",
    area: "GENERAL",
    content:
      "Tổ chức triển khai thực hiện đầy đủ các nhiệm vụ, giải pháp theo Kế hoạch số 05/KH-UBND của Ủy ban nhân dân thành phố, trong đó tập trung phối hợp với các sở, ban, ngành thuộc UBND thành phố triển khai thực hiện các nhiệm vụ được đề ra tại Phụ lục II Kế hoạch số 05/KH-UBND (gửi kèm theo).",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "a.1",
    section: "III.2.2.a",
    kind: "SPECIFIC",
    area: "ECONOMY",
    content:
      "Tiếp tục chỉ đạo, vận động Nhân dân mở rộng sản xuất, kinh doanh dịch vụ, thương mại; chú trọng công tác phòng, chống dịch bệnh cho đàn gia súc, gia cầm; hướng dẫn các chủ thể lập hồ sơ để tham gia chấm điểm OCOP. Xây dựng Đề án “Chuyển đổi cơ cấu cây trồng trên đất nông nghiệp, ven sông theo hướng nông nghiệp xanh, nâng cao giá trị kinh tế và phát triển bền vững”.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [
      {
        kind: "SCHEME",
        title:
          "Đề án “Chuyển đổi cơ cấu cây trồng trên đất nông nghiệp, ven sông theo hướng nông nghiệp xanh, nâng cao giá trị kinh tế và phát triển bền vững”",
      },
    ],
  },
  {
    code: "a.2",
    section: "III.2.2.a",
    kind: "SPECIFIC",
    area: "ECONOMY",
    content:
      "Theo dõi, quản lý chặt chẽ tiến độ thu, chi ngân sách đảm bảo theo quy định tại Luật Ngân sách, nâng cao hiệu quả sử dụng ngân sách nhà nước; điều hành ngân sách linh hoạt, chủ động, bảo đảm các khoản chi thiết yếu, chi đầu tư phát triển tiết kiệm, hiệu quả.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "a.3",
    section: "III.2.2.a",
    kind: "SPECIFIC",
    area: "ECONOMY",
    content:
      "Tạo điều kiện cho các hộ kinh doanh phát triển các loại hình dịch vụ đảm bảo theo quy định pháp luật. Chủ động làm tốt công tác phòng, chống hàng giả, hàng kém chất lượng. Thu hút các nhà đầu tư vào lĩnh vực thương mại dịch vụ; phát triển mạng lưới chợ, siêu thị, trung tâm thương mại.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "a.4",
    section: "III.2.2.a",
    kind: "SPECIFIC",
    area: "ECONOMY",
    content:
      "Tăng cường quản lý đất đai, bến bãi, kiểm tra giám sát chặt chẽ trật tự đô thị, trật tự xây dựng, vệ sinh môi trường; tổ chức kiểm tra và giám sát chặt chẽ đối với các hộ xây dựng trên đất công do UBND phường quản lý; không để trường hợp xây dựng không phép, sai phép; hoàn thiện hồ sơ cấp giấy chứng nhận quyền sử dụng đất ở cho những trường hợp cấp giấy chứng nhận lần đầu.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "a.5",
    section: "III.2.2.a",
    kind: "SPECIFIC",
    area: "ECONOMY",
    content:
      "Xây dựng Kế hoạch triển khai thực hiện Nghị quyết chuyên đề về “Quản lý đất đai, trật tự đô thị, vệ sinh môi trường giai đoạn 2025- 2030”.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [
      {
        kind: "PLAN",
        title:
          "Kế hoạch triển khai thực hiện Nghị quyết chuyên đề về “Quản lý đất đai, trật tự đô thị, vệ sinh môi trường giai đoạn 2025- 2030”",
      },
    ],
  },
  {
    code: "a.6",
    section: "III.2.2.a",
    kind: "SPECIFIC",
    area: "ECONOMY",
    content:
      "Thực hiện quy trình đầu tư xây dựng cơ bản, các công trình phúc lợi theo quy định. Quan tâm đầu tư các công trình thoát nước và xử lý nước thải.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "a.7",
    section: "III.2.2.a",
    kind: "SPECIFIC",
    area: "ECONOMY",
    content:
      "Tiếp tục phối hợp với các cơ quan, đơn vị liên quan thực hiện hiệu quả công tác GPMB đối với các dự án, công trình trên địa bàn phường. Đẩy nhanh tiến độ thực hiện và quyết toán các dự án đã hoàn thành chưa quyết toán.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "a.8",
    section: "III.2.2.a",
    kind: "SPECIFIC",
    area: "ECONOMY",
    content:
      "Thực hiện hiệu quả kế hoạch đầu tư công năm 2026 và đầu tư công trung hạn giai đoạn 2026-2030, hoàn thành 100% kế hoạch thành phố giao.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "a.9",
    section: "III.2.2.a",
    kind: "SPECIFIC",
    area: "ECONOMY",
    content:
      "Triển khai thực hiện kế hoạch phòng chống thiên tai và tìm kiếm cứu nạn, cải tạo hệ thống tiêu thoát nước; tổ chức nạo vét hệ thống rãnh thoát nước gây ngập úng, khơi thông dòng chảy trên địa bàn khi có mưa bão.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "b.1",
    section: "III.2.2.b",
    kind: "SPECIFIC",
    area: "CULTURE_SOCIETY",
    content:
      "Tiếp tục ổn định tổ chức bộ máy, rà soát, xây dựng vị trí việc làm, phân công công tác đối với công chức, viên chức ở các vị trí mới được luân chuyển, điều động, tiếp nhận bảo đảm phù hợp với năng lực, trình độ chuyên môn đào tạo để nhanh chóng thực hiện nhiệm vụ.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "b.2",
    section: "III.2.2.b",
    kind: "SPECIFIC",
    area: "CULTURE_SOCIETY",
    content:
      "Đẩy mạnh ứng dụng công nghệ thông tin trong công tác cải cách hành chính. Tiếp tục thực hiện tốt công tác tiếp nhận, giải quyết thủ tục hành chính đảm bảo thủ tục hành chính được trả kết quả đúng thời hạn; đẩy mạnh ứng dụng công nghệ thông tin, dịch vụ công trực tuyến trong quá trình hướng dẫn, tiếp nhận và giải quyết hồ sơ thủ tục hành chính trên môi trường mạng.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "b.3",
    section: "III.2.2.b",
    kind: "SPECIFIC",
    area: "CULTURE_SOCIETY",
    content:
      "Tăng cường công tác quản lý nhà nước đối với lĩnh vực văn hóa, thể dục thể thao, tôn giáo, tín ngưỡng trên địa bàn phường. Tiếp tục xây dựng và nâng cao chất lượng “Tổ dân phố văn hóa”, “Gia đình văn hóa”; duy trì, nâng cao hiệu quả phong trào “Toàn dân rèn luyện thân thể theo gương Bác Hồ”.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "b.4",
    section: "III.2.2.b",
    kind: "SPECIFIC",
    area: "CULTURE_SOCIETY",
    content:
      "Xây dựng Kế hoạch thực hiện Nghị quyết chuyên đề về triển khai thực hiện Đề án “Xây dựng Chủ nghĩa xã hội gắn với con người Xã hội chủ nghĩa tại thành phố Hải Phòng giai đoạn 2025 - 2030 và những năm tiếp theo”.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [
      {
        kind: "PLAN",
        title:
          "Kế hoạch thực hiện Nghị quyết chuyên đề về triển khai thực hiện Đề án “Xây dựng Chủ nghĩa xã hội gắn với con người Xã hội chủ nghĩa tại thành phố Hải Phòng giai đoạn 2025 - 2030 và những năm tiếp theo”",
      },
    ],
  },
  {
    code: "b.5",
    section: "III.2.2.b",
    kind: "SPECIFIC",
    area: "CULTURE_SOCIETY",
    content:
      "Thực hiện có hiệu quả các nhiệm vụ tại Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về thúc đẩy chuyển đổi số liên thông.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "b.6",
    section: "III.2.2.b",
    kind: "SPECIFIC",
    area: "CULTURE_SOCIETY",
    content:
      "Triển khai các nhiệm vụ trọng tâm trong lĩnh vực giáo dục và đào tạo. Xây dựng Kế hoạch thực hiện Nghị quyết số 71-NQ/TW, ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo, để nâng cao chất lượng giáo dục, đào tạo trên địa bàn phường giai đoạn 2025-2030. Nâng cao số lượng, chất lượng trường đạt chuẩn quốc gia. Thúc đẩy chuyển đổi số, ứng dụng công nghệ thông tin trong giáo dục và đào tạo.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [
      {
        kind: "PLAN",
        title:
          "Kế hoạch thực hiện Nghị quyết số 71-NQ/TW, ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo",
      },
    ],
  },
  {
    code: "b.7",
    section: "III.2.2.b",
    kind: "SPECIFIC",
    area: "CULTURE_SOCIETY",
    content:
      "Triển khai thực hiện Chương trình hành động số 03-CTr/TU, ngày 30/10/2025 của Ban Thường vụ Thành ủy về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân; đẩy mạnh các hoạt động tuyên truyền về dân số, kế hoạch hóa gia đình; không chểnh mảng, có hiệu quả các dịch bệnh; tăng cường quản lý nhà nước về an toàn thực phẩm.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "b.8",
    section: "III.2.2.b",
    kind: "SPECIFIC",
    area: "CULTURE_SOCIETY",
    content:
      "Rà soát, giải quyết các hồ sơ đề nghị hưởng chế độ, chính sách và thực hiện chi trả đầy đủ, kịp thời các chế độ trợ cấp, phụ cấp ưu đãi hằng tháng đối với các đối tượng bảo trợ xã hội, người có công và thân nhân theo quy định.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "b.9",
    section: "III.2.2.b",
    kind: "SPECIFIC",
    area: "CULTURE_SOCIETY",
    content:
      "Tăng tỷ lệ người dân tham gia bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp, hướng tới mục tiêu bao phủ toàn dân. Tổ chức các hoạt động tư vấn, giới thiệu việc làm, đào tạo nghề cho lao động địa phương, đặc biệt là thanh niên.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "b.10",
    section: "III.2.2.b",
    kind: "SPECIFIC",
    area: "CULTURE_SOCIETY",
    content:
      "Tiếp tục thực hiện tốt công tác thông tin tuyên truyền trên hệ thống các phương tiện thông tin đại chúng của phường; phấn đấu tổ chức từ 02 đến 03 buổi tuyên truyền lưu động bằng nhiều hình thức đa dạng; khảo sát, đánh giá thực trạng hệ thống loa truyền thanh trên địa bàn phường để nâng cao chất lượng, hiệu quả hệ thống loa truyền thanh; tiếp tục rà soát, tuyên truyền nhân dân thay thế, điều chỉnh hệ thống biển hiệu, bảng quảng cáo phù hợp với địa chỉ mới.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "c.1",
    section: "III.2.2.c",
    kind: "SPECIFIC",
    area: "JUSTICE",
    content:
      "Tiếp tục tổ chức thực hiện các nhiệm vụ về công tác tư pháp theo quy định. Thực hiện có hiệu quả Kế hoạch thực hiện Nghị quyết số 66-NQ/TW, ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "c.2",
    section: "III.2.2.c",
    kind: "SPECIFIC",
    area: "JUSTICE",
    content:
      "Duy trì lịch tiếp công dân; tiếp nhận, phân loại đơn và giải quyết kịp thời khiếu nại, tố cáo của công dân theo đúng quy định, không để tồn đọng.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "c.3",
    section: "III.2.2.c",
    kind: "SPECIFIC",
    area: "JUSTICE",
    content:
      "Triển khai, thực hiện kế hoạch công tác phòng, chống tham nhũng, lãng phí, tiêu cực, tăng cường công tác kiểm tra, giám sát, cán bộ, công chức trong thực hiện nhiệm vụ; thực hiện nghiêm công tác kê khai, công khai tài sản thu nhập của cán bộ, công chức, viên chức theo quy định.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "d.QS.1",
    section: "III.2.2.d",
    kind: "SPECIFIC",
    area: "MILITARY",
    content:
      "Duy trì nghiêm các chế độ trực sẵn sàng chiến đấu; tổ chức huấn luyện cho các đối tượng theo đúng kế hoạch đảm bảo đúng đủ nội dung chương trình đã xây dựng; tổ chức Lễ giao quân vào đầu năm 2026; tập trung thực hiện phòng chống thiên tai và tìm kiếm cứu nạn khi có tình huống xảy ra; thực hiện di chuyển nghĩa vụ quân sự cho các nam công dân trúng tuyển vào các trường Cao đẳng, Đại học; chuẩn bị cho tuyển chọn gọi công dân nhập ngũ năm 2026. Làm tốt công tác hậu phương quân đội, tiếp tục triển khai các chế độ chính sách cho các đối tượng.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "d.AN.1",
    section: "III.2.2.d",
    kind: "SPECIFIC",
    area: "PUBLIC_ORDER",
    content:
      "Bảo vệ tuyệt đối an toàn các sự kiện quan trọng của đất nước và địa phương, trọng tâm là bảo đảm an ninh trật tự phục vụ Đại hội đại biểu Đảng toàn quốc lần thứ XIV và cuộc bầu cử đại biểu Quốc hội khóa XVI và bầu cử Đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031. Triển khai đồng bộ các biện pháp đấu tranh, ngăn chặn âm mưu, hoạt động của các thế lực thù địch, tổ chức phản động; bảo đảm an ninh chính trị nội bộ.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "d.AN.2",
    section: "III.2.2.d",
    kind: "SPECIFIC",
    area: "PUBLIC_ORDER",
    content:
      "Xây dựng, triển khai Đề án “Phường an toàn về an ninh trật tự” gắn với phong trào toàn dân bảo vệ an ninh Tổ quốc giai đoạn 2025- 2030”, mô hình “Tổ dân phố an toàn”, Kế hoạch thực hiện Nghị quyết 01-NQ/TU, ngày 08/11/2025 của Ban Chấp hành Đảng bộ thành phố, Ban Chấp hành Đảng bộ phường và UBND phường về “xây dựng Hải Phòng trở thành thành phố không ma túy”.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [
      {
        kind: "SCHEME",
        title:
          "Đề án “Phường an toàn về an ninh trật tự” gắn với phong trào toàn dân bảo vệ an ninh Tổ quốc giai đoạn 2025- 2030",
      },
      { kind: "MODEL", title: "Mô hình “Tổ dân phố an toàn”" },
      {
        kind: "PLAN",
        title:
          "Kế hoạch thực hiện Nghị quyết 01-NQ/TU, ngày 08/11/2025 của Ban Chấp hành Đảng bộ thành phố về “xây dựng Hải Phòng trở thành thành phố không ma túy”",
      },
    ],
  },
  {
    code: "d.AN.3",
    section: "III.2.2.d",
    kind: "SPECIFIC",
    area: "PUBLIC_ORDER",
    content:
      "Tiếp tục nhận diện, chủ động thực hiện hiệu quả các biện pháp kéo giảm bền vững tội phạm về trật tự xã hội. Nâng cao hiệu quả công tác tiếp nhận, xử lý tố giác, tin báo về tội phạm và kiến nghị khởi tố; tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy; phòng ngừa, ngăn chặn, phát hiện, bắt giữ kịp thời các đối tượng liên quan đến “tội phạm đường phố”. Quản lý chặt chẽ các đối tượng thi hành án cộng đồng, tù tha, đặc xá, hạn chế tái phạm tội.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
  {
    code: "d.AN.4",
    section: "III.2.2.d",
    kind: "SPECIFIC",
    area: "PUBLIC_ORDER",
    content:
      "Thực hiện hiệu quả Đề án 06/CP, các giải pháp bảo đảm trật tự an toàn giao thông, kiểm chế và làm giảm tai nạn giao thông, không để ùn tắc giao thông vào giờ cao điểm tại các tuyến phố tập trung đông người, khu vực cổng trường học; nâng cao chất lượng công tác xây dựng phong trào toàn dân bảo vệ An ninh Tổ quốc.",
    lead: null,
    cooperating: [],
    deadline: null,
    outputs: [],
  },
];

/** Section IV: the seed's duty groups (units.yaml `dutyGroups`) under the names the plan gives them. */
export const EXPECTED_UNITS: { code: string; name: string; requested: boolean; duties: string[] }[] = [
  {
    code: "IV.1",
    name: "Lãnh đạo Ủy ban nhân dân phường",
    requested: false,
    duties: [
      "Giao các đồng chí lãnh đạo Ủy ban nhân dân phường theo lĩnh vực được phân công phụ trách trực tiếp lãnh đạo, chỉ đạo, điều hành việc triển khai thực hiện các nhiệm vụ, giải pháp đề ra tại Kế hoạch.",
    ],
  },
  {
    code: "IV.2",
    name: "Ủy viên Ủy ban nhân dân, Trưởng các phòng chuyên môn, tổ chức hành chính, Thủ trưởng các đơn vị thuộc UBND phường",
    requested: false,
    duties: [
      "Căn cứ nội dung kế hoạch, chủ động tham mưu xây dựng các đề án, mô hình, kế hoạch, biện pháp nhằm triển khai thực hiện có hiệu quả các chỉ tiêu, nhiệm vụ theo yêu cầu của kế hoạch và các Phụ lục 01, 02 (gửi kèm theo) về các lĩnh vực do phòng, tổ chức, đơn vị phụ trách.",
      "Tăng cường kiểm tra, đôn đốc, phát hiện và giải quyết kịp thời những khó khăn, vướng mắc trong quá trình thực hiện.",
      "Thực hiện chế độ thông tin, báo cáo tình hình kết quả thực hiện nhiệm vụ tại Kế hoạch này định kỳ hằng tháng về Ủy ban nhân dân phường (qua Văn phòng HĐND và UBND) để tổng hợp báo cáo Ủy ban nhân dân phường tại các phiên họp Ủy ban nhân dân phường theo quy định.",
    ],
  },
  {
    code: "IV.3",
    name: "Văn phòng HĐND và UBND phường",
    requested: false,
    duties: [
      "Chủ trì, tham mưu Ủy ban nhân dân phường xây dựng và triển khai kế hoạch về phát triển kinh tế - xã hội, quốc phòng – an ninh của phường năm 2026; chủ động tham mưu công tác triển khai các nội dung kế hoạch đến các phòng chuyên môn, tổ chức hành chính, đơn vị sự nghiệp thuộc UBND để tổ chức thực hiện.",
      "Đăng tải, cập nhật nội dung Kế hoạch và tiến độ thực hiện các nhiệm vụ trên Trang thông tin điện tử của phường để cán bộ, công chức, viên chức, người lao động và Nhân dân nắm bắt và thực hiện.",
      "Chủ trì theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch này; kịp thời báo cáo với lãnh đạo UBND phường những khó khăn, vướng mắc, các vấn đề phát sinh trong quá trình thực hiện.",
    ],
  },
  {
    code: "IV.4",
    name: "Trung tâm Dịch vụ sự nghiệp công",
    requested: false,
    duties: [
      "Đổi mới nội dung và phương thức tuyên truyền theo hướng linh hoạt, sáng tạo, có trọng tâm, trọng điểm; đa dạng hóa hình thức truyền thông, ưu tiên ứng dụng nền tảng công nghệ số, mạng xã hội, tiện ích truyền thông hiện đại và các sản phẩm truyền thông mới phù hợp với từng nhóm đối tượng, từng nền tảng truyền thông theo quy định pháp luật, nhằm thực hiện có hiệu quả Kế hoạch số 05/KH-UBND của UBND thành phố và Kế hoạch của UBND phường.",
      "Xây dựng, biên tập các tin bài, chuyên đề, phóng sự đẩy mạnh tuyên truyền, cổ vũ các điển hình tiên tiến, những nhân tố mới, sáng tạo, hiệu quả; tôn vinh những tập thể, cá nhân dám nghĩ, dám làm, dám đột phá vì lợi ích chung, góp phần lan tỏa tinh thần đổi mới, khơi dậy ý chí cống hiến trong cán bộ, đảng viên và Nhân dân trên địa bàn góp phần thực hiện thắng lợi các chỉ tiêu kế hoạch đề ra.",
    ],
  },
  {
    code: "IV.5",
    name: "Ủy ban Mặt trận Tổ quốc Việt Nam phường và các đoàn thể chính trị - xã hội",
    requested: true,
    duties: [
      "Tổ chức phổ biến, triển khai, tuyên truyền có trọng tâm, trọng điểm, hiệu quả nội dung của Kế hoạch số 05/KH-UBND của Ủy ban nhân dân thành phố và nội dung kế hoạch này, đặc biệt tuyên truyền vận động đoàn viên, hội viên và các tầng lớp Nhân dân tích cực tham gia phát triển kinh tế - xã hội, đảm bảo quốc phòng, an ninh chính trị, trật tự an toàn xã hội tại địa phương;",
      "Phát huy vai trò giám sát và phản biện xã hội; kịp thời tổng hợp, phản ánh ý kiến, kiến nghị của cử tri và Nhân dân đến các cơ quan có thẩm quyền, góp phần tạo sự thống nhất trong nhận thức và đồng thuận trong hành động, bảo đảm tổ chức thực hiện có hiệu quả các chỉ tiêu, nhiệm vụ kế hoạch phát triển kinh tế - xã hội, quốc phòng – an ninh năm 2026 trên địa bàn phường.",
    ],
  },
];
