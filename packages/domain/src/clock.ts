// "Now" as one injectable value. Production reads the system clock; tests and demos of a given day
// start a clock at a chosen instant (KEHOACH_NOW in the API), so that nothing the product shows or
// decides depends on the day a test happens to run.

import { daysInMonth } from "./periods.ts";

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** An instant with its time zone, e.g. "2026-12-14T09:00:00+07:00"; a bare day is midnight in Vietnam. */
export function parseInstant(text: string): Date {
  const value = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00+07:00` : text;
  const parts = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(value);
  const [year, month, day] = [Number(parts?.[1]), Number(parts?.[2]), Number(parts?.[3])];
  const instant = new Date(value);
  // Date rolls 30 February over into March: the day must exist in its month.
  const dayExists = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (!parts || !dayExists || Number.isNaN(instant.getTime())) {
    throw new RangeError(
      `Thời điểm không hợp lệ: "${text}" — viết YYYY-MM-DD hoặc YYYY-MM-DDThh:mm:ss+07:00 / invalid instant`,
    );
  }
  return instant;
}

/** A clock that reads `start` when created and then runs on at the pace of `elapsed` (real time). */
export function clockStartingAt(start: Date | string, elapsed: () => number = () => performance.now()): Clock {
  const startMs = typeof start === "string" ? parseInstant(start).getTime() : start.getTime();
  const origin = elapsed();
  return { now: () => new Date(startMs + (elapsed() - origin)) };
}

/** A clock that always reads the same instant. */
export function fixedClock(at: Date | string): Clock {
  const ms = typeof at === "string" ? parseInstant(at).getTime() : at.getTime();
  return { now: () => new Date(ms) };
}

/** The process's clock from its environment: started at KEHOACH_NOW when set, else the system clock. */
export function clockFromEnv(env: { readonly KEHOACH_NOW?: string | undefined }): Clock {
  return env.KEHOACH_NOW ? clockStartingAt(env.KEHOACH_NOW) : systemClock;
}
