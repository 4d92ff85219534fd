// Cross-area views: planOverview (per area and for the whole plan), unitScorecard (one unit) and
// leaderDesk (what waits for the signed-in viewer). Readable by ADMIN, OFFICE, LEADER, SUPERVISOR
// and API tokens with "overview:read"; leaderDesk only for a signed-in user.
import type { AreaModel, PrismaNamespace, Role } from "@kehoach/db";
import { mayRead, readerRoles, vietnamDate } from "@kehoach/domain";
import { readableRecommendations } from "../../access/readable.ts";
import { builder } from "../../builder.ts";
import { GenerationCache } from "../../cache/generationCache.ts";
import type { Context } from "../../context.ts";
import { AreaRef } from "../area/area.ts";
import { ReportStatusEnum } from "../enums.ts";
import { decodeId, NO_SUCH_ID } from "../globalId.ts";
import { RecommendationRef } from "../recommendation/types.ts";
import { jurisdictionWhere, leaderAreaIds, reviewQueueWhere } from "../report/access.ts";
import { ProgressReportRef, ReportingPeriodRef } from "../report/types.ts";
import {
  type Bucket,
  type Figures,
  figuresOf,
  isCooperating,
  isLead,
  type PeriodLike,
  type PlanState,
  planFiguresOf,
} from "./compute.ts";
import { currentPeriodRow } from "./currentPeriodRow.ts";
import { planStateOf } from "./stateCache.ts";
import {
  type FieldBuilder,
  figureFields,
  IndicatorBucketRef,
  IndicatorCountsRef,
  ReportBucketRef,
  TaskBucketRef,
  TaskCountsRef,
} from "./types.ts";

/** The overview counts the ward's sent reports: the roles that read those read it (or an overview:read token). */
const OVERVIEW_READERS: { roles: Role[]; apiScope: string } = {
  roles: readerRoles("ProgressReport"),
  apiScope: "overview:read",
};

interface AreaOverview {
  area: AreaModel;
  figures: Figures;
}

interface PlanOverview {
  state: PlanState;
  figures: Figures;
  areas: AreaOverview[];
}

interface UnitScorecard {
  unitId: string;
  state: PlanState;
  lead: Figures;
  cooperating: Figures;
  report: {
    id: string;
    unitId: string;
    status: "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED";
    submittedAt: Date | null;
  } | null;
  dueOn: Date;
}

interface LeaderDesk {
  state: PlanState;
  areaIds: string[] | null;
  reportsToReview: Bucket;
  overdueTasks: Bucket;
  offTrack: Bucket;
  atRisk: Bucket;
  notAchieved: Bucket;
}

const AreaOverviewRef = builder.objectRef<AreaOverview>("AreaOverview").implement({
  description: "Tổng hợp của một lĩnh vực trong kỳ.",
  fields: (t) => ({
    area: t.field({ type: AreaRef, description: "Lĩnh vực.", resolve: (o) => o.area }),
    ...figureFields<AreaOverview>(t),
  }),
});

function periodField<T extends { state: PlanState }>(t: FieldBuilder<T>) {
  return t.prismaField({
    type: ReportingPeriodRef,
    description: "Kỳ báo cáo của số liệu.",
    resolve: (query, o, _args, ctx) =>
      ctx.prisma.reportingPeriod.findUniqueOrThrow({ ...query, where: { id: o.state.period.id } }),
  });
}

const PlanOverviewRef = builder.objectRef<PlanOverview>("PlanOverview").implement({
  description:
    "Tổng hợp kế hoạch trong một kỳ, theo lĩnh vực và toàn kế hoạch: chỉ tiêu theo đánh giá, nhiệm vụ theo tình trạng, báo cáo của các đơn vị — kèm danh sách sau mỗi con số.",
  fields: (t) => ({
    plan: t.prismaField({
      type: "Plan",
      description: "Kế hoạch.",
      resolve: (query, o, _args, ctx) =>
        ctx.prisma.plan.findUniqueOrThrow({ ...query, where: { id: o.state.period.planId } }),
    }),
    period: periodField<PlanOverview>(t),
    asOfMonth: t.int({ description: "Tháng được đánh giá (tháng cuối của kỳ).", resolve: (o) => o.state.asOfMonth }),
    ...figureFields<PlanOverview>(t),
    areas: t.field({ type: [AreaOverviewRef], description: "Theo từng lĩnh vực.", resolve: (o) => o.areas }),
  }),
});

