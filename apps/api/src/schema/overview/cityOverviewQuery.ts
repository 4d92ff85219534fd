// The GraphQL face of cityOverview (cityOverview.ts): a row per ward with its plan, its month and
// the counts a city's leaders compare wards by.
import { CONTRIBUTION_RULE_LABELS, formatNumber, readerRoles } from "@kehoach/domain";
import { z } from "zod";
import { builder } from "../../builder.ts";
import { ContributionRuleEnum } from "../enums.ts";
import { IndicatorRef } from "../indicator/indicator.ts";
import { JurisdictionRef } from "../jurisdiction/jurisdiction.ts";
import { LocaleEnum } from "../locale.ts";
import { PlanRef } from "../plan/plan.ts";
import { ReportingPeriodRef } from "../report/types.ts";
import { rowById, rowsById } from "../rowsById.ts";
import { type CityOverview, type CityWard, cityOverviewOf } from "./cityOverview.ts";
import type { SharedIndicator } from "./sharedIndicators.ts";
import { IndicatorCountsRef, TaskCountsRef } from "./types.ts";

const CityWardRef = builder.objectRef<CityWard>("CityWardOverview").implement({
  description: "Một phường, xã trong bảng tổng hợp của thành phố.",
  fields: (t) => ({
    ward: t.field({
      type: JurisdictionRef,
      description: "Phường, xã.",
      resolve: async (row, _args, ctx) => {
        const ward = await rowsById(ctx, "Jurisdiction", {}, (ids) =>
          ctx.prisma.jurisdiction.findMany({ where: { id: { in: ids } } }),
        ).load(row.ward.id);
        if (!ward) throw new Error(`Jurisdiction ${row.ward.id} vanished while its city's roll-up was read`);
        return ward;
      },
    }),
    wardCode: t.string({ description: "Mã phường, xã.", resolve: (row) => row.ward.code }),
    wardName: t.string({ description: "Tên phường, xã.", resolve: (row) => row.ward.name }),
    plan: t.prismaField({
      type: PlanRef,
      nullable: true,
      description:
        "Kế hoạch của năm mà người xem đọc được (đã công bố; quản trị thành phố: cả kế hoạch đã ban hành); null nếu chưa có.",
      resolve: (query, row, _args, ctx) =>
        rowById(
          ctx,
          "Plan",
          query,
          (ids, selection) => ctx.prisma.plan.findMany({ ...selection, where: { id: { in: ids } } }),
          row.planId,
        ),
    }),
    period: t.prismaField({
      type: ReportingPeriodRef,
      nullable: true,
      description: "Kỳ tháng được tổng hợp của kế hoạch này.",
      resolve: (query, row, _args, ctx) =>
        rowById(
          ctx,
          "ReportingPeriod",
          query,
          (ids, selection) => ctx.prisma.reportingPeriod.findMany({ ...selection, where: { id: { in: ids } } }),
          row.periodId,
        ),
    }),
    indicators: t.field({
      type: IndicatorCountsRef,
      nullable: true,
      description: "Chỉ tiêu theo kết quả đánh giá trong kỳ (từ số liệu đã duyệt).",
      resolve: (row) => row.figures?.indicators ?? null,
    }),
    tasks: t.field({
      type: TaskCountsRef,
      nullable: true,
      description: "Nhiệm vụ theo tình trạng tại cuối kỳ.",
      resolve: (row) => row.figures?.tasks ?? null,
    }),
    reportsExpected: t.int({
      nullable: true,
      description: "Số đơn vị phải báo cáo trong kỳ.",
      resolve: (row) => row.figures?.reports.expected.ids.length ?? null,
    }),
    reportsMissing: t.int({
      nullable: true,
      description: "Số đơn vị chưa gửi báo cáo của kỳ (chưa lập, còn nháp hoặc bị trả lại).",
      resolve: (row) => row.figures?.reports.missing.ids.length ?? null,
    }),
    reportsApproved: t.int({
      nullable: true,
      description: "Số báo cáo của kỳ đã được duyệt.",
      resolve: (row) => row.figures?.reports.approved.ids.length ?? null,
    }),
    openRecommendations: t.exposeInt("openRecommendations", {
      description: "Số kiến nghị của cử tri chưa giải quyết.",
    }),
    oldestOpenRecommendationAgeDays: t.exposeInt("oldestOpenRecommendationAgeDays", {
      nullable: true,
      description: "Số ngày của kiến nghị chưa giải quyết lâu nhất.",
    }),
  }),
});

