// The console's session rides in a cookie the page's scripts cannot read (HttpOnly), sent only by
// the console's own pages (SameSite=Strict) and only over HTTPS when the request came over HTTPS
// (Secure; behind a reverse proxy, TRUST_PROXY lets Express believe its X-Forwarded-Proto).
// Cross-site forgery is refused before the cookie counts: Apollo Server's CSRF prevention accepts
// only requests a page cannot send without a preflight (a JSON body or `apollo-require-preflight`).
// Other teams' clients keep sending `Authorization: Bearer <token>`, which wins over the cookie.
import { parseCookie, stringifySetCookie } from "cookie";
import type { Request, Response } from "express";
import { bearerToken, SESSION_PREFIX } from "./tokens.ts";

export const SESSION_COOKIE = "kehoach_session";
/**
 * GraphQL and the compiled report's downloads (/bao-cao/thang/…, plain links the browser follows)
 * both need the session, so it goes to the whole site; SameSite=Strict keeps other sites' links from
 * carrying it, and those downloads only read.
 */
const COOKIE_PATH = "/";

export interface SessionCookie {
  /**
   * A lifetime, not an expiry date: the request clock may be set (KEHOACH_NOW) away from the
   * browser's, which would drop a cookie whose Expires lies in its past.
   */
  set(token: string, maxAgeSeconds: number): void;
  clear(): void;
}

/** For operations run inside the server (warm-up): there is no browser to hold a cookie. */
export const noSessionCookie: SessionCookie = { set() {}, clear() {} };

export function sessionCookieOf(req: Request, res: Response): SessionCookie {
  const write = (value: string, maxAge: number) =>
    res.append(
      "Set-Cookie",
      stringifySetCookie({
        name: SESSION_COOKIE,
        value,
        path: COOKIE_PATH,
        maxAge,
        httpOnly: true,
        sameSite: "strict",
        secure: req.secure,
      }),
    );
  return {
    set: (token, maxAgeSeconds) => write(token, maxAgeSeconds),
    clear: () => write("", 0),
  };
}

/**
 * The token a request authenticates with: the Authorization header's when there is one (a
 * wrong one is not rescued by a cookie), else the session cookie's (sessions only, never an API token).
 */
export function requestToken(req: Pick<Request, "headers">): string | null {
  if (req.headers.authorization !== undefined) return bearerToken(req.headers.authorization);
  const fromCookie = req.headers.cookie ? parseCookie(req.headers.cookie)[SESSION_COOKIE] : undefined;
  return fromCookie?.startsWith(SESSION_PREFIX) ? fromCookie : null;
}
