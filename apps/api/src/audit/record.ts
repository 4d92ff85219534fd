// Records audit events (nhật ký) inside the caller's transaction. Event names are typed (the list
// lives in @kehoach/domain): each names the entity it is about, so callers never build audit rows
// by hand.
import type { PrismaNamespace } from "@kehoach/db";
import { AUDIT_EVENTS, type AuditEventName } from "@kehoach/domain";
import type { Context } from "../context.ts";

export interface AuditInput {
  name: AuditEventName;
  entityId: string;
  jurisdictionId?: string | null;
  before?: unknown;
  after?: unknown;
}

type Tx = Pick<PrismaNamespace.TransactionClient, "auditEvent">;

/** Decimals, dates and bigints as JSON, so before/after can be stored and compared. */
function snapshot(value: unknown): PrismaNamespace.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
}

export async function recordAudit(
  tx: Tx,
  ctx: Pick<Context, "viewer" | "requestId" | "ip" | "clock">,
  event: AuditInput,
) {
  const before = snapshot(event.before);
  const after = snapshot(event.after);
  await tx.auditEvent.create({
    data: {
      name: event.name,
      entityType: AUDIT_EVENTS[event.name].entityType,
      entityId: event.entityId,
      actorUserId: ctx.viewer.userId,
      actorTokenId: ctx.viewer.tokenId,
      jurisdictionId: event.jurisdictionId ?? ctx.viewer.jurisdictionId,
      ...(before !== undefined ? { before } : {}),
      ...(after !== undefined ? { after } : {}),
      requestId: ctx.requestId,
      ip: ctx.ip,
      // The request's clock, not the database's: a report's history shows the day the step was taken.
      createdAt: ctx.clock.now(),
    },
  });
}
