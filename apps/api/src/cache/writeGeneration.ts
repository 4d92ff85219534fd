// One counter of committed writes. Caches of derived data (viewers, plan state versions) keep the
// generation they were filled in and are dropped when it moves. With REDIS_URL every API process
// publishes its bumps, so a write through any process empties the caches of all of them; writes made
// outside the API (psql, the seed) are seen when a cache entry's short lifetime ends.
import crypto from "node:crypto";
import { Redis } from "ioredis";

const CHANNEL = "kehoach:write-generation";
const processId = crypto.randomUUID();

let generation = 0;
let publisher: Redis | undefined;

export function currentGeneration(): number {
  return generation;
}

/** Called after every committed write. */
export function bumpGeneration(): void {
  generation += 1;
  publisher?.publish(CHANNEL, processId).catch(() => {
    // Redis unreachable: other processes fall back on their caches' lifetime.
  });
}

/** Shares bumps between API processes through Redis pub/sub; returns a function that disconnects. */
export async function shareGenerationThroughRedis(redisUrl: string): Promise<() => Promise<void>> {
  const subscriber = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const pub = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  subscriber.on("message", (_channel, from: string) => {
    if (from !== processId) generation += 1;
  });
  await subscriber.subscribe(CHANNEL);
  publisher = pub;
  return async () => {
    publisher = undefined;
    await Promise.all([subscriber.quit(), pub.quit()]);
  };
}
