// Object types of the cross-area views: counts with the lists behind them (a client goes from
// "3 quá hạn" to the three tasks), by evaluation status, task status and report status.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../builder.ts";
import { ProgressReportRef } from "../report/types.ts";
import type { Bucket, Figures, IndicatorCounts, ReportCounts, TaskCounts } from "./compute.ts";

function bucketType(
  name: string,
  description: string,
  typename: "Indicator" | "Task" | "Unit" | "ProgressReport",
  listField: string,
  listDescription: string,
) {
  return builder.objectRef<Bucket>(name).implement({
    description,
    fields: (t) => ({
      count: t.int({ description: "Số lượng.", resolve: (b) => b.ids.length }),
      ids: t.idList({
        description: `ID toàn cục của các phần tử (${typename}).`,
        resolve: (b) => b.ids.map((id) => encodeGlobalID(typename, id)),
      }),
      [listField]: listFieldOf(t, typename, listDescription),
    }),
  });
}

type Types = typeof builder.$inferSchemaTypes;
/** The field builder of an object type whose shape is T. */
export type FieldBuilder<T> = PothosSchemaTypes.ObjectFieldBuilder<Types, T>;

function listFieldOf(t: FieldBuilder<Bucket>, typename: string, description: string) {
  switch (typename) {
    case "Indicator":
      return t.prismaField({
        type: ["Indicator"],
        description,
        resolve: (query, b, _args, ctx) =>
          ctx.prisma.indicator.findMany({ ...query, where: { id: { in: b.ids } }, orderBy: { position: "asc" } }),
      });
    case "Task":
      return t.prismaField({
        type: ["Task"],
        description,
        resolve: (query, b, _args, ctx) =>
          ctx.prisma.task.findMany({ ...query, where: { id: { in: b.ids } }, orderBy: { position: "asc" } }),
      });
    case "Unit":
      return t.prismaField({
        type: ["Unit"],
        description,
        resolve: (query, b, _args, ctx) =>
          ctx.prisma.unit.findMany({ ...query, where: { id: { in: b.ids } }, orderBy: { code: "asc" } }),
      });
    default:
      return t.prismaField({
        type: [ProgressReportRef],
        description,
        resolve: (query, b, _args, ctx) =>
          ctx.prisma.progressReport.findMany({
            ...query,
            where: { id: { in: b.ids } },
            orderBy: { unit: { code: "asc" } },
          }),
      });
  }
}

export const IndicatorBucketRef = bucketType(
  "IndicatorBucket",
  "Một nhóm chỉ tiêu cùng kết quả đánh giá: số lượng và danh sách.",
  "Indicator",
  "indicators",
  "Các chỉ tiêu, theo thứ tự trong kế hoạch.",
);
export const TaskBucketRef = bucketType(
  "TaskBucket",
  "Một nhóm nhiệm vụ cùng tình trạng: số lượng và danh sách.",
  "Task",
  "tasks",
  "Các nhiệm vụ, theo thứ tự trong kế hoạch.",
);
export const UnitBucketRef = bucketType(
  "UnitBucket",
  "Một nhóm đơn vị: số lượng và danh sách.",
  "Unit",
  "units",
  "Các đơn vị, theo mã.",
);
export const ReportBucketRef = bucketType(
  "ReportBucket",
  "Một nhóm báo cáo tiến độ: số lượng và danh sách.",
  "ProgressReport",
  "reports",
  "Các báo cáo, theo mã đơn vị.",
);

