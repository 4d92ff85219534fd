// With REDIS_URL, a write committed by another API process empties this process's caches too.
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentGeneration, shareGenerationThroughRedis } from "./writeGeneration.ts";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

describe("write generation shared through Redis", () => {
  let stop: () => Promise<void>;
  let otherProcess: Redis;

  beforeAll(async () => {
    stop = await shareGenerationThroughRedis(REDIS_URL);
    otherProcess = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await stop();
    await otherProcess.quit();
  });

  it("moves when another process publishes a committed write", async () => {
    const before = currentGeneration();
    await otherProcess.publish("kehoach:write-generation", "another-process");
    for (let i = 0; i < 50 && currentGeneration() === before; i++) await sleep(20);
    expect(currentGeneration()).toBe(before + 1);
  });
});
