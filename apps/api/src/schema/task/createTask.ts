// mutation createTask: a new task (nhiệm vụ, giải pháp) of a plan, in an area, with its expected
// outputs. ADMIN and OFFICE of the plan's jurisdiction.
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { NotFoundError } from "../../errors.ts";
import { inTransaction } from "../../write.ts";
import { TaskKindEnum, TaskRecurrenceEnum } from "../enums.ts";
import { planEditorScopes, planForWrite } from "../plan/access.ts";
import { TaskPayload } from "../plan/payloads.ts";
import { globalIdOf, positionSchema, requiredText } from "../validators.ts";
import { assertTaskCodeFree, deadlineSchema, outputsSchema, TaskOutputInput } from "./inputs.ts";

const CreateTaskInput = builder.inputType("CreateTaskInput", {
  description: "Nhiệm vụ mới của kế hoạch.",
  fields: (t) => ({
    planId: t.id({
      required: true,
      description: "ID toàn cục của kế hoạch.",
      validate: globalIdOf("Plan", "kế hoạch"),
    }),
    areaId: t.id({
      required: true,
      description: "ID toàn cục của lĩnh vực.",
      validate: globalIdOf("Area", "lĩnh vực"),
    }),
    kind: t.field({ type: TaskKindEnum, required: true, description: "Trọng tâm hay cụ thể." }),
    section: t.string({
      required: true,
      description: "Mục trong kế hoạch (III.2.1).",
      validate: requiredText("mục", 50),
    }),
    code: t.string({
      required: true,
      description: "Mã hiển thị, duy nhất trong kế hoạch (a.10).",
      validate: requiredText("mã nhiệm vụ", 30),
    }),
    title: t.string({ required: true, description: "Tiêu đề ngắn.", validate: requiredText("tiêu đề nhiệm vụ", 500) }),
    content: t.string({
      required: true,
      description: "Nội dung (nguyên văn).",
      validate: requiredText("nội dung nhiệm vụ", 5000),
    }),
    deadline: t.field({ type: "Date", description: "Thời hạn hoàn thành.", validate: deadlineSchema }),
    recurrence: t.field({ type: TaskRecurrenceEnum, description: "Tính lặp lại; mặc định ONGOING (thường xuyên)." }),
    outputs: t.field({ type: [TaskOutputInput], description: "Sản phẩm đầu ra (tối đa 20).", validate: outputsSchema }),
    position: t.int({ description: "Thứ tự; mặc định cuối danh sách.", validate: positionSchema }),
  }),
});

builder.mutationField("createTask", (t) =>
  t.field({
    type: TaskPayload,
    description: "Thêm nhiệm vụ vào kế hoạch. Quản trị và văn phòng.",
    authScopes: planEditorScopes,
    errors: {
      types: [NotFoundError],
      directResult: true,
      union: { name: "CreateTaskResult", description: "Kết quả thêm nhiệm vụ: nhiệm vụ mới hoặc lỗi." },
    },
    args: { input: t.arg({ type: CreateTaskInput, required: true, description: "Nội dung nhiệm vụ." }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, async (tx) => {
        const plan = await planForWrite(tx, ctx, input.planId);
        const area = await tx.area.findUnique({ where: { id: input.areaId }, select: { id: true } });
        if (!area) throw new NotFoundError("Lĩnh vực", input.areaId, "Area");
        await assertTaskCodeFree(tx, plan.id, input.code);
        const last = await tx.task.aggregate({ where: { planId: plan.id }, _max: { position: true } });
        const task = await tx.task.create({
          data: {
            planId: plan.id,
            areaId: area.id,
            kind: input.kind,
            section: input.section,
            code: input.code,
            title: input.title,
            content: input.content,
            deadline: input.deadline ?? null,
            recurrence: input.recurrence ?? (input.deadline ? "ONCE" : "ONGOING"),
            position: input.position ?? (last._max.position ?? 0) + 1,
            outputs: {
              create: (input.outputs ?? []).map((output, position) => ({
                kind: output.kind,
                title: output.title,
                position,
              })),
            },
          },
          include: { outputs: { orderBy: { position: "asc" } } },
        });
        await recordAudit(tx, ctx, {
          name: "task.created",
          entityId: task.id,
          jurisdictionId: plan.jurisdictionId,
          after: task,
        });
        return { id: task.id };
      }),
  }),
);