export const IndicatorCountsRef = builder.objectRef<IndicatorCounts>("IndicatorStatusCounts").implement({
  description: "Số chỉ tiêu theo kết quả đánh giá (đánh giá), kèm danh sách từng nhóm.",
  fields: (t) => ({
    total: t.field({ type: IndicatorBucketRef, description: "Tất cả chỉ tiêu.", resolve: (c) => c.total }),
    achieved: t.field({ type: IndicatorBucketRef, description: "Đạt.", resolve: (c) => c.achieved }),
    onTrack: t.field({ type: IndicatorBucketRef, description: "Đúng tiến độ.", resolve: (c) => c.onTrack }),
    atRisk: t.field({ type: IndicatorBucketRef, description: "Có nguy cơ không đạt.", resolve: (c) => c.atRisk }),
    offTrack: t.field({ type: IndicatorBucketRef, description: "Chậm tiến độ.", resolve: (c) => c.offTrack }),
    notAchieved: t.field({ type: IndicatorBucketRef, description: "Không đạt.", resolve: (c) => c.notAchieved }),
    noData: t.field({ type: IndicatorBucketRef, description: "Chưa có số liệu.", resolve: (c) => c.noData }),
    notApplicable: t.field({
      type: IndicatorBucketRef,
      description: "Chưa áp dụng trong năm (chỉ tiêu (7) từ 2027).",
      resolve: (c) => c.notApplicable,
    }),
  }),
});

export const TaskCountsRef = builder.objectRef<TaskCounts>("TaskStatusCounts").implement({
  description:
    "Số nhiệm vụ theo tình trạng tại cuối kỳ, kèm danh sách. Quá hạn: thời hạn trước ngày cuối kỳ mà chưa hoàn thành.",
  fields: (t) => ({
    total: t.field({ type: TaskBucketRef, description: "Tất cả nhiệm vụ.", resolve: (c) => c.total }),
    notStarted: t.field({ type: TaskBucketRef, description: "Chưa triển khai.", resolve: (c) => c.notStarted }),
    inProgress: t.field({ type: TaskBucketRef, description: "Đang thực hiện.", resolve: (c) => c.inProgress }),
    done: t.field({ type: TaskBucketRef, description: "Đã hoàn thành.", resolve: (c) => c.done }),
    overdue: t.field({ type: TaskBucketRef, description: "Quá hạn, chưa hoàn thành.", resolve: (c) => c.overdue }),
    cancelled: t.field({ type: TaskBucketRef, description: "Dừng / hủy.", resolve: (c) => c.cancelled }),
  }),
});

export const ReportCountsRef = builder.objectRef<ReportCounts>("ReportStatusCounts").implement({
  description: "Báo cáo của kỳ: đơn vị phải báo cáo, đã gửi, đã duyệt, trả lại, chưa gửi — kèm danh sách.",
  fields: (t) => ({
    expected: t.field({
      type: UnitBucketRef,
      description: "Đơn vị phải báo cáo (chủ trì hoặc phối hợp ít nhất một chỉ tiêu, nhiệm vụ).",
      resolve: (c) => c.expected,
    }),
    submitted: t.field({
      type: ReportBucketRef,
      description: "Báo cáo đã gửi (đang chờ duyệt hoặc đã duyệt).",
      resolve: (c) => c.submitted,
    }),
    awaitingReview: t.field({
      type: ReportBucketRef,
      description: "Đã gửi, chờ duyệt.",
      resolve: (c) => c.awaitingReview,
    }),
    approved: t.field({ type: ReportBucketRef, description: "Đã duyệt.", resolve: (c) => c.approved }),
    returned: t.field({ type: ReportBucketRef, description: "Trả lại, đơn vị đang sửa.", resolve: (c) => c.returned }),
    missing: t.field({
      type: UnitBucketRef,
      description: "Đơn vị chưa gửi báo cáo (chưa lập, còn nháp hoặc bị trả lại).",
      resolve: (c) => c.missing,
    }),
  }),
});

/** Adds the three figures fields to an object type whose shape holds `figures`. */
export function figureFields<T extends { figures: Figures }>(t: FieldBuilder<T>) {
  return {
    indicators: t.field({
      type: IndicatorCountsRef,
      description: "Chỉ tiêu theo kết quả đánh giá.",
      resolve: (o) => o.figures.indicators,
    }),
    tasks: t.field({
      type: TaskCountsRef,
      description: "Nhiệm vụ theo tình trạng.",
      resolve: (o) => o.figures.tasks,
    }),
    reports: t.field({
      type: ReportCountsRef,
      description: "Báo cáo tiến độ của kỳ.",
      resolve: (o) => o.figures.reports,
    }),
  };
}
