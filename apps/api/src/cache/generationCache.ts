// A small LRU map whose entries last `ttlMs` and only while no write has been committed since the
// data was read (see writeGeneration.ts). Callers take the generation before reading, so a write
// that commits during the read leaves the entry already stale. Ages are measured on the monotonic
// clock (performance.now): a wall clock set back, or a test's fixed clock, never keeps an entry alive.
import { currentGeneration } from "./writeGeneration.ts";

interface Entry<V> {
  value: V;
  generation: number;
  expiresAt: number;
}

export class GenerationCache<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}

  get(key: string, now = performance.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.generation !== currentGeneration() || entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  set(key: string, value: V, readAt: { generation: number; ttlMs?: number }, now = performance.now()): void {
    this.entries.delete(key);
    this.entries.set(key, { value, generation: readAt.generation, expiresAt: now + (readAt.ttlMs ?? this.ttlMs) });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }
}
