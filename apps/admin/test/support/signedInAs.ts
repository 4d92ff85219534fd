// An authProvider for screen tests: someone already signed in with one role (and whatever else of
// their permissions the test sets), so a test states only who is looking.
import type { AuthProvider } from "react-admin";
import { canAccess, type Permissions } from "../../src/auth/permissions.ts";

export type Role = Permissions["roles"][number];

export function permissionsFor(role: Role, more: Partial<Permissions> = {}): Permissions {
  return {
    userId: "VXNlcjox",
    username: role.toLowerCase(),
    roles: [role],
    unitId: null,
    unitName: null,
    unitKind: null,
    jurisdictionKind: "WARD",
    ...more,
  };
}

export function signedInAs(role: Role, more: Partial<Permissions> = {}): AuthProvider {
  const permissions = permissionsFor(role, more);
  return {
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getPermissions: async () => permissions,
    getIdentity: async () => ({ id: permissions.userId, fullName: permissions.username }),
    canAccess: async ({ resource, action }) => canAccess(permissions, resource, action),
  };
}
