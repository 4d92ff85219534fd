// GraphQL enums built from the Prisma enums (values derive from schema.prisma; the record of
// descriptions is typed so that a new Prisma value without a description fails to compile).
import {
  Comparator,
  ContributionRule,
  DocumentKind,
  JurisdictionKind,
  MeasureKind,
  MeasurementKind,
  NotificationKind,
  OutputKind,
  PeriodKind,
  PeriodStatus,
  PlanStatus,
  QualitativeKind,
  RecommendationStatus,
  ReportStatus,
  Role,
  TargetBasis,
  TargetDirection,
  TargetKind,
  TargetPhasing,
  TaskKind,
  TaskRecurrence,
  TaskStatus,
  UnitKind,
} from "@kehoach/db";
import type { EnumRef, SchemaTypes } from "@pothos/core";
import { builder } from "../builder.ts";

function prismaEnum<const T extends Record<string, string>>(
  name: string,
  values: T,
  description: string,
  valueDescriptions: { [K in keyof T]: string },
) {
  const described = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, { value, description: valueDescriptions[key as keyof T] }]),
  ) as { [K in keyof T]: { value: T[K]; description: string } };
  // Pothos types string-named enums loosely; the ref is typed from the Prisma enum instead.
  return builder.enumType(name, { description, values: described } as never) as unknown as EnumRef<
    SchemaTypes,
    T[keyof T],
    T[keyof T]
  >;
}

export const JurisdictionKindEnum = prismaEnum("JurisdictionKind", JurisdictionKind, "Cấp đơn vị hành chính.", {
  CITY: "Thành phố trực thuộc trung ương",
  PROVINCE: "Tỉnh",
  WARD: "Phường",
  COMMUNE: "Xã",
  SPECIAL_ZONE: "Đặc khu",
});

export const DocumentKindEnum = prismaEnum("DocumentKind", DocumentKind, "Loại văn bản.", {
  PLAN: "Kế hoạch (KH)",
  RESOLUTION: "Nghị quyết (NQ)",
  REPORT: "Báo cáo (BC)",
  PROGRAM: "Chương trình (CTr)",
  DECISION: "Quyết định (QĐ)",
  DIRECTIVE: "Chỉ thị (CT)",
  SCHEME: "Đề án (ĐA)",
  OFFICIAL_LETTER: "Công văn (CV)",
  NOTICE: "Thông báo (TB)",
  OTHER: "Khác",
});

export const PlanStatusEnum = prismaEnum("PlanStatus", PlanStatus, "Trạng thái kế hoạch.", {
  DRAFT: "Dự thảo",
  ACTIVE: "Đã ban hành, đang thực hiện",
  ARCHIVED: "Đã lưu trữ",
});

export const TargetKindEnum = prismaEnum("TargetKind", TargetKind, "Loại mức chỉ tiêu.", {
  QUANTITATIVE: "Định lượng: có phép so sánh và giá trị",
  QUALITATIVE: "Định tính: đạt / không để xảy ra / hoàn thành chỉ tiêu được giao",
});

export const ComparatorEnum = prismaEnum("Comparator", Comparator, "Phép so sánh của mức chỉ tiêu.", {
  GT: "trên (>)",
  GTE: "từ … trở lên, tối thiểu, ít nhất (≥)",
  EQ: "đạt, bằng (=)",
  LTE: "không quá, tối đa (≤)",
  LT: "dưới (<)",
  APPROX: "khoảng, xấp xỉ (≈)",
  RANGE: "từ … đến … (minValue–maxValue)",
});

export const TargetDirectionEnum = prismaEnum("TargetDirection", TargetDirection, "Hướng của chỉ tiêu.", {
  INCREASE: "Tăng / đạt mức (càng cao càng tốt)",
  DECREASE: "Giảm (càng thấp càng tốt)",
  MAINTAIN: "Giữ vững, duy trì",
});

export const TargetBasisEnum = prismaEnum("TargetBasis", TargetBasis, "Cách đo của giá trị chỉ tiêu.", {
  LEVEL: "Mức tuyệt đối trong năm (đạt 96%)",
  CHANGE: "Tốc độ tăng/giảm so với năm trước (giảm 50%)",
  AVERAGE_ANNUAL_CHANGE: "Tốc độ tăng bình quân mỗi năm (tăng bình quân trên 10%/năm)",
  ADDITIONAL: "Số lượng tăng thêm trong năm (có thêm 01 trường)",
});

export const TargetPhasingEnum = prismaEnum(
  "TargetPhasing",
  TargetPhasing,
  "Phân kỳ mức chỉ tiêu năm để đánh giá đúng tiến độ giữa năm (đến tháng 3 cần bao nhiêu).",
  {
    LINEAR: "Chia đều theo tháng (số đếm: làm tròn xuống số nguyên)",
    QUARTERLY: "Theo quý: mỗi quý một phần tư, tính khi hết quý",
    NONE: "Không phân kỳ: so với mục tiêu cả năm",
  },
);

export const MeasureKindEnum = prismaEnum("MeasureKind", MeasureKind, "Đại lượng của đơn vị tính.", {
  PERCENT: "Tỷ lệ phần trăm (%)",
  PERCENTAGE_POINT: "Điểm phần trăm (điểm %)",
  MONEY: "Tiền (đồng, nghìn, triệu, tỷ đồng; USD)",
  COUNT: "Số đếm (cơ sở, trường, doanh nghiệp…)",
  RATE: "Tỷ suất (trên 1 vạn dân…)",
  OTHER: "Khác",
});

