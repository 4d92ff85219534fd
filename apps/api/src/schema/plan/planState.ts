// The shared body of publishPlan, unpublishPlan and archivePlan: a versioned change of a plan's
// publication or status, with its audit event.
import { recordAudit } from "../../audit/record.ts";
import type { Context } from "../../context.ts";
import { ConflictError, ValidationError } from "../../errors.ts";
import { inTransaction, type Tx, updateVersioned } from "../../write.ts";
import { planForWrite } from "./access.ts";
import type { Written } from "./payloads.ts";

type Plan = Awaited<ReturnType<typeof planForWrite>>;

export function changePlanState(
  ctx: Context,
  input: { id: string; version: number },
  name: "plan.published" | "plan.unpublished" | "plan.archived",
  change: (plan: Plan, tx: Tx) => object | string,
): Promise<Written> {
  return inTransaction(ctx, async (tx) => {
    const before = await planForWrite(tx, ctx, input.id, {
      allowArchived: name !== "plan.archived",
      path: ["input", "id"],
    });
    // A stale version is a conflict before anything else: the state the client saw is gone.
    if (before.version !== input.version) throw new ConflictError("Kế hoạch", before.version);
    const data = change(before, tx);
    if (typeof data === "string") throw new ValidationError([{ path: ["input", "id"], message: data }]);
    await updateVersioned(tx.plan, "Kế hoạch", before.id, input.version, data);
    const after = await tx.plan.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, ctx, { name, entityId: before.id, jurisdictionId: before.jurisdictionId, before, after });
    return { id: before.id };
  });
}
