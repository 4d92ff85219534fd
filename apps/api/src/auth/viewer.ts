// Who is asking: resolved once per request from its token (a session or an API token)
// into roles, unit, areas and jurisdiction — the input of every scope and row filter.
import type { Prisma, Role } from "@kehoach/db";
import { type Actor, REPORT_DRAFT_ROLES } from "@kehoach/domain";
import { GenerationCache } from "../cache/generationCache.ts";
import { hashToken, SESSION_PREFIX } from "./tokens.ts";

/** The actor of the access policy (packages/domain access/policy.ts), with what the API also needs. */
export interface Viewer extends Actor {
  kind: "anonymous" | "user" | "apiClient";
  userId: string | null;
  username: string | null;
  jurisdictionId: string | null;
  /** Jurisdictions directly below the viewer's (a city's wards): what a city's roles reach. */
  belowJurisdictionIds: string[];
  roles: Role[];
  /** Units the viewer reports for: through a UNIT_HEAD / UNIT_STAFF grant, or its own unit when it holds a role that fills reports. */
  unitIds: string[];
  /** Areas in charge (LEADER grants); `allAreas` when a leader grant has no area restriction. */
  areaIds: string[];
  allAreas: boolean;
  /** Read scopes of an API token. */
  scopes: string[];
  sessionId: string | null;
  tokenId: string | null;
}

export const anonymousViewer: Viewer = {
  kind: "anonymous",
  userId: null,
  username: null,
  jurisdictionId: null,
  belowJurisdictionIds: [],
  roles: [],
  unitIds: [],
  areaIds: [],
  allAreas: false,
  scopes: [],
  sessionId: null,
  tokenId: null,
};

const userWithGrants = {
  id: true,
  username: true,
  jurisdictionId: true,
  unitId: true,
  archivedAt: true,
  jurisdiction: { select: { children: { select: { id: true } } } },
  roleGrants: { select: { role: true, unitId: true, areas: { select: { areaId: true } } } },
} as const;

function viewerOf(
  user: {
    id: string;
    username: string;
    jurisdictionId: string;
    jurisdiction: { children: { id: string }[] };
    unitId: string | null;
    roleGrants: { role: Role; unitId: string | null; areas: { areaId: string }[] }[];
  },
  extra: Pick<Viewer, "kind" | "scopes" | "sessionId" | "tokenId">,
): Viewer {
  const roles = [...new Set(user.roleGrants.map((g) => g.role))];
  const unitIds = new Set<string>();
  for (const g of user.roleGrants) if (g.unitId) unitIds.add(g.unitId);
  // The unit a user reports for: its own, when it holds a role that fills reports (the office's staff too).
  if (user.unitId && roles.some((r) => REPORT_DRAFT_ROLES.includes(r))) unitIds.add(user.unitId);
  const leaderGrants = user.roleGrants.filter((g) => g.role === "LEADER");
  return {
    ...extra,
    userId: user.id,
    username: user.username,
    jurisdictionId: user.jurisdictionId,
    belowJurisdictionIds: user.jurisdiction.children.map((child) => child.id),
    roles,
    unitIds: [...unitIds],
    areaIds: [...new Set(leaderGrants.flatMap((g) => g.areas.map((a) => a.areaId)))],
    allAreas: leaderGrants.some((g) => g.areas.length === 0),
  };
}

/** API_CLIENT accounts act only through their API token: they have no password and no session. */
export function isApiClient(user: { roleGrants: { role: Role }[] }): boolean {
  return user.roleGrants.some((g) => g.role === "API_CLIENT");
}

/** How stale `lastUsedAt` may get: one write per session or token per interval, not per request. */
const LAST_USED_INTERVAL_MS = 5 * 60_000;

function needsTouch(lastUsedAt: Date | null, now: Date) {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() > LAST_USED_INTERVAL_MS;
}

/**
 * Viewers by token hash. Any committed write (a logout, a revoked token, a changed role) empties it,
 * except one scoped to a plan's reporting data, which changes no account,
 * and an entry never outlives its token; 30 s bounds how late a change made outside the API is seen.
 */
const viewers = new GenerationCache<Viewer>(30_000, 10_000);

/** Resolves the viewer of a request's token (see requestToken); an unknown, expired or revoked token is anonymous. */
export async function resolveViewer(prisma: Prisma, token: string | null, now: Date): Promise<Viewer> {
  if (!token) return anonymousViewer;
  const tokenHash = hashToken(token);
  const cached = viewers.get(tokenHash, now.getTime());
  if (cached) return cached;
  const stamp = viewers.stamp(tokenHash);
  const viewer = await loadViewer(prisma, token, tokenHash, now);
  if (viewer.expiresAt) {
    viewers.set(
      tokenHash,
      viewer.viewer,
      {
        stamp,
        ttlMs: Math.min(30_000, viewer.expiresAt.getTime() - now.getTime()),
      },
      now.getTime(),
    );
  }
  return viewer.viewer;
}

interface LoadedViewer {
  viewer: Viewer;
  /** When the token stops being valid; null for an anonymous answer (never cached). */
  expiresAt: Date | null;
}

const anonymous: LoadedViewer = { viewer: anonymousViewer, expiresAt: null };
const FAR_FUTURE = new Date(8.64e15);

async function loadViewer(prisma: Prisma, token: string, tokenHash: string, now: Date): Promise<LoadedViewer> {
  if (token.startsWith(SESSION_PREFIX)) {
    const session = await prisma.session.findUnique({
      where: { tokenHash },
      include: { user: { select: userWithGrants } },
    });
    if (
      !session ||
      session.revokedAt ||
      session.expiresAt <= now ||
      session.user.archivedAt ||
      isApiClient(session.user)
    ) {
      return anonymous;
    }
    if (needsTouch(session.lastUsedAt, now)) {
      await prisma.session.update({ where: { id: session.id }, data: { lastUsedAt: now } });
    }
    return {
      viewer: viewerOf(session.user, { kind: "user", scopes: [], sessionId: session.id, tokenId: null }),
      expiresAt: session.expiresAt,
    };
  }
  const apiToken = await prisma.apiToken.findUnique({
    where: { tokenHash },
    include: { user: { select: userWithGrants } },
  });
  if (
    !apiToken ||
    apiToken.revokedAt ||
    (apiToken.expiresAt && apiToken.expiresAt <= now) ||
    apiToken.user.archivedAt
  ) {
    return anonymous;
  }
  if (needsTouch(apiToken.lastUsedAt, now)) {
    await prisma.apiToken.update({ where: { id: apiToken.id }, data: { lastUsedAt: now } });
  }
  return {
    viewer: viewerOf(apiToken.user, {
      kind: "apiClient",
      scopes: apiToken.scopes,
      sessionId: null,
      tokenId: apiToken.id,
    }),
    expiresAt: apiToken.expiresAt ?? FAR_FUTURE,
  };
}
