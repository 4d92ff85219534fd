// Determinism for the synthetic city: every value comes from a PRNG seeded by `--seed` and the ward's
// position, and every id from a counter, so the same arguments give the same rows whatever the order
// in which the batches of wards reach the database.

/** A 32-bit mix of integers (murmur3's finaliser over a running hash). */
export function mix(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h = Math.imul(h ^ (p | 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** mulberry32: small, fast, and good enough for plausible figures. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Ids per namespace (0: the city-wide rows, k: the k-th ward). */
const BASE_MS = Date.UTC(2026, 0, 1);
const IDS_PER_NAMESPACE = 100_000;

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");

/**
 * UUIDs in the version 7 layout the schema's default uses: the "time" is the plan year's first
 * instant plus namespace × 100 000 plus a counter, so ids are unique, sorted as created (index
 * locality) and the same on every run; the random bits come from the seed.
 */
export class Ids {
  private counter = 0;

  constructor(
    private readonly seed: number,
    private readonly namespace: number,
  ) {}

  next(): string {
    const n = this.counter++;
    if (n >= IDS_PER_NAMESPACE) throw new Error(`seedCity: quá ${IDS_PER_NAMESPACE} id trong một phường`);
    const t = hex(BASE_MS + this.namespace * IDS_PER_NAMESPACE + n, 12);
    const a = mix(this.seed, this.namespace, n, 1);
    const b = mix(this.seed, this.namespace, n, 2);
    return `${t.slice(0, 8)}-${t.slice(8)}-7${hex(a & 0xfff, 3)}-${hex(((a >>> 12) & 0x3fff) | 0x8000, 4)}-${hex(b, 8)}${hex(a >>> 16, 4)}`;
  }
}
