// Counters of committed writes. Caches of derived data keep the stamp of the counters they were
// filled under and are dropped when it moves. Most writes move the global counter, which every
// cache watches. A write that declared it changed only one plan's reporting data (a report, its
// figures, its comments: see WriteScope in write.ts) moves that plan's counter instead, so a unit's
// save in one ward does not make every other ward's overview, and every viewer, be read again.
// The response cache watches every write of either kind.
//
// With REDIS_URL every API process publishes its bumps, so a write through any process empties the
// caches of all of them; without it, the workers of one `start:cluster` pass theirs through the
// primary. Writes made outside the API (psql, the seed) are seen when a cache entry's short
// lifetime ends.
import cluster from "node:cluster";
import crypto from "node:crypto";

const CHANNEL = "kehoach:write-generation";
const processId = crypto.randomUUID();
/** In a message, the plan of a plan-scoped bump, or this for a global one. */
const EVERYTHING = "*";

let global = 0;
let anyWrite = 0;
const plans = new Map<string, number>();
/** Tells the other API processes about a bump, when they are known. */
let publish: ((planId: string | undefined) => void) | undefined;

function count(planId: string | undefined): void {
  anyWrite += 1;
  if (planId === undefined) global += 1;
  else plans.set(planId, (plans.get(planId) ?? 0) + 1);
}

/** Moves when any write except a plan-scoped one commits: viewers, period lookups. */
export function globalStamp(): string {
  return String(global);
}

/** Moves with any global write and with any write scoped to this plan. */
export function planStamp(planId: string): string {
  return `${global}.${plans.get(planId) ?? 0}`;
}

/** Moves with every write. */
export function anyWriteStamp(): string {
  return String(anyWrite);
}

/** Called after every committed write; `planId` when it changed only that plan's reporting data. */
export function bumpGeneration(planId?: string): void {
  count(planId);
  publish?.(planId);
}

const messageOf = (planId: string | undefined) => `${CHANNEL} ${planId ?? EVERYTHING}`;

/** The bump a message carries, or null when it is not one. */
function bumpIn(message: unknown): { planId: string | undefined } | null {
  if (typeof message !== "string" || !message.startsWith(`${CHANNEL} `)) return null;
  const scope = message.slice(CHANNEL.length + 1);
  return { planId: scope === EVERYTHING ? undefined : scope };
}

/** Shares bumps between API processes through Redis pub/sub; returns a function that disconnects. */
export async function shareGenerationThroughRedis(redisUrl: string): Promise<() => Promise<void>> {
  const { Redis } = await import("ioredis");
  const subscriber = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const pub = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  subscriber.on("message", (_channel, payload: string) => {
    const [from, scope] = payload.split(" ");
    if (from !== processId) count(scope === undefined || scope === EVERYTHING ? undefined : scope);
  });
  await subscriber.subscribe(CHANNEL);
  publish = (planId) => {
    pub.publish(CHANNEL, `${processId} ${planId ?? EVERYTHING}`).catch(() => {
      // Redis unreachable: other processes fall back on their caches' lifetime.
    });
  };
  return async () => {
    publish = undefined;
    await Promise.all([subscriber.quit(), pub.quit()]);
  };
}

/** In a cluster worker without Redis: shares bumps with the other workers through the primary. */
export function shareGenerationThroughPrimary(): () => Promise<void> {
  const onMessage = (message: unknown) => {
    const bump = bumpIn(message);
    if (bump) count(bump.planId);
  };
  process.on("message", onMessage);
  // With a callback, a closed channel (the primary gone, this worker about to exit) is not an error event.
  publish = (planId) => process.send?.(messageOf(planId), undefined, undefined, () => {});
  return async () => {
    publish = undefined;
    process.off("message", onMessage);
  };
}

/** In the cluster's primary: passes each worker's bumps on to the other workers. */
export function relayGenerationBetweenWorkers(): void {
  cluster.on("message", (from, message) => {
    if (!bumpIn(message)) return;
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker && worker !== from && worker.isConnected()) worker.send(message, () => {});
    }
  });
}
