// Bearer tokens: random, shown once, stored only as a SHA-256 hash (sessions and API tokens).
import crypto from "node:crypto";

export const SESSION_PREFIX = "khs_";
export const API_TOKEN_PREFIX = "kht_";

export function newToken(prefix: string): { token: string; hash: string; display: string } {
  const token = `${prefix}${crypto.randomBytes(32).toString("base64url")}`;
  return { token, hash: hashToken(token), display: token.slice(0, prefix.length + 6) };
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? "");
  return match?.[1] ?? null;
}
