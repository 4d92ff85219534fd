// Entries of derived data are dropped by any committed write, by their lifetime, and by size.
import { describe, expect, it } from "vitest";
import { GenerationCache } from "./generationCache.ts";
import { bumpGeneration, currentGeneration } from "./writeGeneration.ts";

describe("GenerationCache", () => {
  it("answers from the entry until a write is committed", () => {
    const cache = new GenerationCache<string>(1000, 10);
    cache.set("k", "v", { generation: currentGeneration() }, 0);
    expect(cache.get("k", 10)).toBe("v");
    bumpGeneration();
    expect(cache.get("k", 10)).toBeUndefined();
  });

  it("treats data read before a write that committed during the read as already stale", () => {
    const cache = new GenerationCache<string>(1000, 10);
    const readAt = currentGeneration();
    bumpGeneration();
    cache.set("k", "old", { generation: readAt }, 0);
    expect(cache.get("k", 10)).toBeUndefined();
  });

  it("forgets an entry at the end of its lifetime, or of the shorter one it was given", () => {
    const cache = new GenerationCache<string>(1000, 10);
    cache.set("a", "v", { generation: currentGeneration() }, 0);
    cache.set("b", "v", { generation: currentGeneration(), ttlMs: 100 }, 0);
    expect(cache.get("a", 999)).toBe("v");
    expect(cache.get("b", 100)).toBeUndefined();
    expect(cache.get("a", 1000)).toBeUndefined();
  });

  it("keeps at most maxEntries, dropping the least recently filled", () => {
    const cache = new GenerationCache<number>(1000, 2);
    for (const [i, key] of ["a", "b", "c"].entries()) cache.set(key, i, { generation: currentGeneration() }, 0);
    expect([cache.get("a", 1), cache.get("b", 1), cache.get("c", 1)]).toEqual([undefined, 1, 2]);
  });
});
