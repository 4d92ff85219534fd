// Queries for plans: the plans the viewer may read (filters, ordering) and one plan by its global ID.

import { ownJurisdiction, readablePlans } from "../../access/readable.ts";
import { builder } from "../../builder.ts";
import { PlanStatusEnum } from "../enums.ts";
import { PlanRef } from "./plan.ts";

const PlanOrderEnum = builder.enumType("PlanOrder", {
  description: "Thứ tự danh sách kế hoạch.",
  values: {
    YEAR_DESC: { description: "Năm mới nhất trước (mặc định)." },
    YEAR_ASC: { description: "Năm cũ nhất trước." },
    TITLE: { description: "Theo tên kế hoạch (A→Z)." },
    UPDATED_DESC: { description: "Sửa gần đây nhất trước." },
  } as const,
});

function planOrderBy(order: string | null | undefined) {
  switch (order) {
    case "YEAR_ASC":
      return [{ year: "asc" as const }, { id: "asc" as const }];
    case "TITLE":
      return [{ title: "asc" as const }, { id: "asc" as const }];
    case "UPDATED_DESC":
      return [{ updatedAt: "desc" as const }, { id: "asc" as const }];
    default:
      return [{ year: "desc" as const }, { id: "asc" as const }];
  }
}

builder.queryFields((t) => ({
  plans: t.prismaConnection({
    type: "Plan",
    cursor: "id",
    description:
      "Các kế hoạch được xem: khách xem kế hoạch đã công bố; người dùng xem thêm kế hoạch của đơn vị hành chính mình " +
      "(dự thảo chỉ quản trị và văn phòng); token API cần phạm vi plan:read.",
    args: {
      year: t.arg.int({ required: false, description: "Lọc theo năm kế hoạch." }),
      status: t.arg({ type: PlanStatusEnum, required: false, description: "Lọc theo trạng thái." }),
      orderBy: t.arg({ type: PlanOrderEnum, required: false, description: "Thứ tự; mặc định YEAR_DESC." }),
      mine: t.arg.boolean({
        required: false,
        description: "Chỉ của đơn vị hành chính của người xem (bỏ qua kế hoạch đã công bố của nơi khác).",
      }),
    },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.plan.count({
        where: {
          AND: [
            readablePlans(ctx.viewer),
            args.year != null ? { year: args.year } : {},
            args.status ? { status: args.status } : {},
            args.mine ? ownJurisdiction(ctx.viewer) : {},
          ],
        },
      }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.plan.findMany({
        ...query,
        where: {
          AND: [
            readablePlans(ctx.viewer),
            args.year != null ? { year: args.year } : {},
            args.status ? { status: args.status } : {},
            args.mine ? ownJurisdiction(ctx.viewer) : {},
          ],
        },
        orderBy: planOrderBy(args.orderBy),
      }),
  }),
  plan: t.prismaField({
    type: PlanRef,
    nullable: true,
    description: "Một kế hoạch theo ID; null nếu không có hoặc không được xem.",
    args: { id: t.arg.globalID({ required: true, for: PlanRef, description: "ID toàn cục của kế hoạch." }) },
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.plan.findFirst({ ...query, where: { AND: [{ id: args.id.id }, readablePlans(ctx.viewer)] } }),
  }),
}));
