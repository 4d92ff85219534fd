// react-admin's authProvider on the API: login/logout mutations, `me` (asked once, see
// currentViewer) for who is signed in, the identity and the permissions (roles, unit, areas).
// The session itself is the API's HttpOnly cookie: the console never sees or keeps a token.
// A 401 or an UNAUTHENTICATED error sends the user to the login page.
import { LoginDocument, LogoutDocument, MeDocument, type ViewerFieldsFragment } from "@kehoach/schema";
import type { Client } from "@urql/core";
import type { AuthProvider } from "react-admin";
import { canAccess, type Permissions, permissionsOf } from "./permissions.ts";

type AuthClient = Pick<Client, "query" | "mutation">;

/**
 * `me` of the session, asked once per client and shared: checkAuth, getPermissions and getIdentity
 * read it, and so does the landing page to start its data before react-admin has booted. Replaced
 * by the viewer a login answers with; forgotten on logout, a failed check and a lapsed session.
 */
const viewers = new WeakMap<AuthClient, Promise<ViewerFieldsFragment | null>>();

export function currentViewer(client: AuthClient): Promise<ViewerFieldsFragment | null> {
  const known = viewers.get(client);
  if (known) return known;
  const viewer = client
    .query(MeDocument, {}, { requestPolicy: "network-only" })
    .toPromise()
    .then((result) => {
      if (result.error) throw new Error(result.error.message);
      return result.data?.me ?? null;
    });
  viewers.set(client, viewer);
  viewer.catch(() => {
    if (viewers.get(client) === viewer) viewers.delete(client);
  });
  return viewer;
}

export function createAuthProvider(client: AuthClient): AuthProvider {
  const signOut = () => {
    viewers.delete(client);
  };

  return {
    async login({ username, password }: { username: string; password: string }) {
      const result = await client
        .mutation(LoginDocument, { input: { username: username.trim(), password } })
        .toPromise();
      if (result.error) throw new Error(result.error.networkError ? "app.auth.network" : result.error.message);
      const login = result.data?.login;
      if (!login) throw new Error("app.auth.network");
      if (login.__typename !== "LoginPayload") {
        throw new Error(login.__typename === "InvalidCredentials" ? "ra.auth.sign_in_error" : login.message);
      }
      viewers.set(client, Promise.resolve(login.viewer));
    },
    async logout() {
      // Ends the session and clears its cookie; an already lapsed session has nothing to end.
      if (await currentViewer(client).catch(() => null)) await client.mutation(LogoutDocument, {}).toPromise();
      signOut();
    },
    async checkAuth() {
      if (!(await currentViewer(client))) {
        signOut();
        throw new Error("app.auth.signed_out");
      }
    },
    async checkError(error: { status?: number; body?: { code?: string } }) {
      if (error?.status === 401 || error?.body?.code === "UNAUTHENTICATED") {
        signOut();
        throw new Error("app.auth.signed_out");
      }
    },
    async getIdentity() {
      const me = await currentViewer(client);
      if (!me) throw new Error("app.auth.signed_out");
      return { id: me.id, fullName: me.displayName, title: me.title, unit: me.unit?.name ?? null };
    },
    async getPermissions(): Promise<Permissions | undefined> {
      const me = await currentViewer(client);
      return me ? permissionsOf(me) : undefined;
    },
    async canAccess({ resource, action }: { resource: string; action: string }) {
      const me = await currentViewer(client).catch(() => null);
      return canAccess(me ? permissionsOf(me) : undefined, resource, action);
    },
  };
}