const SharedIndicatorRef = builder.objectRef<SharedIndicator>("CitySharedIndicator").implement({
  description:
    "Một chỉ tiêu của kế hoạch thành phố mà các phường, xã góp vào, cộng dồn từ số liệu đã duyệt của tháng (hoặc kết quả đánh giá, khi mọi phường phải cùng đạt).",
  fields: (t) => ({
    indicator: t.prismaField({
      type: IndicatorRef,
      description: "Chỉ tiêu của thành phố.",
      resolve: (query, row, _args, ctx) =>
        ctx.prisma.indicator.findUniqueOrThrow({ ...query, where: { id: row.indicator.id } }),
    }),
    code: t.string({ description: "Mã chỉ tiêu của thành phố.", resolve: (row) => row.indicator.code }),
    name: t.string({ description: "Tên chỉ tiêu của thành phố.", resolve: (row) => row.indicator.name }),
    rule: t.field({ type: ContributionRuleEnum, description: "Cách cộng dồn.", resolve: (row) => row.rule }),
    ruleLabel: t.string({
      description: "Cách cộng dồn bằng lời.",
      args: { locale: t.arg({ type: LocaleEnum, required: false, defaultValue: "vi", description: "Ngôn ngữ." }) },
      resolve: (row, args) => CONTRIBUTION_RULE_LABELS[row.rule][args.locale ?? "vi"],
    }),
    value: t.exposeFloat("value", {
      nullable: true,
      description:
        "Số của thành phố: tổng hoặc bình quân có trọng số của các phường đã có số; null khi chưa phường nào có.",
    }),
    formattedValue: t.string({
      nullable: true,
      description: "Số của thành phố theo cách viết của ngôn ngữ, kèm đơn vị (22,2 tỷ đồng).",
      args: { locale: t.arg({ type: LocaleEnum, required: false, defaultValue: "vi", description: "Ngôn ngữ." }) },
      resolve: (row, args) =>
        row.value === null
          ? null
          : [formatNumber(row.value, args.locale ?? "vi", { maximumFractionDigits: 2 }), row.unit]
              .filter(Boolean)
              .join(row.unit?.startsWith("%") ? "" : " "),
    }),
    unit: t.exposeString("unit", { nullable: true, description: "Đơn vị của chỉ tiêu thành phố." }),
    targetText: t.exposeString("targetText", { nullable: true, description: "Mức chỉ tiêu của thành phố." }),
    allAchieved: t.exposeBoolean("allAchieved", {
      nullable: true,
      description:
        "Mọi phường cùng đạt: true khi tất cả đã đạt, false khi có phường chưa đạt, null khi còn phường chưa có số.",
    }),
    reporting: t.exposeInt("reporting", { description: "Số phường, xã đã có số liệu (hoặc kết quả đánh giá) của kỳ." }),
    contributing: t.exposeInt("contributing", { description: "Số phường, xã góp vào chỉ tiêu này." }),
    achieving: t.exposeInt("achieving", { description: "Mọi phường cùng đạt: số phường đã đạt." }),
  }),
});

const CityOverviewRef = builder.objectRef<CityOverview>("CityOverview").implement({
  description: "Tổng hợp các phường, xã của thành phố: mỗi phường một dòng.",
  fields: (t) => ({
    city: t.field({
      type: JurisdictionRef,
      description: "Thành phố.",
      resolve: (o, _args, ctx) => ctx.prisma.jurisdiction.findUniqueOrThrow({ where: { id: o.cityId } }),
    }),
    year: t.exposeInt("year", { description: "Năm kế hoạch." }),
    month: t.exposeInt("month", {
      nullable: true,
      description: "Tháng được tổng hợp; null: kỳ hiện tại của từng phường.",
    }),
    wards: t.field({ type: [CityWardRef], description: "Các phường, xã, theo mã.", resolve: (o) => o.wards }),
    sharedIndicators: t.field({
      type: [SharedIndicatorRef],
      description: "Chỉ tiêu của kế hoạch thành phố mà các phường góp vào, cộng dồn theo cách mỗi phường đã chọn.",
      resolve: (o) => o.sharedIndicators,
    }),
  }),
});

builder.queryField("cityOverview", (t) =>
  t.field({
    type: CityOverviewRef,
    nullable: true,
    description:
      "Tổng hợp các phường, xã trực thuộc cho lãnh đạo, Văn phòng và quản trị của thành phố: chỉ tiêu theo đánh giá, nhiệm vụ quá hạn, báo cáo chưa gửi, kiến nghị chưa giải quyết — chỉ số đếm, từ kế hoạch đã công bố và số liệu đã duyệt. null với người khác.",
    // A first check by role; the resolver asks the policy of the city itself (cityOverview.ts).
    authScopes: (_root, _args, ctx) => (ctx.viewer.kind === "user" ? { roles: readerRoles("CityRollup") } : false),
    args: {
      year: t.arg.int({
        required: true,
        description: "Năm kế hoạch.",
        validate: z.number().int().min(2000, "Năm từ 2000 đến 2100.").max(2100, "Năm từ 2000 đến 2100."),
      }),
      month: t.arg.int({
        required: false,
        description: "Tháng (1–12); mặc định kỳ hiện tại của từng phường.",
        validate: z.number().int().min(1, "Tháng từ 1 đến 12.").max(12, "Tháng từ 1 đến 12."),
      }),
    },
    resolve: (_root, args, ctx) => cityOverviewOf(ctx, { year: args.year, month: args.month ?? null }),
  }),
);
