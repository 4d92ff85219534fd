// Input of saveReportDraft: the report's period and unit, the version read (none when creating),
// a summary, and the full set of task and indicator lines (the save replaces the lines).
import { z } from "zod";
import { builder } from "../../builder.ts";
import { TaskStatusEnum } from "../enums.ts";
import { globalIdOf, optionalText } from "../validators.ts";

/** Limits of a report's text and size. */
export const LIMITS = { summary: 5000, lineText: 5000, note: 2000, lines: 300 } as const;

/** Decimal(24, 6): at most 18 digits before the point and 6 after. */
const decimal = (what: string) =>
  z.string().regex(/^-?\d{1,18}(\.\d{1,6})?$/, `${what}: tối đa 18 chữ số phần nguyên và 6 chữ số thập phân.`);

export const ReportTaskLineInput = builder.inputType("ReportTaskLineInput", {
  description: "Một dòng báo cáo theo nhiệm vụ.",
  fields: (t) => ({
    taskId: t.id({
      required: true,
      description: "ID toàn cục của nhiệm vụ.",
      validate: globalIdOf("Task", "nhiệm vụ"),
    }),
    status: t.field({ type: TaskStatusEnum, required: true, description: "Trạng thái thực hiện." }),
    percentDone: t.float({
      required: false,
      description: "% hoàn thành, từ 0 đến 100.",
      validate: z.number().min(0, "% hoàn thành từ 0 đến 100.").max(100, "% hoàn thành từ 0 đến 100."),
    }),
    results: t.string({
      required: false,
      description: "Kết quả thực hiện.",
      validate: optionalText("kết quả thực hiện", LIMITS.lineText),
    }),
    difficulties: t.string({
      required: false,
      description: "Khó khăn, vướng mắc.",
      validate: optionalText("khó khăn, vướng mắc", LIMITS.lineText),
    }),
    proposals: t.string({
      required: false,
      description: "Đề xuất, kiến nghị.",
      validate: optionalText("đề xuất, kiến nghị", LIMITS.lineText),
    }),
  }),
});

export const ReportIndicatorLineInput = builder.inputType("ReportIndicatorLineInput", {
  description: "Một dòng báo cáo theo chỉ tiêu (theo đơn vị tính của chỉ tiêu).",
  fields: (t) => ({
    indicatorId: t.id({
      required: true,
      description: "ID toàn cục của chỉ tiêu (hoặc chỉ tiêu con).",
      validate: globalIdOf("Indicator", "chỉ tiêu"),
    }),
    valueToDate: t.field({
      type: "Decimal",
      required: false,
      description: "Giá trị thực hiện lũy kế đến kỳ.",
      validate: decimal("Giá trị thực hiện"),
    }),
    periodValue: t.field({
      type: "Decimal",
      required: false,
      description:
        "Thực hiện riêng trong kỳ (tháng này), với chỉ tiêu cộng dồn theo năm (số tiền, số lượng); không lớn hơn số lũy kế.",
      validate: decimal("Thực hiện trong kỳ"),
    }),
    yearEndEstimate: t.field({
      type: "Decimal",
      required: false,
      description: "Ước thực hiện cả năm.",
      validate: decimal("Ước thực hiện cả năm"),
    }),
    samePeriodLastYear: t.field({
      type: "Decimal",
      required: false,
      description: "Số thực hiện lũy kế cùng kỳ năm trước, để so với cùng kỳ (với chỉ tiêu báo bằng số).",
      validate: decimal("Cùng kỳ năm trước"),
    }),
    achieved: t.boolean({ required: false, description: "Với chỉ tiêu định tính: đạt / chưa đạt." }),
    eventCount: t.int({
      required: false,
      description: "Với chỉ tiêu “không để xảy ra”: số vụ việc trong kỳ.",
      validate: z.number().int().min(0, "Số vụ việc không âm.").max(1_000_000, "Số vụ việc quá lớn."),
    }),
    note: t.string({ required: false, description: "Ghi chú.", validate: optionalText("ghi chú", LIMITS.note) }),
    adoptedFromLineId: t.id({
      required: false,
      description:
        "Dùng số liệu của đơn vị phối hợp (mã dòng trong `reportContributions`): chỉ đơn vị chủ trì; số liệu của dòng được lấy từ dòng đó và nguồn được ghi lại.",
      validate: z.string().uuid("Mã dòng số liệu phối hợp không hợp lệ."),
    }),
  }),
});

export const SaveReportDraftInput = builder.inputType("SaveReportDraftInput", {
  description: "Bản nháp báo cáo tiến độ của một đơn vị trong một kỳ; các dòng gửi lên thay cho các dòng đã lưu.",
  fields: (t) => ({
    periodId: t.id({
      required: true,
      description: "ID toàn cục của kỳ báo cáo.",
      validate: globalIdOf("ReportingPeriod", "kỳ báo cáo"),
    }),
    unitId: t.id({
      required: true,
      description: "ID toàn cục của đơn vị báo cáo.",
      validate: globalIdOf("Unit", "đơn vị"),
    }),
    version: t.int({
      required: false,
      description: "Phiên bản báo cáo đã đọc; bỏ trống khi tạo báo cáo mới.",
      validate: z.number().int().min(1, "Phiên bản bắt đầu từ 1."),
    }),
    summary: t.string({
      required: false,
      description: "Tóm tắt kết quả chung.",
      validate: optionalText("tóm tắt", LIMITS.summary),
    }),
    taskLines: t.field({
      type: [ReportTaskLineInput],
      required: true,
      description: "Các dòng theo nhiệm vụ (toàn bộ; thay cho các dòng đã lưu).",
      validate: z.array(z.unknown()).max(LIMITS.lines, `Tối đa ${LIMITS.lines} dòng nhiệm vụ.`),
    }),
    indicatorLines: t.field({
      type: [ReportIndicatorLineInput],
      required: true,
      description: "Các dòng theo chỉ tiêu (toàn bộ; thay cho các dòng đã lưu).",
      validate: z.array(z.unknown()).max(LIMITS.lines, `Tối đa ${LIMITS.lines} dòng chỉ tiêu.`),
    }),
  }),
});
