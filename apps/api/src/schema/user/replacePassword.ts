// Replacing a user's password, for an administrator's reset and for a user's own change alike:
// the new hash, the user's other sessions ended (whoever held the old password is signed out; the
// request's own session stays) and the audit event, in the caller's transaction.
import type { AuditEventName } from "@kehoach/domain";
import { recordAudit } from "../../audit/record.ts";
import type { Context } from "../../context.ts";
import type { Tx } from "../../write.ts";

export interface PasswordReplacement {
  user: { id: string; username: string };
  /** The new argon2 hash, computed before the transaction opens (hashing takes a while). */
  passwordHash: string;
  event: Extract<AuditEventName, "user.passwordSet" | "user.passwordChanged">;
  /** When given, the hash that was verified: nothing is replaced if the stored one differs now. */
  replacing?: string | null;
}

/** Returns how many other sessions ended, or null when `replacing` is no longer the stored hash. */
export async function replacePassword(
  tx: Tx,
  ctx: Pick<Context, "viewer" | "requestId" | "ip" | "clock">,
  { user, passwordHash, event, replacing }: PasswordReplacement,
): Promise<number | null> {
  const { count } = await tx.user.updateMany({
    where: { id: user.id, ...(replacing !== undefined ? { passwordHash: replacing } : {}) },
    data: { passwordHash },
  });
  if (count === 0) return null;
  const ended = await tx.session.updateMany({
    where: {
      userId: user.id,
      revokedAt: null,
      ...(ctx.viewer.sessionId ? { id: { not: ctx.viewer.sessionId } } : {}),
    },
    data: { revokedAt: ctx.clock.now() },
  });
  await recordAudit(tx, ctx, {
    name: event,
    entityId: user.id,
    after: { username: user.username, sessionsRevoked: ended.count },
  });
  return ended.count;
}
