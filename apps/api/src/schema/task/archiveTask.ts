// mutation archiveTask: takes a task out of the plan's lists, keeping its history and report lines.
// ADMIN and OFFICE; versioned, audited.
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction, updateVersioned } from "../../write.ts";
import { planEditorScopes } from "../plan/access.ts";
import { TaskPayload } from "../plan/payloads.ts";
import { globalIdOf, versionSchema } from "../validators.ts";
import { taskForWrite } from "./inputs.ts";

const ArchiveTaskInput = builder.inputType("ArchiveTaskInput", {
  description: "Nhiệm vụ cần lưu trữ và phiên bản đã đọc.",
  fields: (t) => ({
    id: t.id({ required: true, description: "ID toàn cục của nhiệm vụ.", validate: globalIdOf("Task", "nhiệm vụ") }),
    version: t.int({ required: true, description: "Phiên bản đã đọc (Task.version).", validate: versionSchema }),
  }),
});

builder.mutationField("archiveTask", (t) =>
  t.field({
    type: TaskPayload,
    description: "Lưu trữ nhiệm vụ (bỏ khỏi danh sách, giữ lịch sử). Quản trị và văn phòng.",
    authScopes: planEditorScopes,
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "ArchiveTaskResult", description: "Kết quả lưu trữ nhiệm vụ." },
    },
    args: { input: t.arg({ type: ArchiveTaskInput, required: true, description: "Nhiệm vụ và phiên bản." }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, async (tx) => {
        const { task: before, plan } = await taskForWrite(tx, ctx, input.id);
        if (before.archivedAt)
          throw new ValidationError([{ path: ["input", "id"], message: "Nhiệm vụ đã lưu trữ rồi." }]);
        await updateVersioned(tx.task, "Nhiệm vụ", before.id, input.version, { archivedAt: ctx.clock.now() });
        const after = await tx.task.findUniqueOrThrow({ where: { id: before.id } });
        const { outputs: _outputs, ...beforeRow } = before;
        await recordAudit(tx, ctx, {
          name: "task.archived",
          entityId: before.id,
          jurisdictionId: plan.jurisdictionId,
          before: beforeRow,
          after,
        });
        return { id: before.id };
      }),
  }),
);
