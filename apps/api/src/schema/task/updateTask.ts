// mutation updateTask: edits a task — text, area, deadline, status, % done, outputs — at the version
// the client read. ADMIN and OFFICE of the plan's jurisdiction.
import type { OutputKind } from "@kehoach/db";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction, type Tx, updateVersioned } from "../../write.ts";
import { TaskKindEnum, TaskRecurrenceEnum, TaskStatusEnum } from "../enums.ts";
import { definedOnly, planEditorScopes } from "../plan/access.ts";
import { TaskPayload } from "../plan/payloads.ts";
import { decimalIn, globalIdOf, positionSchema, presentText, versionSchema } from "../validators.ts";
import { assertTaskCodeFree, deadlineSchema, outputsSchema, TaskOutputInput, taskForWrite } from "./inputs.ts";

type OutputRow = { id: string; kind: OutputKind; title: string };

/**
 * Writes the task's outputs as listed, keeping the row of each output still listed — and with it the
 * output's evidence files: an unchanged output keeps its own row; an edited one takes a row left over
 * of the same kind, else any left over, in order; rows still left over are removed, with their files.
 */
async function writeOutputs(tx: Tx, taskId: string, rows: readonly OutputRow[], outputs: Omit<OutputRow, "id">[]) {
  const free = [...rows];
  const take = (matches: (row: OutputRow) => boolean) => {
    const at = free.findIndex(matches);
    return at >= 0 ? free.splice(at, 1)[0] : undefined;
  };
  const kept = outputs.map((output) => take((row) => row.kind === output.kind && row.title === output.title));
  outputs.forEach((output, i) => {
    kept[i] ??= take((row) => row.kind === output.kind);
  });
  outputs.forEach((_output, i) => {
    kept[i] ??= take(() => true);
  });
  if (free.length) await tx.taskOutput.deleteMany({ where: { id: { in: free.map((row) => row.id) } } });
  for (const [position, output] of outputs.entries()) {
    const row = kept[position];
    const data = { kind: output.kind, title: output.title, position };
    if (row) await tx.taskOutput.update({ where: { id: row.id }, data });
    else await tx.taskOutput.create({ data: { ...data, taskId } });
  }
}

const UpdateTaskInput = builder.inputType("UpdateTaskInput", {
  description: "Sửa nhiệm vụ: chỉ các trường gửi lên được đổi; null xóa thời hạn hoặc % hoàn thành.",
  fields: (t) => ({
    id: t.id({ required: true, description: "ID toàn cục của nhiệm vụ.", validate: globalIdOf("Task", "nhiệm vụ") }),
    version: t.int({ required: true, description: "Phiên bản đã đọc (Task.version).", validate: versionSchema }),
    areaId: t.id({ description: "Đổi lĩnh vực.", validate: globalIdOf("Area", "lĩnh vực").optional() }),
    kind: t.field({ type: TaskKindEnum, description: "Trọng tâm hay cụ thể." }),
    section: t.string({ description: "Mục trong kế hoạch.", validate: presentText("mục", 50) }),
    code: t.string({ description: "Mã hiển thị, duy nhất trong kế hoạch.", validate: presentText("mã nhiệm vụ", 30) }),
    title: t.string({ description: "Tiêu đề ngắn.", validate: presentText("tiêu đề nhiệm vụ", 500) }),
    content: t.string({ description: "Nội dung.", validate: presentText("nội dung nhiệm vụ", 5000) }),
    deadline: t.field({ type: "Date", description: "Thời hạn; null: không có thời hạn.", validate: deadlineSchema }),
    recurrence: t.field({ type: TaskRecurrenceEnum, description: "Tính lặp lại." }),
    status: t.field({ type: TaskStatusEnum, description: "Trạng thái thực hiện." }),
    percentDone: t.field({
      type: "Decimal",
      description: 'Phần trăm hoàn thành 0–100 ("45.5"); null: chưa đánh giá.',
      validate: decimalIn("phần trăm hoàn thành", 0, 100).nullish(),
    }),
    outputs: t.field({
      type: [TaskOutputInput],
      description: "Sản phẩm đầu ra (thay cả danh sách; tối đa 20).",
      validate: outputsSchema,
    }),
    position: t.int({ description: "Thứ tự.", validate: positionSchema }),
  }),
});

/** Fields that an update may leave out but never clear. */
const REQUIRED_LABELS = {
  kind: "Loại nhiệm vụ",
  section: "Mục",
  code: "Mã nhiệm vụ",
  title: "Tiêu đề nhiệm vụ",
  content: "Nội dung nhiệm vụ",
  recurrence: "Tính lặp lại",
  status: "Trạng thái",
  position: "Thứ tự",
} as const;

builder.mutationField("updateTask", (t) =>
  t.field({
    type: TaskPayload,
    description: "Sửa nhiệm vụ theo phiên bản đã đọc (phiên bản cũ → ConflictError). Quản trị và văn phòng.",
    authScopes: planEditorScopes,
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "UpdateTaskResult", description: "Kết quả sửa nhiệm vụ: nhiệm vụ hoặc lỗi." },
    },
    args: { input: t.arg({ type: UpdateTaskInput, required: true, description: "Các trường cần sửa." }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, async (tx) => {
        const { task: before, plan } = await taskForWrite(tx, ctx, input.id);
        const cleared = Object.entries(REQUIRED_LABELS).filter(([key]) => input[key as keyof typeof input] === null);
        if (cleared.length > 0) {
          throw new ValidationError(
            cleared.map(([key, label]) => ({
              path: ["input", key],
              message: `${label} không được để trống (null); bỏ trường này nếu không sửa.`,
            })),
          );
        }
        if (input.areaId) {
          const area = await tx.area.findUnique({ where: { id: input.areaId }, select: { id: true } });
          if (!area) throw new NotFoundError("Lĩnh vực", input.areaId, "Area");
        }
        if (input.code && input.code !== before.code) await assertTaskCodeFree(tx, plan.id, input.code, before.id);
        const data = definedOnly({
          areaId: input.areaId ?? undefined,
          kind: input.kind ?? undefined,
          section: input.section ?? undefined,
          code: input.code ?? undefined,
          title: input.title ?? undefined,
          content: input.content ?? undefined,
          deadline: input.deadline,
          recurrence: input.recurrence ?? undefined,
          status: input.status ?? undefined,
          percentDone: input.percentDone,
          position: input.position ?? undefined,
        });
        await updateVersioned(tx.task, "Nhiệm vụ", before.id, input.version, data);
        if (input.outputs !== undefined) await writeOutputs(tx, before.id, before.outputs, input.outputs ?? []);
        const after = await tx.task.findUniqueOrThrow({
          where: { id: before.id },
          include: { outputs: { orderBy: { position: "asc" } } },
        });
        await recordAudit(tx, ctx, {
          name: "task.updated",
          entityId: before.id,
          jurisdictionId: plan.jurisdictionId,
          before,
          after,
        });
        return { id: before.id };
      }),
  }),
);
