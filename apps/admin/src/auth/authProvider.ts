// react-admin's authProvider on the API: login/logout mutations, `me` for the identity and the
// permissions (roles, unit, areas). A 401 or an UNAUTHENTICATED error sends the user to the login page.
import { LoginDocument, LogoutDocument, MeDocument, type ViewerFieldsFragment } from "@kehoach/schema";
import type { Client } from "@urql/core";
import type { AuthProvider } from "react-admin";
import { type Permissions, permissionsOf } from "./permissions.ts";
import { tokenStore } from "./tokenStore.ts";

type AuthClient = Pick<Client, "query" | "mutation">;

export function createAuthProvider(client: AuthClient): AuthProvider {
  let viewer: Promise<ViewerFieldsFragment | null> | null = null;
  const currentViewer = () => {
    viewer ??= client
      .query(MeDocument, {}, { requestPolicy: "network-only" })
      .toPromise()
      .then((result) => {
        if (result.error) throw new Error(result.error.message);
        return result.data?.me ?? null;
      });
    viewer.catch(() => {
      viewer = null;
    });
    return viewer;
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
      tokenStore.set({ token: login.token, expiresAt: login.expiresAt });
      viewer = Promise.resolve(login.viewer);
    },
    async logout() {
      if (tokenStore.get()) await client.mutation(LogoutDocument, {}).toPromise();
      tokenStore.clear();
      viewer = null;
    },
    async checkAuth() {
      if (!tokenStore.get() || !(await currentViewer())) {
        tokenStore.clear();
        viewer = null;
        throw new Error("app.auth.signed_out");
      }
    },
    async checkError(error: { status?: number; body?: { code?: string } }) {
      if (error?.status === 401 || error?.body?.code === "UNAUTHENTICATED") {
        tokenStore.clear();
        viewer = null;
        throw new Error("app.auth.signed_out");
      }
    },
    async getIdentity() {
      const me = await currentViewer();
      if (!me) throw new Error("app.auth.signed_out");
      return { id: me.id, fullName: me.displayName, title: me.title, unit: me.unit?.name ?? null };
    },
    async getPermissions(): Promise<Permissions | undefined> {
      const me = tokenStore.get() ? await currentViewer() : null;
      return me ? permissionsOf(me) : undefined;
    },
  };
}
