// Lists of the report part: reporting periods, progress reports (row-filtered: drafts private to
// their unit, unit staff see their unit only, anonymous sees none) and the audit log (ADMIN, OFFICE).
import type { PrismaNamespace } from "@kehoach/db";
import { readerRoles, SIGN_IN_EVENT_NAMES } from "@kehoach/domain";
import { inReadablePlan, ownJurisdiction, readableAuditEvents, readableReports } from "../../access/readable.ts";
import type { Viewer } from "../../auth/viewer.ts";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { PeriodKindEnum, PeriodStatusEnum, ReportStatusEnum } from "../enums.ts";
import { filterId } from "../globalId.ts";
import { reviewQueueWhere } from "./access.ts";

const byId = filterId;

builder.queryFields((t) => ({
  reportingPeriods: t.prismaConnection({
    type: "ReportingPeriod",
    cursor: "id",
    description:
      "Kỳ báo cáo của các kế hoạch trong đơn vị hành chính của người xem, theo thời gian. Người chưa đăng nhập chỉ thấy kỳ đã công bố.",
    args: {
      planId: t.arg.id({ required: false, description: "Lọc theo kế hoạch." }),
      kind: t.arg({ type: PeriodKindEnum, required: false, description: "Lọc theo loại kỳ." }),
      status: t.arg({ type: PeriodStatusEnum, required: false, description: "Lọc theo trạng thái." }),
      year: t.arg.int({ required: false, description: "Lọc theo năm." }),
      mine: t.arg.boolean({
        required: false,
        description: "Chỉ của đơn vị hành chính của người xem (bỏ qua kế hoạch đã công bố của nơi khác).",
      }),
    },
    totalCount: (_parent, args, ctx) => ctx.prisma.reportingPeriod.count({ where: periodsWhere(args, ctx.viewer) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.reportingPeriod.findMany({
        ...query,
        where: periodsWhere(args, ctx.viewer),
        orderBy: [{ startsOn: "asc" }, { endsOn: "desc" }, { id: "asc" }],
      }),
  }),
  progressReports: t.prismaConnection({
    type: "ProgressReport",
    cursor: "id",
    description:
      "Báo cáo tiến độ của các đơn vị. Báo cáo nháp chỉ đơn vị đó xem được; cán bộ đơn vị chỉ xem báo cáo của đơn vị mình; người chưa đăng nhập không xem được.",
    args: {
      planId: t.arg.id({ required: false, description: "Lọc theo kế hoạch." }),
      periodId: t.arg.id({ required: false, description: "Lọc theo kỳ báo cáo." }),
      unitId: t.arg.id({ required: false, description: "Lọc theo đơn vị." }),
      status: t.arg({ type: ReportStatusEnum, required: false, description: "Lọc theo trạng thái." }),
      toReview: t.arg.boolean({
        required: false,
        description:
          "Chỉ báo cáo người xem được duyệt hoặc trả lại: đã gửi, thuộc đơn vị hành chính của người xem, có nội dung trong lĩnh vực phụ trách (với lãnh đạo), không do chính người xem gửi.",
      }),
    },
    totalCount: async (_parent, args, ctx) => ctx.prisma.progressReport.count({ where: await reportsWhere(args, ctx) }),
    resolve: async (query, _parent, args, ctx) =>
      ctx.prisma.progressReport.findMany({
        ...query,
        where: await reportsWhere(args, ctx),
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      }),
  }),
  auditEvents: t.prismaConnection({
    type: "AuditEvent",
    cursor: "id",
    description: "Nhật ký thay đổi, mới nhất trước (chỉ quản trị và Văn phòng).",
    authScopes: { roles: readerRoles("AuditEvent") },
    args: {
      name: t.arg.string({
        required: false,
        description: "Lọc theo việc đã làm (tên sự kiện, ví dụ report.submitted).",
      }),
      excludeSignIns: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: "Bỏ các sự kiện đăng nhập, đăng xuất (session.created, session.revoked).",
      }),
      entityType: t.arg.string({ required: false, description: "Lọc theo loại đối tượng (ProgressReport…)." }),
      entityId: t.arg.id({ required: false, description: "Lọc theo đối tượng: ID toàn cục hoặc UUID." }),
      actor: t.arg.id({ required: false, description: "Lọc theo người thực hiện (ID toàn cục của User)." }),
      from: t.arg({ type: "DateTime", required: false, description: "Từ thời điểm (kể cả)." }),
      to: t.arg({ type: "DateTime", required: false, description: "Đến trước thời điểm này." }),
    },
    totalCount: (_parent, args, ctx) => ctx.prisma.auditEvent.count({ where: auditWhere(args, ctx.viewer) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.auditEvent.findMany({
        ...query,
        where: auditWhere(args, ctx.viewer),
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
  }),
}));

function periodsWhere(
  args: {
    planId?: string | null;
    kind?: string | null;
    status?: string | null;
    year?: number | null;
    mine?: boolean | null;
  },
  viewer: Viewer,
): PrismaNamespace.ReportingPeriodWhereInput {
  return {
    ...(args.mine ? ownJurisdiction(viewer) : {}),
    // Anonymous readers see the published periods of the plans they read.
    ...(viewer.kind === "anonymous" ? { publishedAt: { not: null } } : {}),
    ...inReadablePlan(viewer),
    ...(args.planId ? { planId: byId(args.planId, "Plan") } : {}),
    ...(args.kind ? { kind: args.kind as PrismaNamespace.ReportingPeriodWhereInput["kind"] } : {}),
    ...(args.status ? { status: args.status as PrismaNamespace.ReportingPeriodWhereInput["status"] } : {}),
    ...(args.year ? { year: args.year } : {}),
  };
}

async function reportsWhere(
  args: {
    planId?: string | null;
    periodId?: string | null;
    unitId?: string | null;
    status?: string | null;
    toReview?: boolean | null;
  },
  ctx: Context,
): Promise<PrismaNamespace.ProgressReportWhereInput> {
  return {
    AND: [
      readableReports(ctx.viewer),
      ...(args.toReview ? [(await reviewQueueWhere(ctx)) ?? { id: { in: [] } }] : []),
      {
        ...(args.planId ? { planId: byId(args.planId, "Plan") } : {}),
        ...(args.periodId ? { periodId: byId(args.periodId, "ReportingPeriod") } : {}),
        ...(args.unitId ? { unitId: byId(args.unitId, "Unit") } : {}),
        ...(args.status ? { status: args.status as PrismaNamespace.ProgressReportWhereInput["status"] } : {}),
      },
    ],
  };
}

function auditWhere(
  args: {
    name?: string | null;
    excludeSignIns?: boolean | null;
    entityType?: string | null;
    entityId?: string | null;
    actor?: string | null;
    from?: Date | null;
    to?: Date | null;
  },
  viewer: Viewer,
): PrismaNamespace.AuditEventWhereInput {
  let entityId: string | undefined;
  if (args.entityId) {
    const raw = String(args.entityId);
    try {
      const decoded = Buffer.from(raw, "base64").toString("utf8");
      entityId = /^[A-Za-z_]\w*:[0-9a-f-]{36}$/i.test(decoded) ? decoded.slice(decoded.indexOf(":") + 1) : raw;
    } catch {
      entityId = raw;
    }
  }
  return {
    ...readableAuditEvents(viewer),
    ...(args.name || args.excludeSignIns
      ? {
          name: {
            ...(args.name ? { equals: args.name } : {}),
            ...(args.excludeSignIns ? { notIn: [...SIGN_IN_EVENT_NAMES] } : {}),
          },
        }
      : {}),
    ...(args.entityType ? { entityType: args.entityType } : {}),
    ...(entityId ? { entityId } : {}),
    ...(args.actor ? { actorUserId: byId(args.actor, "User") } : {}),
    ...(args.from || args.to
      ? { createdAt: { ...(args.from ? { gte: args.from } : {}), ...(args.to ? { lt: args.to } : {}) } }
      : {}),
  };
}
