// Payloads of the plan-content mutations: the written plan, indicator or task, read back after the
// transaction with the selections the client asked for.
import { builder } from "../../builder.ts";
import { IndicatorRef } from "../indicator/indicator.ts";
import { TaskRef } from "../task/task.ts";
import { PlanRef } from "./plan.ts";

export interface Written {
  id: string;
}

export const PlanPayload = builder.objectRef<Written>("PlanPayload").implement({
  description: "Kế hoạch sau khi ghi.",
  fields: (t) => ({
    plan: t.prismaField({
      type: PlanRef,
      description: "Kế hoạch đã ghi (phiên bản mới).",
      resolve: (query, written, _args, ctx) =>
        ctx.prisma.plan.findUniqueOrThrow({ ...query, where: { id: written.id } }),
    }),
  }),
});

export const IndicatorPayload = builder.objectRef<Written>("IndicatorPayload").implement({
  description: "Chỉ tiêu sau khi ghi.",
  fields: (t) => ({
    indicator: t.prismaField({
      type: IndicatorRef,
      description: "Chỉ tiêu đã ghi (phiên bản mới).",
      resolve: (query, written, _args, ctx) =>
        ctx.prisma.indicator.findUniqueOrThrow({ ...query, where: { id: written.id } }),
    }),
  }),
});

export const TaskPayload = builder.objectRef<Written>("TaskPayload").implement({
  description: "Nhiệm vụ sau khi ghi.",
  fields: (t) => ({
    task: t.prismaField({
      type: TaskRef,
      description: "Nhiệm vụ đã ghi (phiên bản mới).",
      resolve: (query, written, _args, ctx) =>
        ctx.prisma.task.findUniqueOrThrow({ ...query, where: { id: written.id } }),
    }),
  }),
});
