// Queries for plans: the list of published plans and one plan by its global ID.
import { builder } from "../../builder.ts";
import { PlanRef } from "./plan.ts";

/** Until sign-in exists (issue 3), every reader is anonymous and sees published plans only. */
const visiblePlans = { publishedAt: { not: null } } as const;

builder.queryFields((t) => ({
  plans: t.prismaConnection({
    type: "Plan",
    cursor: "id",
    description: "Các kế hoạch đã công bố, năm mới nhất trước.",
    totalCount: (_parent, _args, ctx) => ctx.prisma.plan.count({ where: visiblePlans }),
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.plan.findMany({ ...query, where: visiblePlans, orderBy: [{ year: "desc" }, { id: "asc" }] }),
  }),
  plan: t.prismaField({
    type: PlanRef,
    nullable: true,
    description: "Một kế hoạch theo ID; null nếu không có hoặc không được xem.",
    args: { id: t.arg.globalID({ required: true, for: PlanRef, description: "ID toàn cục của kế hoạch." }) },
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.plan.findFirst({ ...query, where: { id: args.id.id, ...visiblePlans } }),
  }),
}));
