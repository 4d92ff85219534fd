// What every answer carries at the edge: security headers (helmet) fit for the console, and
// `Cache-Control: no-store` on GraphQL answers (they depend on who asks).
import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * The console is a Vite build: scripts only from this origin; MUI/emotion inject <style> tags, hence
 * 'unsafe-inline' for styles only; the favicon is a data: URL. No page may frame the console.
 * HSTS is left to the TLS-terminating reverse proxy (README), which knows the host names it serves.
 */
export const securityHeaders: RequestHandler = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: "deny" },
  referrerPolicy: { policy: "same-origin" },
  strictTransportSecurity: false,
});

export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader("Cache-Control", "no-store");
  next();
};

/**
 * Express's "trust proxy" from TRUST_PROXY: a number of proxy hops, or a comma-separated list of
 * the proxies' addresses/subnets (`loopback`, `10.0.0.5`, `10.0.0.0/8`). Then the client's address
 * (throttling, audit) comes from X-Forwarded-For and HTTPS from X-Forwarded-Proto. Never `true`:
 * any client could then claim any address.
 */
export function trustProxySetting(value: string): number | string[] {
  return /^\d+$/.test(value) ? Number(value) : value.split(",").map((part) => part.trim());
}
