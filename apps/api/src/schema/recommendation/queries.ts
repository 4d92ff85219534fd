// query recommendations: the voters' recommendations of the viewer's ward (a unit: those assigned
// to it), newest first, by plan, status, unit and whether still open.

import { readableRecommendations } from "../../access/readable.ts";
import type { Viewer } from "../../auth/viewer.ts";
import { builder } from "../../builder.ts";
import { RecommendationStatusEnum } from "../enums.ts";
import { filterId } from "../globalId.ts";

interface Filters {
  planId?: string | number | null;
  unitId?: string | number | null;
  status?: "RECORDED" | "ASSIGNED" | "ANSWERED" | "RESOLVED" | null;
  openOnly?: boolean | null;
}

function recommendationsWhere(args: Filters, viewer: Viewer) {
  const id = filterId;
  return {
    AND: [
      readableRecommendations(viewer),
      {
        ...(args.planId ? { planId: id(args.planId, "Plan") } : {}),
        ...(args.unitId ? { unitId: id(args.unitId, "Unit") } : {}),
        ...(args.status ? { status: args.status } : {}),
        ...(args.openOnly ? { status: { not: "RESOLVED" as const } } : {}),
      },
    ],
  };
}

builder.queryField("recommendations", (t) =>
  t.prismaConnection({
    type: "Recommendation",
    cursor: "id",
    description:
      "Ý kiến, kiến nghị của cử tri trong phường (đơn vị: những kiến nghị giao cho đơn vị mình), mới nhận trước.",
    args: {
      planId: t.arg.id({ required: false, description: "Lọc theo kế hoạch." }),
      unitId: t.arg.id({ required: false, description: "Lọc theo đơn vị được giao." }),
      status: t.arg({ type: RecommendationStatusEnum, required: false, description: "Lọc theo trạng thái." }),
      openOnly: t.arg.boolean({ required: false, defaultValue: false, description: "Chỉ kiến nghị chưa giải quyết." }),
    },
    totalCount: (_root, args, ctx) =>
      ctx.prisma.recommendation.count({ where: recommendationsWhere(args, ctx.viewer) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.recommendation.findMany({
        ...query,
        where: recommendationsWhere(args, ctx.viewer),
        orderBy: [{ receivedOn: "desc" }, { id: "desc" }],
      }),
  }),
);
