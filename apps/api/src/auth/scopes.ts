// Scope loaders computed once per request from the viewer: the vocabulary of authorization rules
// that each schema module uses beside its own types.
import type { Role } from "@kehoach/db";
import type { Viewer } from "./viewer.ts";

export function authScopesFor(viewer: Viewer) {
  return {
    public: true,
    authenticated: viewer.kind !== "anonymous",
    signedIn: viewer.kind === "user" && viewer.sessionId !== null,
    roles: (roles: Role[]) => roles.some((role) => viewer.roles.includes(role)),
    unitMember: (unitId: string) => viewer.unitIds.includes(unitId),
    areaLeader: (areaId: string) =>
      viewer.roles.includes("LEADER") && (viewer.allAreas || viewer.areaIds.includes(areaId)),
    apiScope: (scope: string) => viewer.kind === "apiClient" && viewer.scopes.includes(scope),
  };
}
