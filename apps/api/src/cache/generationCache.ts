// A small map, least recently set out first, whose entries last `ttlMs` and only while no write they depend on has been
// committed since the data was read (see writeGeneration.ts: `stampOf` names the counters an entry
// watches, the global one unless told). Callers take the stamp before reading, so a write that
// commits during the read leaves the entry already stale. Ages are measured on the monotonic clock
// (performance.now): a wall clock set back, or a test's fixed clock, never keeps an entry alive.
import { globalStamp } from "./writeGeneration.ts";

interface Entry<V> {
  value: V;
  stamp: string;
  expiresAt: number;
}

export class GenerationCache<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly stampOf: (key: string) => string = globalStamp,
  ) {}

  /** The stamp to take before reading the data that `key`'s entry will hold. */
  stamp(key: string): string {
    return this.stampOf(key);
  }

  get(key: string, now = performance.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.stamp !== this.stampOf(key) || entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Entries held, expired ones not yet let go included. */
  get size(): number {
    return this.entries.size;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  set(key: string, value: V, readAt: { stamp: string; ttlMs?: number }, now = performance.now()): void {
    // Expired entries go as new ones come, oldest first (the map keeps the order they were set in),
    // not only when read: answers under distinct keys, never read again, held the memory of
    // thousands of them (800 MB under bench:city).
    for (const [oldKey, entry] of this.entries) {
      if (entry.expiresAt > now) break;
      this.entries.delete(oldKey);
    }
    this.entries.delete(key);
    this.entries.set(key, { value, stamp: readAt.stamp, expiresAt: now + (readAt.ttlMs ?? this.ttlMs) });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }
}
