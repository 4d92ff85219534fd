// The session token of the signed-in user, kept in localStorage so that a reload keeps the
// session (the API revokes it on logout and when it expires).
const KEY = "kehoach.session";

export interface StoredSession {
  token: string;
  expiresAt: string;
}

export const tokenStore = {
  get(): StoredSession | null {
    try {
      const raw = globalThis.localStorage?.getItem(KEY);
      if (!raw) return null;
      const session = JSON.parse(raw) as StoredSession;
      if (!session.token || Date.parse(session.expiresAt) <= Date.now()) return null;
      return session;
    } catch {
      return null;
    }
  },
  set(session: StoredSession): void {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(session));
  },
  clear(): void {
    globalThis.localStorage?.removeItem(KEY);
  },
};
