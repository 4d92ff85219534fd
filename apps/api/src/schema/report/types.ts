// Kỳ báo cáo (ReportingPeriod), báo cáo tiến độ (ProgressReport) and its lines, số liệu
// (Measurement, also as Indicator.measurements), ý kiến (Comment) and nhật ký (AuditEvent).

import { readGuard } from "../../access/guards.ts";
import { inReadablePlan, readableAuditEvents, readableMeasurements, readableReports } from "../../access/readable.ts";
import { builder } from "../../builder.ts";
import { MeasurementKindEnum, PeriodKindEnum, PeriodStatusEnum, ReportStatusEnum, TaskStatusEnum } from "../enums.ts";
import { decodeId } from "../globalId.ts";
import { LocaleEnum } from "../locale.ts";
import { UnitRef } from "../organisation/unit.ts";
import { samePeriodText } from "./samePeriodText.ts";

// node(id) finds only what the viewer reads, so a hidden object answers as an unknown ID does (null).
export const ReportingPeriodRef = builder.prismaNode("ReportingPeriod", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({ id, ...inReadablePlan(ctx.viewer) }),
  // Only the columns a query asks for (and the access check's): a city's roll-up lists 114 periods.
  select: { id: true, planId: true },
  authScopes: readGuard.inPlan,
  fields: (t) => ({
    kind: t.expose("kind", { type: PeriodKindEnum, description: "Loại kỳ: tháng, quý, 6 tháng, năm." }),
    year: t.exposeInt("year", { description: "Năm của kỳ báo cáo." }),
    number: t.exposeInt("number"),
    label: t.exposeString("label", { description: "Tên kỳ (Tháng 01/2026, Quý I/2026…)." }),
    startsOn: t.expose("startsOn", { type: "Date", description: "Ngày bắt đầu kỳ." }),
    endsOn: t.expose("endsOn", { type: "Date", description: "Ngày kết thúc kỳ." }),
    cutoffOn: t.expose("cutoffOn", { type: "Date" }),
    dueOn: t.expose("dueOn", { type: "Date" }),
    status: t.expose("status", { type: PeriodStatusEnum, description: "Chưa mở, đang nhận báo cáo, đã khóa sổ." }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true, description: "Thời điểm khóa sổ." }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    wardReportFinalizedAt: t.field({
      type: "DateTime",
      nullable: true,
      description:
        "Thời điểm lãnh đạo hoặc Văn phòng chốt báo cáo tổng hợp tháng của kỳ (finalizeWardReport); null khi chưa chốt.",
      select: { wardReport: { select: { finalizedAt: true } } },
      resolve: (period) => period.wardReport?.finalizedAt ?? null,
    }),
    wardReportPublishedAt: t.field({
      type: "DateTime",
      nullable: true,
      description:
        "Thời điểm Văn phòng công bố báo cáo tổng hợp tháng cho người dân (publishWardReport); null khi chưa.",
      select: { wardReport: { select: { publishedAt: true } } },
      resolve: (period) => period.wardReport?.publishedAt ?? null,
    }),
    version: t.exposeInt("version", { description: "Phiên bản, gửi kèm khi mở hoặc khóa kỳ." }),
    plan: t.relation("plan", { description: "Kế hoạch của kỳ báo cáo." }),
  }),
});