const UnitScorecardRef = builder.objectRef<UnitScorecard>("UnitScorecard").implement({
  description: "Kết quả của một đơn vị trong kỳ: chỉ tiêu, nhiệm vụ chủ trì và phối hợp, báo cáo của kỳ.",
  fields: (t) => ({
    unit: t.prismaField({
      type: "Unit",
      description: "Đơn vị.",
      resolve: (query, o, _args, ctx) => ctx.prisma.unit.findUniqueOrThrow({ ...query, where: { id: o.unitId } }),
    }),
    period: periodField<UnitScorecard>(t),
    leadIndicators: t.field({
      type: IndicatorCountsRef,
      description: "Chỉ tiêu đơn vị chủ trì, theo đánh giá.",
      resolve: (o) => o.lead.indicators,
    }),
    leadTasks: t.field({
      type: TaskCountsRef,
      description: "Nhiệm vụ đơn vị chủ trì, theo tình trạng.",
      resolve: (o) => o.lead.tasks,
    }),
    cooperatingIndicators: t.field({
      type: IndicatorCountsRef,
      description: "Chỉ tiêu đơn vị phối hợp.",
      resolve: (o) => o.cooperating.indicators,
    }),
    cooperatingTasks: t.field({
      type: TaskCountsRef,
      description: "Nhiệm vụ đơn vị phối hợp.",
      resolve: (o) => o.cooperating.tasks,
    }),
    reportStatus: t.field({
      type: ReportStatusEnum,
      nullable: true,
      description:
        "Trạng thái báo cáo của đơn vị trong kỳ; null khi chưa có (hoặc là bản nháp người xem không được thấy).",
      resolve: (o) => o.report?.status ?? null,
    }),
    submittedOnTime: t.boolean({
      nullable: true,
      description: "Gửi báo cáo đúng hạn (trước hết ngày hạn gửi); null khi chưa gửi.",
      resolve: (o) => {
        if (!o.report?.submittedAt) return null;
        const dueEnd = new Date(o.dueOn.getTime() + 24 * 3600_000 - 7 * 3600_000); // end of the due day in Vietnam
        return o.report.submittedAt <= dueEnd;
      },
    }),
    report: t.prismaField({
      type: ProgressReportRef,
      nullable: true,
      description: "Báo cáo của đơn vị trong kỳ (nếu người xem được xem).",
      resolve: (query, o, _args, ctx) =>
        o.report ? ctx.prisma.progressReport.findUnique({ ...query, where: { id: o.report.id } }) : null,
    }),
  }),
});

const LeaderDeskRef = builder.objectRef<LeaderDesk>("LeaderDesk").implement({
  description:
    "Việc đang chờ người xem: báo cáo chờ duyệt trong lĩnh vực phụ trách, nhiệm vụ quá hạn và chỉ tiêu chậm tiến độ trong các lĩnh vực đó.",
  fields: (t) => ({
    period: periodField<LeaderDesk>(t),
    areas: t.prismaField({
      type: ["Area"],
      description: "Lĩnh vực được tính (mọi lĩnh vực với Văn phòng, quản trị, giám sát, Chủ tịch).",
      resolve: (query, o, _args, ctx) =>
        ctx.prisma.area.findMany({
          ...query,
          where: o.areaIds === null ? {} : { id: { in: o.areaIds } },
          orderBy: { position: "asc" },
        }),
    }),
    reportsToReview: t.field({
      type: ReportBucketRef,
      description: "Báo cáo đã gửi, chờ người xem duyệt (mọi kỳ).",
      resolve: (o) => o.reportsToReview,
    }),
    openRecommendations: t.prismaField({
      type: [RecommendationRef],
      description:
        "Kiến nghị của cử tri về kế hoạch chưa được giải quyết, lâu nhất trước (tuổi: ageDays), trong phạm vi người xem đọc được.",
      resolve: (query, o, _args, ctx) =>
        ctx.prisma.recommendation.findMany({
          ...query,
          where: {
            planId: o.state.period.planId,
            status: { not: "RESOLVED" },
            AND: [readableRecommendations(ctx.viewer)],
          },
          orderBy: [{ receivedOn: "asc" }, { id: "asc" }],
        }),
    }),
    overdueTasks: t.field({ type: TaskBucketRef, description: "Nhiệm vụ quá hạn.", resolve: (o) => o.overdueTasks }),
    offTrackIndicators: t.field({
      type: IndicatorBucketRef,
      description: "Chỉ tiêu chậm tiến độ.",
      resolve: (o) => o.offTrack,
    }),
    atRiskIndicators: t.field({
      type: IndicatorBucketRef,
      description: "Chỉ tiêu có nguy cơ không đạt.",
      resolve: (o) => o.atRisk,
    }),
    notAchievedIndicators: t.field({
      type: IndicatorBucketRef,
      description: "Chỉ tiêu không đạt.",
      resolve: (o) => o.notAchieved,
    }),
  }),
});

