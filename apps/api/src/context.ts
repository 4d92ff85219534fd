// The per-request GraphQL context shared by every schema module.
import type { Prisma } from "@kehoach/db";
import type { Clock } from "@kehoach/domain";
import type { LoginLimiter } from "./auth/rateLimit.ts";
import type { SessionCookie } from "./auth/sessionCookie.ts";
import type { Viewer } from "./auth/viewer.ts";

export interface Context {
  prisma: Prisma;
  viewer: Viewer;
  requestId: string;
  ip: string;
  userAgent: string | null;
  loginLimiter: LoginLimiter;
  /** The console's session cookie on this request's answer (login sets it, logout clears it). */
  sessionCookie: SessionCookie;
  /** "Now" for every decision and timestamp of the request (KEHOACH_NOW starts it at a given instant). */
  clock: Clock;
  /** Set by `login` so the payload may show the user this anonymous request just signed in. */
  signedInUserId?: string;
}