export const ProgressReportRef = builder.prismaNode("ProgressReport", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({ id, AND: [readableReports(ctx.viewer)] }),
  // Only the columns a query asks for (and the access check's).
  select: { id: true, planId: true, unitId: true, status: true },
  authScopes: readGuard.ProgressReport,
  fields: (t) => ({
    status: t.expose("status", { type: ReportStatusEnum, description: "Nháp, đã gửi, đã duyệt, trả lại." }),
    summary: t.exposeString("summary", { nullable: true }),
    returnReason: t.exposeString("returnReason", { nullable: true }),
    submittedAt: t.expose("submittedAt", { type: "DateTime", nullable: true, description: "Thời điểm gửi." }),
    reviewedAt: t.expose("reviewedAt", {
      type: "DateTime",
      nullable: true,
      description: "Thời điểm duyệt hoặc trả lại.",
    }),
    version: t.exposeInt("version", { description: "Phiên bản, gửi kèm mọi thao tác sửa, gửi, duyệt, trả lại." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "Thời điểm tạo báo cáo." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Thời điểm sửa gần nhất." }),
    plan: t.relation("plan", { description: "Kế hoạch." }),
    period: t.relation("period", { description: "Kỳ báo cáo." }),
    unit: t.relation("unit", { description: "Đơn vị báo cáo." }),
    createdBy: t.relation("createdBy", { nullable: true, description: "Người tạo báo cáo." }),
    submittedBy: t.relation("submittedBy", { nullable: true, description: "Người gửi báo cáo." }),
    reviewedBy: t.relation("reviewedBy", { nullable: true, description: "Người duyệt hoặc trả lại." }),
    taskLines: t.relation("taskLines", {
      description: "Dòng báo cáo theo nhiệm vụ.",
      query: { orderBy: { task: { position: "asc" } } },
    }),
    indicatorLines: t.relation("indicatorLines", {
      description: "Dòng báo cáo theo chỉ tiêu.",
      query: { orderBy: { indicator: { position: "asc" } } },
    }),
    comments: t.relation("comments", {
      description: "Ý kiến về báo cáo, cũ trước.",
      query: { where: { deletedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    }),
  }),
});

builder.prismaObject("ProgressReportTaskLine", {
  authScopes: readGuard.inReport,
  fields: (t) => ({
    id: t.exposeID("id", { description: "Mã nội bộ của dòng." }),
    task: t.relation("task", { description: "Nhiệm vụ." }),
    status: t.expose("status", { type: TaskStatusEnum, description: "Trạng thái thực hiện theo đơn vị báo cáo." }),
    percentDone: t.expose("percentDone", { type: "Decimal", nullable: true, description: "% hoàn thành (0–100)." }),
    results: t.exposeString("results", { nullable: true, description: "Kết quả thực hiện." }),
    difficulties: t.exposeString("difficulties", { nullable: true, description: "Khó khăn, vướng mắc." }),
    proposals: t.exposeString("proposals", { nullable: true, description: "Đề xuất, kiến nghị." }),
  }),
});

builder.prismaObject("ProgressReportIndicatorLine", {
  authScopes: readGuard.IndicatorLine,
  fields: (t) => ({
    id: t.exposeID("id", { description: "Mã nội bộ của dòng." }),
    indicator: t.relation("indicator", { description: "Chỉ tiêu." }),
    valueToDate: t.expose("valueToDate", {
      type: "Decimal",
      nullable: true,
      description: "Giá trị thực hiện lũy kế đến kỳ (theo đơn vị tính của chỉ tiêu).",
    }),
    periodValue: t.expose("periodValue", {
      type: "Decimal",
      nullable: true,
      description: "Thực hiện riêng trong kỳ (với chỉ tiêu cộng dồn theo năm).",
    }),
    yearEndEstimate: t.expose("yearEndEstimate", {
      type: "Decimal",
      nullable: true,
      description: "Ước thực hiện cả năm.",
    }),
    samePeriodLastYear: t.expose("samePeriodLastYear", {
      type: "Decimal",
      nullable: true,
      description: "Số thực hiện lũy kế cùng kỳ năm trước.",
    }),
    comparedWithSamePeriod: t.string({
      nullable: true,
      description: "So với cùng kỳ, bằng lời (“bằng 112,5% cùng kỳ”, “tăng 1,2 điểm % so với cùng kỳ”).",
      args: { locale: t.arg({ type: LocaleEnum, required: true, defaultValue: "vi", description: "Ngôn ngữ." }) },
      select: { indicator: { select: { targets: { orderBy: { position: "asc" } } } } },
      resolve: (line, args) => samePeriodText(line, line.indicator.targets, args.locale),
    }),
    achieved: t.exposeBoolean("achieved", { nullable: true }),
    eventCount: t.exposeInt("eventCount", { nullable: true }),
    note: t.exposeString("note", { nullable: true, description: "Ghi chú." }),
    unit: t.field({
      type: UnitRef,
      description: "Đơn vị báo cáo dòng này.",
      select: { report: { select: { unit: true } } },
      resolve: (line) => line.report.unit,
    }),
    adoptedFrom: t.relation("adoptedFrom", {
      nullable: true,
      description: "Số liệu của đơn vị phối hợp mà đơn vị chủ trì đã dùng cho dòng này (nguồn của số liệu).",
    }),
  }),
});

export const MeasurementRef = builder.prismaNode("Measurement", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({ id, AND: [readableMeasurements(ctx.viewer)] }),
  authScopes: readGuard.Measurement,
  fields: (t) => ({
    kind: t.expose("kind", { type: MeasurementKindEnum, description: "Thực hiện hoặc ước thực hiện." }),
    value: t.expose("value", { type: "Decimal", nullable: true, description: "Giá trị (đơn vị tính của chỉ tiêu)." }),
    periodValue: t.expose("periodValue", {
      type: "Decimal",
      nullable: true,
      description: "Với số thực hiện: riêng trong kỳ (value là lũy kế đến kỳ).",
    }),
    samePeriodLastYear: t.expose("samePeriodLastYear", {
      type: "Decimal",
      nullable: true,
      description: "Với số thực hiện: lũy kế cùng kỳ năm trước.",
    }),
    comparedWithSamePeriod: t.string({
      nullable: true,
      description: "Với số thực hiện: so với cùng kỳ, bằng lời (“bằng 112,5% cùng kỳ”).",
      args: { locale: t.arg({ type: LocaleEnum, required: true, defaultValue: "vi", description: "Ngôn ngữ." }) },
      select: { indicator: { select: { targets: { orderBy: { position: "asc" } } } } },
      resolve: (m, args) =>
        samePeriodText(
          { valueToDate: m.value, samePeriodLastYear: m.samePeriodLastYear },
          m.indicator.targets,
          args.locale,
        ),
    }),
    achieved: t.exposeBoolean("achieved", { nullable: true, description: "Đạt / chưa đạt (chỉ tiêu định tính)." }),
    eventCount: t.exposeInt("eventCount", { nullable: true, description: "Số vụ việc (chỉ tiêu không để xảy ra)." }),
    source: t.exposeString("source"),
    version: t.exposeInt("version", { description: "Phiên bản." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "Thời điểm ghi nhận." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Thời điểm sửa gần nhất." }),
    indicator: t.relation("indicator", { description: "Chỉ tiêu." }),
    period: t.relation("period", { description: "Kỳ báo cáo." }),
    recordedBy: t.relation("recordedBy", { nullable: true, description: "Người ghi nhận (người duyệt báo cáo)." }),
  }),
});

builder.prismaObjectField("Indicator", "measurements", (t) =>
  t.relation("measurements", {
    description:
      "Số liệu của chỉ tiêu theo kỳ (thực hiện, ước thực hiện), kỳ cũ trước. Người chưa đăng nhập chỉ thấy kỳ đã công bố.",
    args: {
      periodId: t.arg.id({ required: false, description: "Chỉ lấy số liệu của kỳ báo cáo này." }),
      kind: t.arg({ type: MeasurementKindEnum, required: false, description: "Chỉ lấy loại số liệu này." }),
    },
    query: (args, ctx) => ({
      where: {
        ...(args.periodId ? { periodId: decodeId(String(args.periodId), "ReportingPeriod") ?? "" } : {}),
        ...(args.kind ? { kind: args.kind } : {}),
        AND: [readableMeasurements(ctx.viewer)],
      },
      orderBy: [{ period: { endsOn: "asc" } }, { kind: "asc" }],
    }),
  }),
);

builder.prismaNode("Comment", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({
    id,
    OR: [
      { report: readableReports(ctx.viewer) },
      { indicator: inReadablePlan(ctx.viewer) },
      { task: inReadablePlan(ctx.viewer) },
    ],
  }),
  authScopes: readGuard.Comment,
  fields: (t) => ({
    body: t.exposeString("body", { description: "Nội dung ý kiến." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "Thời điểm gửi ý kiến." }),
    author: t.relation("author", { description: "Người gửi ý kiến." }),
    report: t.relation("report", { nullable: true, description: "Báo cáo được góp ý." }),
  }),
});

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

builder.prismaNode("AuditEvent", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({ id, AND: [readableAuditEvents(ctx.viewer)] }),
  authScopes: readGuard.AuditEvent,
  fields: (t) => ({
    name: t.exposeString("name"),
    entityType: t.exposeString("entityType", { description: "Loại đối tượng (ProgressReport, Unit…)." }),
    entityId: t.exposeString("entityId", { nullable: true, description: "Mã (UUID) của đối tượng." }),
    before: t.string({
      nullable: true,
      description: "Trạng thái trước khi thay đổi (JSON).",
      resolve: (e) => json(e.before),
    }),
    after: t.string({
      nullable: true,
      description: "Trạng thái sau khi thay đổi (JSON).",
      resolve: (e) => json(e.after),
    }),
    requestId: t.exposeString("requestId", { nullable: true, description: "Mã yêu cầu HTTP." }),
    ip: t.exposeString("ip", { nullable: true, description: "Địa chỉ IP của người thực hiện." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "Thời điểm." }),
    actor: t.relation("actorUser", { nullable: true, description: "Người thực hiện (hoặc chủ token API)." }),
  }),
});
