// Validation pieces shared by the task mutations, and loading a task for a write.
import { z } from "zod";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { NotFoundError, ValidationError } from "../../errors.ts";
import type { Tx } from "../../write.ts";
import { OutputKindEnum } from "../enums.ts";
import { planForWrite } from "../plan/access.ts";
import { requiredText } from "../validators.ts";

/** A deadline within the years a plan may have. */
export const deadlineSchema = z
  .date()
  .refine((d) => d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100, {
    message: "Thời hạn phải trong các năm 2000–2100.",
  })
  .nullish();

export const TaskOutputInput = builder.inputType("TaskOutputInput", {
  description: "Một sản phẩm đầu ra của nhiệm vụ.",
  fields: (t) => ({
    kind: t.field({ type: OutputKindEnum, required: true, description: "Loại sản phẩm (Đề án, Kế hoạch…)." }),
    title: t.string({
      required: true,
      description: "Tên sản phẩm.",
      validate: requiredText("tên sản phẩm đầu ra", 500),
    }),
  }),
});

export const outputsSchema = z.array(z.any()).max(20, "Tối đa 20 sản phẩm đầu ra cho một nhiệm vụ.").nullish();

/** A task of a plan the viewer may write (unknown or out of reach → NotFound). */
export async function taskForWrite(tx: Tx, ctx: Pick<Context, "viewer">, id: string) {
  const task = await tx.task.findUnique({ where: { id }, include: { outputs: { orderBy: { position: "asc" } } } });
  if (!task) throw new NotFoundError("Nhiệm vụ", id, "Task");
  try {
    const plan = await planForWrite(tx, ctx, task.planId, { path: ["input", "id"] });
    return { task, plan };
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError("Nhiệm vụ", id, "Task");
    throw error;
  }
}

export async function assertTaskCodeFree(tx: Tx, planId: string, code: string, exceptId?: string) {
  const taken = await tx.task.findFirst({
    where: { planId, code, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) {
    throw new ValidationError([
      { path: ["input", "code"], message: `Mã nhiệm vụ "${code}" đã có trong kế hoạch; chọn mã khác.` },
    ]);
  }
}
