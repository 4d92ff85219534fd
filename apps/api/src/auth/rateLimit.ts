// Throttling of password guesses (sign-in and changeOwnPassword), in three counters of failures:
// - per account and address: the person at one desk who keeps mistyping is blocked for a while;
// - per account, from every address together: guessing one account from many addresses is blocked;
// - per address: many accounts guessed from one address are SLOWED, never refused, because a whole
//   ward office may share one address (NAT, reverse proxy): a colleague's mistakes must not lock
//   everyone else out.
// Counters live in Redis when REDIS_URL is set (shared by every API process), else in memory; while
// Redis is unreachable, in memory (rate-limiter-flexible's insurance limiter), said in the log and /healthz.
import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterRes,
} from "rate-limiter-flexible";

export interface LoginLimits {
  /** Failures of one account from one address before that pair is blocked. */
  accountAddressFailures: number;
  /** Failures of one account from all addresses before the account is blocked. */
  accountFailures: number;
  /** Failures from one address (any accounts) after which its attempts are delayed. */
  addressSlowAfter: number;
  /** Delay added per failure beyond `addressSlowAfter`, up to `addressMaxDelayMs`. */
  addressDelayStepMs: number;
  addressMaxDelayMs: number;
  /** How long a failure counts. */
  windowSeconds: number;
}

export const LOGIN_LIMITS: LoginLimits = {
  accountAddressFailures: 10,
  accountFailures: 30,
  addressSlowAfter: 100,
  addressDelayStepMs: 250,
  addressMaxDelayMs: 5000,
  windowSeconds: 15 * 60,
};

export interface LoginLimiter {
  /**
   * Asked before a password is checked: waits first when the address is over its ceiling, then
   * answers the seconds to wait when the account (or the account from this address) is blocked, else 0.
   */
  admit(account: string, ip: string): Promise<number>;
  recordFailure(account: string, ip: string): Promise<void>;
  /** A right password clears the failures of this account from this address. */
  recordSuccess(account: string, ip: string): Promise<void>;
  /** Where the counters are: in Redis, in this process (no REDIS_URL), or in this process while Redis is unreachable. */
  store(): CounterStore;
  close(): Promise<void>;
}

export type CounterStore = "redis" | "memory" | "memory-redis-unavailable";

export async function createLoginLimiter(
  options: { redisUrl?: string; limits?: Partial<LoginLimits>; logger?: Logger } = {},
): Promise<LoginLimiter> {
  const limits = { ...LOGIN_LIMITS, ...options.limits };
  let redis: Redis | undefined;
  if (options.redisUrl) {
    // Loaded only with REDIS_URL: a single process never needs the client.
    const { Redis } = await import("ioredis");
    redis = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
    watchRedis(redis, options.logger);
  }
  const counter = (name: string, points: number): RateLimiterAbstract => {
    const settings = { points, duration: limits.windowSeconds, keyPrefix: `kehoach:login:${name}` };
    return redis
      ? new RateLimiterRedis({ ...settings, storeClient: redis, insuranceLimiter: new RateLimiterMemory(settings) })
      : new RateLimiterMemory(settings);
  };
  const pair = counter("pair", limits.accountAddressFailures);
  const account = counter("account", limits.accountFailures);
  const address = counter("address", limits.addressSlowAfter);
  const accountKey = (name: string) => name.trim().toLowerCase();
  const pairKey = (name: string, ip: string) => `${accountKey(name)}|${ip}`;
  const blockedFor = (state: RateLimiterRes | null, limit: number) =>
    state && state.consumedPoints >= limit ? Math.ceil(state.msBeforeNext / 1000) : 0;

  return {
    async admit(name, ip) {
      const failures = (await address.get(ip))?.consumedPoints ?? 0;
      const over = failures - limits.addressSlowAfter;
      if (over >= 0) await sleep(Math.min(limits.addressMaxDelayMs, (over + 1) * limits.addressDelayStepMs));
      const [byPair, byAccount] = await Promise.all([pair.get(pairKey(name, ip)), account.get(accountKey(name))]);
      return Math.max(blockedFor(byPair, limits.accountAddressFailures), blockedFor(byAccount, limits.accountFailures));
    },
    async recordFailure(name, ip) {
      await Promise.all([
        pair.penalty(pairKey(name, ip), 1),
        account.penalty(accountKey(name), 1),
        address.penalty(ip, 1),
      ]);
    },
    async recordSuccess(name, ip) {
      await pair.delete(pairKey(name, ip));
    },
    store() {
      if (!redis) return "memory";
      return redis.status === "ready" ? "redis" : "memory-redis-unavailable";
    },
    async close() {
      await redis?.quit();
    },
  };
}

/** Says once when Redis goes away (the counters fall back on this process's memory) and when it is back. */
function watchRedis(redis: Redis, logger: Logger | undefined) {
  let lost = false;
  redis.on("error", (error: Error) => {
    if (lost) return;
    lost = true;
    logger?.warn(
      { err: error.message },
      "Mất kết nối Redis: số lần đăng nhập sai được đếm trong bộ nhớ của tiến trình này cho đến khi Redis trở lại / Redis unreachable: failed sign-ins are counted in this process until it is back",
    );
  });
  redis.on("ready", () => {
    if (!lost) return;
    lost = false;
    logger?.info("Đã kết nối lại Redis / Redis is back");
  });
}