export const QualitativeKindEnum = prismaEnum("QualitativeKind", QualitativeKind, "Loại chỉ tiêu định tính.", {
  ACHIEVED: "Đạt / không đạt",
  ZERO_EVENTS: "Không để xảy ra sự việc",
  COMPLETE_ASSIGNED: "Hoàn thành chỉ tiêu, kế hoạch cấp trên giao",
});

export const TaskKindEnum = prismaEnum("TaskKind", TaskKind, "Loại nhiệm vụ, giải pháp.", {
  KEY: "Trọng tâm",
  SPECIFIC: "Cụ thể",
});

export const TaskStatusEnum = prismaEnum("TaskStatus", TaskStatus, "Trạng thái thực hiện nhiệm vụ.", {
  NOT_STARTED: "Chưa triển khai",
  IN_PROGRESS: "Đang thực hiện",
  DONE: "Đã hoàn thành",
  CANCELLED: "Dừng / hủy",
});

export const TaskRecurrenceEnum = prismaEnum("TaskRecurrence", TaskRecurrence, "Tính lặp lại của nhiệm vụ.", {
  ONCE: "Một lần, có thời hạn",
  ONGOING: "Thường xuyên, cả năm",
  MONTHLY: "Hằng tháng",
  QUARTERLY: "Hằng quý",
  YEARLY: "Hằng năm",
});

export const OutputKindEnum = prismaEnum("OutputKind", OutputKind, "Loại sản phẩm đầu ra của nhiệm vụ.", {
  SCHEME: "Đề án",
  PLAN: "Kế hoạch",
  PROGRAM: "Chương trình",
  MODEL: "Mô hình",
  REPORT: "Báo cáo",
  OTHER: "Văn bản khác",
});

export const RoleEnum = prismaEnum("Role", Role, "Vai trò người dùng.", {
  ADMIN: "Quản trị hệ thống",
  OFFICE: "Văn phòng HĐND và UBND",
  LEADER: "Lãnh đạo UBND (Chủ tịch, Phó Chủ tịch) phụ trách lĩnh vực",
  UNIT_HEAD: "Trưởng đơn vị",
  UNIT_STAFF: "Cán bộ đơn vị",
  SUPERVISOR: "Giám sát (MTTQ, đoàn thể)",
  API_CLIENT: "Ứng dụng khác dùng API (token)",
});

export const UnitKindEnum = prismaEnum("UnitKind", UnitKind, "Loại đơn vị, cơ quan.", {
  OFFICE: "Văn phòng HĐND và UBND",
  SPECIALISED_OFFICE: "Phòng chuyên môn",
  CENTRE: "Trung tâm (tổ chức hành chính, đơn vị sự nghiệp)",
  POLICE: "Công an phường",
  MILITARY: "Ban Chỉ huy quân sự",
  FRONT: "Ủy ban Mặt trận Tổ quốc",
  MASS_ORGANISATION: "Đoàn thể chính trị - xã hội",
  RESIDENTIAL_GROUP: "Tổ dân phố",
  SCHOOL: "Trường học",
  OTHER: "Khác",
});

export const PeriodKindEnum = prismaEnum("PeriodKind", PeriodKind, "Loại kỳ báo cáo.", {
  MONTH: "Tháng",
  QUARTER: "Quý",
  HALF_YEAR: "6 tháng",
  NINE_MONTHS: "9 tháng",
  YEAR: "Năm",
});

export const PeriodStatusEnum = prismaEnum("PeriodStatus", PeriodStatus, "Trạng thái kỳ báo cáo.", {
  UPCOMING: "Chưa mở",
  OPEN: "Đang nhận báo cáo",
  CLOSED: "Đã khóa sổ",
});

export const ReportStatusEnum = prismaEnum("ReportStatus", ReportStatus, "Trạng thái báo cáo tiến độ.", {
  DRAFT: "Nháp",
  SUBMITTED: "Đã gửi, chờ duyệt",
  APPROVED: "Đã duyệt",
  RETURNED: "Trả lại, cần sửa",
});

export const ContributionRuleEnum = prismaEnum(
  "ContributionRule",
  ContributionRule,
  "Cách số liệu các phường, xã cộng dồn thành chỉ tiêu của thành phố.",
  {
    SUM: "Tổng các phường, xã",
    WEIGHTED_AVERAGE: "Bình quân có trọng số (trọng số của từng phường: số hộ, dân số…)",
    ALL_OF: "Thành phố đạt khi mọi phường, xã cùng đạt",
  },
);

export const MeasurementKindEnum = prismaEnum("MeasurementKind", MeasurementKind, "Loại số liệu chỉ tiêu.", {
  ACTUAL: "Số thực hiện",
  ESTIMATE: "Ước thực hiện",
});

export const NotificationKindEnum = prismaEnum("NotificationKind", NotificationKind, "Loại nhắc việc gửi đơn vị.", {
  REPORT_DUE_SOON: "Sắp đến hạn gửi báo cáo tháng",
  REPORT_OVERDUE: "Quá hạn gửi báo cáo tháng",
  REPORT_RETURNED: "Báo cáo bị trả lại",
  TASK_OVERDUE: "Nhiệm vụ quá hạn",
});

export const RecommendationStatusEnum = prismaEnum(
  "RecommendationStatus",
  RecommendationStatus,
  "Trạng thái kiến nghị của cử tri.",
  {
    RECORDED: "Mặt trận đã ghi nhận, chưa giao đơn vị",
    ASSIGNED: "Đã giao đơn vị, chờ trả lời",
    ANSWERED: "Đơn vị đã trả lời, chờ Mặt trận đánh giá",
    RESOLVED: "Đã giải quyết",
  },
);
