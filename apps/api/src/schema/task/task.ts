// Nhiệm vụ, giải pháp (Task) and its expected outputs (Đề án, Kế hoạch, Chương trình…). Readable
// exactly when its plan is (plan/access.ts), also through node(id).

import { readGuard } from "../../access/guards.ts";
import { inReadablePlan } from "../../access/readable.ts";
import { builder } from "../../builder.ts";
import { OutputKindEnum, TaskKindEnum, TaskRecurrenceEnum, TaskStatusEnum } from "../enums.ts";
import { isOverdue, vietnamToday } from "./overdue.ts";

export const TaskRef = builder.prismaNode("Task", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...inReadablePlan(ctx.viewer) }),
  // Only the columns a query asks for (and the access check's): a task's texts are long.
  select: { id: true, planId: true },
  authScopes: readGuard.inPlan,
  fields: (t) => ({
    code: t.exposeString("code"),
    kind: t.expose("kind", { type: TaskKindEnum }),
    section: t.exposeString("section"),
    title: t.exposeString("title"),
    content: t.exposeString("content"),
    deadline: t.expose("deadline", { type: "Date", nullable: true, description: "Thời hạn hoàn thành." }),
    recurrence: t.expose("recurrence", { type: TaskRecurrenceEnum }),
    status: t.expose("status", { type: TaskStatusEnum }),
    overdue: t.boolean({
      description: "Quá hạn: đã qua thời hạn (theo ngày Việt Nam) mà chưa hoàn thành (không tính nhiệm vụ đã dừng).",
      select: { deadline: true, status: true },
      resolve: (task, _args, ctx) => isOverdue(task, vietnamToday(ctx.clock.now())),
    }),
    percentDone: t.expose("percentDone", { type: "Decimal", nullable: true }),
    position: t.exposeInt("position", { description: "Thứ tự trong kế hoạch." }),
    version: t.exposeInt("version", { description: "Phiên bản, dùng để phát hiện sửa đồng thời." }),
    archivedAt: t.expose("archivedAt", {
      type: "DateTime",
      nullable: true,
      description: "Ngày lưu trữ (bỏ khỏi danh sách).",
    }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Lần sửa gần nhất." }),
    plan: t.relation("plan", { description: "Kế hoạch của nhiệm vụ." }),
    area: t.relation("area", { description: "Lĩnh vực." }),
    outputs: t.relation("outputs", { description: "Sản phẩm đầu ra.", query: { orderBy: { position: "asc" } } }),
  }),
});

builder.prismaObject("TaskOutput", {
  authScopes: readGuard.TaskOutput,
  description: "Sản phẩm đầu ra của nhiệm vụ (Đề án, Kế hoạch, Chương trình…).",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: OutputKindEnum }),
    title: t.exposeString("title"),
  }),
});
