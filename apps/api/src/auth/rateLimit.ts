// Login throttling: 10 failed attempts in 15 minutes per username and per IP address.
// Counters live in Redis when REDIS_URL is set (shared by every API process), else in memory.
import { Redis } from "ioredis";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterRes,
} from "rate-limiter-flexible";

export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_WINDOW_SECONDS = 15 * 60;

export interface LoginLimiter {
  /** Seconds to wait when the username or IP is blocked, else 0. */
  retryAfter(username: string, ip: string): Promise<number>;
  recordFailure(username: string, ip: string): Promise<void>;
  recordSuccess(username: string): Promise<void>;
  close(): Promise<void>;
}

export function createLoginLimiter(redisUrl?: string): LoginLimiter {
  const options = { points: LOGIN_FAILURE_LIMIT, duration: LOGIN_WINDOW_SECONDS, keyPrefix: "kehoach:login" };
  let redis: Redis | undefined;
  let limiter: RateLimiterAbstract;
  if (redisUrl) {
    redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
    limiter = new RateLimiterRedis({
      ...options,
      storeClient: redis,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  } else {
    limiter = new RateLimiterMemory(options);
  }
  const keys = (username: string, ip: string) => [`u:${username.toLowerCase()}`, `ip:${ip}`];
  return {
    async retryAfter(username, ip) {
      const states = await Promise.all(keys(username, ip).map((k) => limiter.get(k)));
      const blocked = states.filter((s): s is RateLimiterRes => s !== null && s.consumedPoints >= LOGIN_FAILURE_LIMIT);
      return blocked.length ? Math.ceil(Math.max(...blocked.map((s) => s.msBeforeNext)) / 1000) : 0;
    },
    async recordFailure(username, ip) {
      await Promise.all(keys(username, ip).map((k) => limiter.penalty(k, 1)));
    },
    async recordSuccess(username) {
      await limiter.delete(`u:${username.toLowerCase()}`);
    },
    async close() {
      await redis?.quit();
    },
  };
}
