// Validation pieces shared by the indicator mutations, and loading an indicator for a write.
import { z } from "zod";
import type { Context } from "../../context.ts";
import { NotFoundError } from "../../errors.ts";
import type { Tx } from "../../write.ts";
import { planForWrite } from "../plan/access.ts";

export const indicatorNumberSchema = z
  .number()
  .int()
  .min(1, "Số thứ tự chỉ tiêu phải từ 1 đến 999.")
  .max(999, "Số thứ tự chỉ tiêu phải từ 1 đến 999.")
  .nullish();

/** An indicator of a plan the viewer may write (unknown or out of reach → NotFound). */
export async function indicatorForWrite(tx: Tx, ctx: Pick<Context, "viewer">, id: string) {
  const indicator = await tx.indicator.findUnique({
    where: { id },
    include: { targets: { orderBy: { position: "asc" } } },
  });
  if (!indicator) throw new NotFoundError("Chỉ tiêu", id, "Indicator");
  try {
    const plan = await planForWrite(tx, ctx, indicator.planId, { path: ["input", "id"] });
    return { indicator, plan };
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError("Chỉ tiêu", id, "Indicator");
    throw error;
  }
}
