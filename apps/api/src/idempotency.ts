// Idempotency keys (issue 13, item 8): a client sends one key per click with submit, approve, return
// or finalize; the same key again — a retry after a lost answer, a double click, two tabs — gets the
// first result, never a conflict and never a second write. The key is claimed in the write's own
// transaction, so a write and its key commit together or not at all; a concurrent request with the
// same key waits on the key's row, fails on it, and reads the first result.
import { z } from "zod";
import type { Context } from "./context.ts";
import { ValidationError } from "./errors.ts";
import { inTransaction, isUniqueViolation, type Tx, type WriteScope } from "./write.ts";

/** What a client may send as a key: a UUID or another opaque token of 8–100 safe characters. */
export const idempotencyKeySchema = z
  .string()
  .regex(
    /^[A-Za-z0-9_-]{8,100}$/,
    "Khóa chống lặp gồm 8–100 ký tự chữ, số, gạch ngang hoặc gạch dưới (ví dụ một UUID).",
  );

/** The input field each idempotent mutation takes. */
export const idempotencyKeyField = {
  required: false,
  description:
    "Khóa chống lặp, mỗi lần bấm một khóa (ví dụ một UUID): gửi lại cùng khóa nhận lại kết quả lần đầu, không làm hai lần.",
  validate: idempotencyKeySchema,
} as const;

type Json = Record<string, string>;

function replay<T extends Json>(earlier: { operation: string; result: unknown }, operation: string): T {
  if (earlier.operation !== operation) {
    throw new ValidationError([
      {
        path: ["input", "idempotencyKey"],
        message: `Khóa chống lặp này đã dùng cho thao tác khác (${earlier.operation}): mỗi lần bấm dùng một khóa mới.`,
      },
    ]);
  }
  return earlier.result as T;
}

/**
 * Runs `write` in one transaction under the viewer's key (none: an ordinary transaction). The
 * result is the payload's IDs, stored with the key and given back to a repeat.
 */
export async function idempotentWrite<T extends Json>(
  ctx: Pick<Context, "prisma" | "viewer">,
  operation: string,
  key: string | null | undefined,
  write: (tx: Tx, scope: WriteScope) => Promise<T>,
): Promise<T> {
  const userId = ctx.viewer.userId;
  if (!key || !userId) return inTransaction(ctx, write);
  const where = { userId_key: { userId, key } };
  try {
    return await inTransaction(ctx, async (tx, scope) => {
      const earlier = await tx.idempotentRequest.findUnique({ where });
      if (earlier) return replay<T>(earlier, operation);
      // Claimed first: a concurrent request with the same key waits here until this one ends.
      await tx.idempotentRequest.create({ data: { userId, key, operation, result: {} } });
      const result = await write(tx, scope);
      await tx.idempotentRequest.update({ where, data: { result } });
      return result;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const earlier = await ctx.prisma.idempotentRequest.findUnique({ where });
    if (!earlier) throw error;
    return replay<T>(earlier, operation);
  }
}