/** The period (and its plan) in the viewer's jurisdiction, or null. */
type FoundPeriod = (PeriodLike & { dueOn: Date }) | null;

/** Periods looked up in the last second, by viewer jurisdiction and criteria; any write empties it. */
const foundPeriods = new GenerationCache<FoundPeriod>(1000, 1000);

/** The plan's current period (packages/domain currentPeriodOn, as the console's dashboards choose it). */
async function currentPeriodOf(ctx: Context, planId: string): Promise<FoundPeriod> {
  const jurisdiction = jurisdictionWhere(ctx.viewer);
  if (!jurisdiction) return null;
  const periods = await ctx.prisma.reportingPeriod.findMany({
    where: { planId, jurisdiction },
    select: { id: true, planId: true, year: true, endsOn: true, dueOn: true, startsOn: true, status: true, kind: true },
  });
  const current = currentPeriodRow(periods, vietnamDate(ctx.clock.now()));
  if (!current) return null;
  return { id: current.id, planId: current.planId, year: current.year, endsOn: current.endsOn, dueOn: current.dueOn };
}

async function findPeriod(ctx: Context, where: PrismaNamespace.ReportingPeriodWhereInput): Promise<FoundPeriod> {
  const jurisdiction = jurisdictionWhere(ctx.viewer);
  if (!jurisdiction) return null;
  const key = JSON.stringify([jurisdiction, where]);
  const known = foundPeriods.get(key);
  if (known !== undefined) return known;
  const stamp = foundPeriods.stamp(key);
  const period = await ctx.prisma.reportingPeriod.findFirst({
    where: { ...where, jurisdiction },
    orderBy: [{ startsOn: "desc" }, { endsOn: "asc" }],
    select: { id: true, planId: true, year: true, endsOn: true, dueOn: true },
  });
  foundPeriods.set(key, period, { stamp });
  return period;
}

