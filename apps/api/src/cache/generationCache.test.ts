// Entries of derived data are dropped by the writes they depend on, by their lifetime, and by size.
import { describe, expect, it } from "vitest";
import { GenerationCache } from "./generationCache.ts";
import { anyWriteStamp, bumpGeneration, planStamp } from "./writeGeneration.ts";

describe("GenerationCache", () => {
  it("answers from the entry until a write is committed", () => {
    const cache = new GenerationCache<string>(1000, 10);
    cache.set("k", "v", { stamp: cache.stamp("k") }, 0);
    expect(cache.get("k", 10)).toBe("v");
    bumpGeneration();
    expect(cache.get("k", 10)).toBeUndefined();
  });

  it("treats data read before a write that committed during the read as already stale", () => {
    const cache = new GenerationCache<string>(1000, 10);
    const readAt = cache.stamp("k");
    bumpGeneration();
    cache.set("k", "old", { stamp: readAt }, 0);
    expect(cache.get("k", 10)).toBeUndefined();
  });

  it("keeps global entries, and other plans' entries, across a write scoped to one plan", () => {
    const global = new GenerationCache<string>(1000, 10);
    const perPlan = new GenerationCache<string>(1000, 10, planStamp);
    global.set("viewer", "v", { stamp: global.stamp("viewer") }, 0);
    for (const plan of ["plan-a", "plan-b"]) perPlan.set(plan, plan, { stamp: perPlan.stamp(plan) }, 0);

    bumpGeneration("plan-a");
    expect([global.get("viewer", 1), perPlan.get("plan-a", 1), perPlan.get("plan-b", 1)]).toEqual([
      "v",
      undefined,
      "plan-b",
    ]);

    bumpGeneration();
    expect([global.get("viewer", 1), perPlan.get("plan-b", 1)]).toEqual([undefined, undefined]);
  });

  it("drops an entry on every write when it watches all of them", () => {
    const answers = new GenerationCache<string>(1000, 10, anyWriteStamp);
    answers.set("answer", "a", { stamp: answers.stamp("answer") }, 0);
    bumpGeneration("plan-a");
    expect(answers.get("answer", 1)).toBeUndefined();
  });

  it("forgets an entry at the end of its lifetime, or of the shorter one it was given", () => {
    const cache = new GenerationCache<string>(1000, 10);
    cache.set("a", "v", { stamp: cache.stamp("a") }, 0);
    cache.set("b", "v", { stamp: cache.stamp("b"), ttlMs: 100 }, 0);
    expect(cache.get("a", 999)).toBe("v");
    expect(cache.get("b", 100)).toBeUndefined();
    expect(cache.get("a", 1000)).toBeUndefined();
  });

  it("lets expired entries go when new ones are set, read or not", () => {
    const cache = new GenerationCache<string>(1000, 10);
    cache.set("old", "v", { stamp: cache.stamp("old") }, 0);
    cache.set("new", "v", { stamp: cache.stamp("new") }, 1000);
    expect(cache.size).toBe(1);
  });

  it("keeps at most maxEntries, dropping the least recently filled", () => {
    const cache = new GenerationCache<number>(1000, 2);
    for (const [i, key] of ["a", "b", "c"].entries()) cache.set(key, i, { stamp: cache.stamp(key) }, 0);
    expect([cache.get("a", 1), cache.get("b", 1), cache.get("c", 1)]).toEqual([undefined, 1, 2]);
  });
});
