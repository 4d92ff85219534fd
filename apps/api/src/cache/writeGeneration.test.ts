// With REDIS_URL, a write committed by another API process empties this process's caches too, and
// a write it scoped to one plan empties only that plan's.
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { globalStamp, planStamp, shareGenerationThroughRedis } from "./writeGeneration.ts";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

async function until(moved: () => boolean) {
  for (let i = 0; i < 100 && !moved(); i++) await sleep(20);
}

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
    const before = globalStamp();
    await otherProcess.publish("kehoach:write-generation", "another-process *");
    await until(() => globalStamp() !== before);
    expect(Number(globalStamp())).toBe(Number(before) + 1);
  });

  it("moves only the plan's stamp when the other process's write was scoped to it", async () => {
    const [global, mine, other] = [globalStamp(), planStamp("plan-a"), planStamp("plan-b")];
    await otherProcess.publish("kehoach:write-generation", "another-process plan-a");
    await until(() => planStamp("plan-a") !== mine);
    expect([globalStamp(), planStamp("plan-a") !== mine, planStamp("plan-b")]).toEqual([global, true, other]);
  });
});