builder.queryFields((t) => ({
  planOverview: t.field({
    type: PlanOverviewRef,
    nullable: true,
    description:
      "Tổng hợp kế hoạch trong một kỳ (theo lĩnh vực và toàn kế hoạch). Quản trị, Văn phòng, lãnh đạo, giám sát, token có quyền overview:read.",
    authScopes: OVERVIEW_READERS,
    args: {
      planId: t.arg.id({ required: true, description: "ID toàn cục của kế hoạch." }),
      periodId: t.arg.id({ required: true, description: "ID toàn cục của kỳ báo cáo." }),
    },
    resolve: async (_root, args, ctx) => {
      const period = await findPeriod(ctx, {
        id: decodeId(String(args.periodId), "ReportingPeriod") ?? NO_SUCH_ID,
        planId: decodeId(String(args.planId), "Plan") ?? NO_SUCH_ID,
      });
      if (!period) return null;
      const state = await planStateOf(ctx.prisma, period, ctx.clock.now());
      const figures = planFiguresOf(state);
      return { state, figures: figures.plan, areas: figures.areas };
    },
  }),
  unitScorecard: t.field({
    type: UnitScorecardRef,
    nullable: true,
    description:
      "Kết quả của một đơn vị trong kỳ. Quản trị, Văn phòng, lãnh đạo, giám sát, token overview:read, và cán bộ của chính đơn vị.",
    authScopes: (_root, args) => ({
      ...OVERVIEW_READERS,
      unitMember: decodeId(String(args.unitId), "Unit") ?? NO_SUCH_ID,
    }),
    args: {
      unitId: t.arg.id({ required: true, description: "ID toàn cục của đơn vị." }),
      periodId: t.arg.id({ required: true, description: "ID toàn cục của kỳ báo cáo." }),
    },
    resolve: async (_root, args, ctx) => {
      const unitId = decodeId(String(args.unitId), "Unit");
      const period = await findPeriod(ctx, { id: decodeId(String(args.periodId), "ReportingPeriod") ?? NO_SUCH_ID });
      const jurisdiction = jurisdictionWhere(ctx.viewer);
      if (!unitId || !period || !jurisdiction) return null;
      const unit = await ctx.prisma.unit.findFirst({ where: { id: unitId, jurisdiction }, select: { id: true } });
      if (!unit) return null;
      const [state, report] = await Promise.all([
        planStateOf(ctx.prisma, period, ctx.clock.now()),
        ctx.prisma.progressReport.findUnique({
          where: { periodId_unitId: { periodId: period.id, unitId } },
          select: {
            id: true,
            unitId: true,
            status: true,
            submittedAt: true,
            plan: { select: { jurisdictionId: true } },
          },
        }),
      ]);
      const facts = report && {
        jurisdictionId: report.plan.jurisdictionId,
        status: report.status,
        unitId: report.unitId,
      };
      const visible = facts && mayRead(ctx.viewer, "ProgressReport", facts) ? report : null;
      return {
        unitId,
        state,
        lead: figuresOf(state, isLead(unitId), isLead(unitId)),
        cooperating: figuresOf(state, isCooperating(unitId), isCooperating(unitId)),
        report: visible,
        dueOn: period.dueOn,
      };
    },
  }),
  leaderDesk: t.field({
    type: LeaderDeskRef,
    nullable: true,
    description:
      "Việc chờ người đang đăng nhập: báo cáo chờ duyệt (lãnh đạo: trong lĩnh vực phụ trách; Văn phòng: tất cả), nhiệm vụ quá hạn, chỉ tiêu chậm tiến độ trong các lĩnh vực đó. Chỉ người dùng đăng nhập (không dùng token API).",
    authScopes: (_root, _args, ctx) => (ctx.viewer.kind === "user" ? { roles: OVERVIEW_READERS.roles } : false),
    args: {
      planId: t.arg.id({ required: true, description: "ID toàn cục của kế hoạch." }),
      periodId: t.arg.id({
        required: false,
        description:
          "Kỳ báo cáo để đánh giá; mặc định kỳ hiện tại: kỳ đang nhận báo cáo chứa hôm nay (ưu tiên kỳ tháng), nếu không có thì kỳ gần nhất đã bắt đầu.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      const planId = decodeId(String(args.planId), "Plan") ?? NO_SUCH_ID;
      const period = args.periodId
        ? await findPeriod(ctx, { id: decodeId(String(args.periodId), "ReportingPeriod") ?? NO_SUCH_ID, planId })
        : await currentPeriodOf(ctx, planId);
      if (!period) return null;
      const { viewer } = ctx;
      const wide = viewer.roles.some((r) => r === "ADMIN" || r === "OFFICE" || r === "SUPERVISOR");
      const areaIds = wide ? null : await leaderAreaIds(ctx);
      const inAreas = (x: { areaId: string }) => areaIds === null || areaIds.includes(x.areaId);
      const reviewWhere = await reviewQueueWhere(ctx);
      const [state, toReview] = await Promise.all([
        planStateOf(ctx.prisma, period, ctx.clock.now()),
        reviewWhere
          ? ctx.prisma.progressReport.findMany({
              where: { AND: [reviewWhere, { planId: period.planId }] },
              orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
              select: { id: true },
            })
          : [],
      ]);
      const mine = figuresOf(state, inAreas, inAreas);
      return {
        state,
        areaIds,
        reportsToReview: { ids: toReview.map((r) => r.id) },
        overdueTasks: mine.tasks.overdue,
        offTrack: mine.indicators.offTrack,
        atRisk: mine.indicators.atRisk,
        notAchieved: mine.indicators.notAchieved,
      };
    },
  }),
}));
