// Shared mechanics of every write: one transaction, and optimistic concurrency on `version`
// (a stale version is a ConflictError, never a silent overwrite).
import type { PrismaNamespace } from "@kehoach/db";
import { bumpGeneration } from "./cache/writeGeneration.ts";
import type { Context } from "./context.ts";
import { ConflictError, NotFoundError } from "./errors.ts";

export type Tx = PrismaNamespace.TransactionClient;

/**
 * What a write changed, for the caches it must empty (writeGeneration.ts). A write that calls
 * `onlyPlanReporting` promises it changed only that plan's reports, figures, comments and their
 * audit events and notifications: no account, unit, period or plan structure. A write that never
 * calls it, or names two plans, empties every cache.
 */
export interface WriteScope {
  onlyPlanReporting(planId: string): void;
}

/** Runs `fn` in one transaction; once it commits, the caches of what it changed are dropped. */
export async function inTransaction<T>(
  ctx: Pick<Context, "prisma">,
  fn: (tx: Tx, scope: WriteScope) => Promise<T>,
): Promise<T> {
  // undefined: not declared; null: more than one plan (everything).
  let plan: string | null | undefined;
  const scope: WriteScope = {
    onlyPlanReporting(planId) {
      plan = plan === undefined || plan === planId ? planId : null;
    },
  };
  const result = await ctx.prisma.$transaction((tx) => fn(tx, scope), { maxWait: 10_000, timeout: 20_000 });
  bumpGeneration(plan ?? undefined);
  return result;
}

interface VersionedDelegate {
  updateMany(args: {
    where: { id: string; version: number };
    data: object;
  }): PrismaNamespace.PrismaPromise<{ count: number }>;
  findUnique(args: { where: { id: string }; select: { version: true } }): PromiseLike<{ version: number } | null>;
}

/**
 * Applies `data` only if the row is still at `expectedVersion`, and increments the version.
 * Throws NotFoundError for an unknown id and ConflictError for a stale version.
 */
export async function updateVersioned(
  delegate: VersionedDelegate,
  entity: string,
  id: string,
  expectedVersion: number,
  data: object,
): Promise<void> {
  const { count } = await delegate.updateMany({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 1) return;
  const current = await delegate.findUnique({ where: { id }, select: { version: true } });
  if (!current) throw new NotFoundError(entity, id);
  throw new ConflictError(entity, current.version);
}

/** A unique key taken by a concurrent write (PostgreSQL 23505, Prisma P2002). */
export function isUniqueViolation(error: unknown): boolean {
  const { code, meta } = (error ?? {}) as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } };
  };
  const driver = meta?.driverAdapterError?.cause;
  return code === "P2002" || driver?.kind === "UniqueConstraintViolation" || driver?.originalCode === "23505";
}

/**
 * A write that creates a row on first save, when two first saves race: both saw no row, and the
 * later insert hits the unique key. Its transaction has rolled back (nothing half-written); the
 * caller gets the ConflictError that `conflict` builds from the row the winner wrote.
 */
export async function orConflictOnRace<T>(save: () => Promise<T>, conflict: () => Promise<ConflictError>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (isUniqueViolation(error)) throw await conflict();
    throw error;
  }
}
