// A voters' recommendation passed on by the Fatherland Front, as the ward reads it: what was asked,
// about what, who answers, the answer, the Front's word on it, and how old it is.

import { isoDayOf } from "@kehoach/db";
import { isOpenRecommendation, recommendationAgeDays, vietnamDate } from "@kehoach/domain";
import { readGuard } from "../../access/guards.ts";
import { readableRecommendations } from "../../access/readable.ts";
import { builder } from "../../builder.ts";
import { RecommendationStatusEnum } from "../enums.ts";

export const RecommendationRef = builder.prismaNode("Recommendation", {
  id: { field: "id" },
  description:
    "Ý kiến, kiến nghị của cử tri và Nhân dân do Ủy ban MTTQ chuyển đến: Văn phòng giao đơn vị, đơn vị trả lời, Mặt trận đánh giá.",
  findUnique: (id, ctx) => ({ id, AND: [readableRecommendations(ctx.viewer)] }),
  authScopes: readGuard.Recommendation,
  fields: (t) => ({
    content: t.exposeString("content", { description: "Nội dung ý kiến, kiến nghị." }),
    source: t.exposeString("source", { description: "Nguồn: hội nghị tiếp xúc cử tri, đơn thư, hòm thư góp ý…" }),
    receivedOn: t.expose("receivedOn", { type: "Date", description: "Ngày nhận kiến nghị." }),
    status: t.expose("status", { type: RecommendationStatusEnum, description: "Trạng thái." }),
    open: t.boolean({
      description: "Còn chờ giải quyết (chưa được Mặt trận xác nhận đã giải quyết).",
      resolve: (r) => isOpenRecommendation(r.status),
    }),
    ageDays: t.int({
      description: "Số ngày kể từ ngày nhận đến hôm nay (hoặc đến ngày giải quyết).",
      resolve: (r, _args, ctx) =>
        recommendationAgeDays(isoDayOf(r.receivedOn), vietnamDate(r.resolvedAt ?? ctx.clock.now())),
    }),
    answer: t.exposeString("answer", { nullable: true, description: "Trả lời của đơn vị." }),
    answeredAt: t.expose("answeredAt", { type: "DateTime", nullable: true, description: "Thời điểm trả lời." }),
    frontNote: t.exposeString("frontNote", {
      nullable: true,
      description: "Nhận xét của Mặt trận khi đánh giá (lý do chưa giải quyết được).",
    }),
    resolvedAt: t.expose("resolvedAt", {
      type: "DateTime",
      nullable: true,
      description: "Thời điểm xác nhận đã giải quyết.",
    }),
    version: t.exposeInt("version", { description: "Phiên bản, gửi kèm mọi thao tác." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "Thời điểm ghi nhận." }),
    plan: t.relation("plan", { description: "Kế hoạch." }),
    indicator: t.relation("indicator", { nullable: true, description: "Chỉ tiêu được kiến nghị." }),
    task: t.relation("task", { nullable: true, description: "Nhiệm vụ được kiến nghị." }),
    unit: t.relation("unit", { nullable: true, description: "Đơn vị được giao trả lời." }),
  }),
});
