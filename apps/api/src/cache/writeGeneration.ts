// One counter of committed writes. Caches of derived data (viewers, plan state versions) keep the
// generation they were filled in and are dropped when it moves. With REDIS_URL every API process
// publishes its bumps, so a write through any process empties the caches of all of them; without it,
// the workers of one `start:cluster` pass theirs through the primary. Writes made outside the API
// (psql, the seed) are seen when a cache entry's short lifetime ends.
import cluster from "node:cluster";
import crypto from "node:crypto";
import { Redis } from "ioredis";

const CHANNEL = "kehoach:write-generation";
const processId = crypto.randomUUID();

let generation = 0;
/** Tells the other API processes about a bump, when they are known. */
let publish: (() => void) | undefined;

export function currentGeneration(): number {
  return generation;
}

/** Called after every committed write. */
export function bumpGeneration(): void {
  generation += 1;
  publish?.();
}

/** Shares bumps between API processes through Redis pub/sub; returns a function that disconnects. */
export async function shareGenerationThroughRedis(redisUrl: string): Promise<() => Promise<void>> {
  const subscriber = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const pub = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  subscriber.on("message", (_channel, from: string) => {
    if (from !== processId) generation += 1;
  });
  await subscriber.subscribe(CHANNEL);
  publish = () => {
    pub.publish(CHANNEL, processId).catch(() => {
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
    if (message === CHANNEL) generation += 1;
  };
  process.on("message", onMessage);
  // With a callback, a closed channel (the primary gone, this worker about to exit) is not an error event.
  publish = () => process.send?.(CHANNEL, undefined, undefined, () => {});
  return async () => {
    publish = undefined;
    process.off("message", onMessage);
  };
}

/** In the cluster's primary: passes each worker's bumps on to the other workers. */
export function relayGenerationBetweenWorkers(): void {
  cluster.on("message", (from, message) => {
    if (message !== CHANNEL) return;
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker && worker !== from && worker.isConnected()) worker.send(CHANNEL, () => {});
    }
  });
}
