// Chỉ tiêu (Indicator) and its mức chỉ tiêu (Target): structured comparator, value, unit, direction.
// Both are readable exactly when their plan is (plan/access.ts), also through node(id).

import { phasingOf, targetSpecFromRow } from "@kehoach/domain";
import { readGuard } from "../../access/guards.ts";
import { inReadablePlan, readablePlans } from "../../access/readable.ts";
import { builder } from "../../builder.ts";
import {
  ComparatorEnum,
  ContributionRuleEnum,
  MeasureKindEnum,
  QualitativeKindEnum,
  TargetBasisEnum,
  TargetDirectionEnum,
  TargetKindEnum,
  TargetPhasingEnum,
} from "../enums.ts";
import {
  type EvaluatedIndicatorRow,
  evaluateIndicatorRow,
  evaluationSelect,
  IndicatorEvaluationRef,
} from "./evaluation.ts";
import { monthlyMeasurements } from "./measurementLoader.ts";

export const IndicatorRef = builder.prismaNode("Indicator", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...inReadablePlan(ctx.viewer) }),
  // Only the columns a query asks for (and the access check's): an indicator's source text is long.
  select: { id: true, planId: true },
  authScopes: readGuard.Indicator,
  fields: (t) => ({
    number: t.exposeInt("number", { nullable: true }),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    sourceText: t.exposeString("sourceText"),
    applicableFromYear: t.exposeInt("applicableFromYear", { nullable: true }),
    note: t.exposeString("note", { nullable: true }),
    position: t.exposeInt("position", { description: "Thứ tự trong kế hoạch." }),
    contributesTo: t.relation("contributesTo", {
      nullable: true,
      description: "Chỉ tiêu của kế hoạch thành phố mà chỉ tiêu phường này góp vào (nếu người xem đọc được).",
    }),
    contributionCandidates: t.prismaField({
      type: ["Indicator"],
      description:
        "Chỉ tiêu có thể chọn để góp vào: các chỉ tiêu trong kế hoạch cùng năm của thành phố (tỉnh) mà phường trực thuộc, người xem đọc được.",
      select: { plan: { select: { year: true, jurisdiction: { select: { parentId: true } } } } },
      resolve: (query, indicator, _args, ctx) => {
        const cityId = indicator.plan.jurisdiction.parentId;
        if (!cityId) return [];
        return ctx.prisma.indicator.findMany({
          ...query,
          where: {
            archivedAt: null,
            plan: { AND: [readablePlans(ctx.viewer), { jurisdictionId: cityId, year: indicator.plan.year }] },
          },
          orderBy: [{ planId: "asc" }, { position: "asc" }],
        });
      },
    }),
    contributionRule: t.expose("contributionRule", {
      type: ContributionRuleEnum,
      nullable: true,
      description: "Cách số liệu của phường cộng dồn lên chỉ tiêu thành phố.",
    }),
    contributionWeight: t.expose("contributionWeight", {
      type: "Decimal",
      nullable: true,
      description: "Trọng số của phường khi bình quân có trọng số.",
    }),
    version: t.exposeInt("version", { description: "Phiên bản, dùng để phát hiện sửa đồng thời." }),
    archivedAt: t.expose("archivedAt", {
      type: "DateTime",
      nullable: true,
      description: "Ngày lưu trữ (bỏ khỏi danh sách).",
    }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Lần sửa gần nhất." }),
    plan: t.relation("plan", { description: "Kế hoạch của chỉ tiêu." }),
    group: t.relation("group", { description: "Nhóm chỉ tiêu (a, b, c)." }),
    area: t.relation("area", { description: "Lĩnh vực." }),
    parent: t.relation("parent", { nullable: true, description: "Chỉ tiêu cha (với chỉ tiêu con)." }),
    subIndicators: t.relation("subIndicators", {
      description: "Chỉ tiêu con (thành phần), ví dụ ba khu vực của chỉ tiêu (1).",
      query: { where: { archivedAt: null }, orderBy: { position: "asc" } },
    }),
    targets: t.relation("targets", { description: "Các mức chỉ tiêu.", query: { orderBy: { position: "asc" } } }),
    evaluation: t.field({
      type: IndicatorEvaluationRef,
      description:
        "Đánh giá chỉ tiêu so với mức chỉ tiêu từ số liệu các kỳ báo cáo tháng (chỉ tiêu con tính từng phần, " +
        "chỉ đạt khi mọi phần đạt).",
      args: {
        asOfMonth: t.arg.int({
          required: false,
          description: "Đánh giá tính đến tháng (1–12); mặc định tháng hiện tại của năm kế hoạch, 12 khi năm đã qua.",
        }),
      },
      select: evaluationSelect,
      resolve: async (indicator, args, ctx) => {
        const loader = monthlyMeasurements(ctx);
        const [own, ...subs] = await Promise.all(
          [indicator.id, ...indicator.subIndicators.map((sub) => sub.id)].map((id) => loader.load(id)),
        );
        const row: EvaluatedIndicatorRow = {
          ...indicator,
          measurements: own ?? [],
          subIndicators: indicator.subIndicators.map((sub, i) => ({ ...sub, measurements: subs[i] ?? [] })),
        };
        return evaluateIndicatorRow(row, args.asOfMonth, ctx.clock.now());
      },
    }),
  }),
});

export const TargetRef = builder.prismaNode("Target", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id, indicator: inReadablePlan(ctx.viewer) }),
  authScopes: readGuard.Target,
  fields: (t) => ({
    kind: t.expose("kind", { type: TargetKindEnum }),
    comparator: t.expose("comparator", { type: ComparatorEnum, nullable: true }),
    value: t.expose("value", { type: "Decimal", nullable: true }),
    minValue: t.expose("minValue", { type: "Decimal", nullable: true, description: "Cận dưới (với RANGE)." }),
    maxValue: t.expose("maxValue", { type: "Decimal", nullable: true, description: "Cận trên (với RANGE)." }),
    unit: t.exposeString("unit", { nullable: true }),
    measure: t.expose("measure", { type: MeasureKindEnum, nullable: true }),
    currency: t.exposeString("currency", { nullable: true }),
    scale: t.expose("scale", { type: "Decimal", nullable: true }),
    perQuantity: t.expose("perQuantity", { type: "Decimal", nullable: true }),
    perUnit: t.exposeString("perUnit", { nullable: true }),
    direction: t.expose("direction", { type: TargetDirectionEnum }),
    basis: t.expose("basis", { type: TargetBasisEnum }),
    qualitativeKind: t.expose("qualitativeKind", { type: QualitativeKindEnum, nullable: true }),
    year: t.exposeInt("year", {
      nullable: true,
      description: "Năm phải đạt khi văn bản nêu (đến năm 2030); null: năm của kế hoạch.",
    }),
    text: t.exposeString("text"),
    phasing: t.expose("phasing", {
      type: TargetPhasingEnum,
      nullable: true,
      description: "Phân kỳ do Văn phòng đặt; null: theo quy tắc mặc định (xem effectivePhasing).",
    }),
    effectivePhasing: t.field({
      type: TargetPhasingEnum,
      description: "Phân kỳ dùng khi đánh giá: phân kỳ đã đặt, hoặc mặc định theo loại chỉ tiêu.",
      resolve: (target) => phasingOf(targetSpecFromRow(target)),
    }),
    position: t.exposeInt("position"),
  }),
});
