// Nhiệm vụ, giải pháp (Task) and its expected outputs (Đề án, Kế hoạch, Chương trình…).
import { builder } from "../../builder.ts";
import { OutputKindEnum, TaskKindEnum, TaskRecurrenceEnum, TaskStatusEnum } from "../enums.ts";

builder.prismaNode("Task", {
  id: { field: "id" },
  fields: (t) => ({
    code: t.exposeString("code"),
    kind: t.expose("kind", { type: TaskKindEnum }),
    section: t.exposeString("section"),
    title: t.exposeString("title"),
    content: t.exposeString("content"),
    deadline: t.expose("deadline", { type: "Date", nullable: true, description: "Thời hạn hoàn thành." }),
    recurrence: t.expose("recurrence", { type: TaskRecurrenceEnum }),
    status: t.expose("status", { type: TaskStatusEnum }),
    percentDone: t.expose("percentDone", { type: "Decimal", nullable: true }),
    position: t.exposeInt("position", { description: "Thứ tự trong kế hoạch." }),
    version: t.exposeInt("version", { description: "Phiên bản, dùng để phát hiện sửa đồng thời." }),
    area: t.relation("area", { description: "Lĩnh vực." }),
    outputs: t.relation("outputs", { description: "Sản phẩm đầu ra.", query: { orderBy: { position: "asc" } } }),
  }),
});

builder.prismaObject("TaskOutput", {
  description: "Sản phẩm đầu ra của nhiệm vụ (Đề án, Kế hoạch, Chương trình…).",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: OutputKindEnum }),
    title: t.exposeString("title"),
  }),
});
