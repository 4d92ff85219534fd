// The auth provider on a stubbed API: `me` is asked once for react-admin's checks and the landing
// page's early start, and forgotten when the session ends.
import { LoginDocument, LogoutDocument, MeDocument, type ViewerFieldsFragment } from "@kehoach/schema";
import type { DocumentNode } from "graphql";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAuthProvider, currentViewer } from "./authProvider.ts";
import { tokenStore } from "./tokenStore.ts";

const chairman: ViewerFieldsFragment = {
  id: "VXNlcjox",
  username: "chutich",
  displayName: "Vũ Công Thảo",
  title: "Chủ tịch UBND phường",
  roles: ["LEADER"],
  unit: null,
  areas: [{ id: "QXJlYTox", code: "ECONOMY", name: "Kinh tế, hạ tầng và đô thị" }],
  jurisdiction: { id: "SnVyaXNkaWN0aW9uOjE=", name: "Phường Tân Hưng" },
};

const session = () => ({ token: "phien-1", expiresAt: new Date(Date.now() + 3_600_000).toISOString() });

function stubClient() {
  const asked: DocumentNode[] = [];
  const answer = (document: DocumentNode) => {
    asked.push(document);
    if (document === MeDocument) return { data: { me: chairman } };
    if (document === LogoutDocument) return { data: { logout: true } };
    if (document === LoginDocument) {
      return { data: { login: { __typename: "LoginPayload", ...session(), viewer: chairman } } };
    }
    throw new Error("unexpected document");
  };
  const client = {
    query: (document: DocumentNode) => ({ toPromise: async () => answer(document) }),
    mutation: (document: DocumentNode) => ({ toPromise: async () => answer(document) }),
  };
  const meRequests = () => asked.filter((document) => document === MeDocument).length;
  return { client: client as unknown as Parameters<typeof createAuthProvider>[0], meRequests };
}

describe("authProvider", () => {
  beforeEach(() => tokenStore.set(session()));
  afterEach(() => tokenStore.clear());

  it("asks the API for `me` once for checkAuth, getPermissions, getIdentity and the landing page", async () => {
    const { client, meRequests } = stubClient();
    const early = currentViewer(client);
    const auth = createAuthProvider(client);
    await auth.checkAuth({});
    expect(await auth.getPermissions?.({})).toMatchObject({ username: "chutich", roles: ["LEADER"] });
    expect(await auth.getIdentity?.()).toMatchObject({ fullName: "Vũ Công Thảo" });
    expect(await early).toEqual(chairman);
    expect(meRequests()).toBe(1);
  });

  it("forgets the viewer on logout: the next sign-in check asks the API again", async () => {
    const { client, meRequests } = stubClient();
    const auth = createAuthProvider(client);
    await auth.checkAuth({});
    await auth.logout({});
    expect(tokenStore.get()).toBeNull();
    await expect(auth.checkAuth({})).rejects.toThrow("app.auth.signed_out");

    tokenStore.set(session());
    await auth.checkAuth({});
    expect(meRequests()).toBe(2);
  });

  it("forgets the viewer when the API says the session has lapsed", async () => {
    const { client, meRequests } = stubClient();
    const auth = createAuthProvider(client);
    await auth.checkAuth({});
    await expect(auth.checkError({ status: 401 })).rejects.toThrow("app.auth.signed_out");
    expect(tokenStore.get()).toBeNull();

    tokenStore.set(session());
    await auth.getPermissions?.({});
    expect(meRequests()).toBe(2);
  });

  it("keeps the viewer the login answered with, without asking `me`", async () => {
    tokenStore.clear();
    const { client, meRequests } = stubClient();
    const auth = createAuthProvider(client);
    await auth.login({ username: " chutich ", password: "mat-khau" });
    expect(await auth.getPermissions?.({})).toMatchObject({ userId: chairman.id });
    expect(meRequests()).toBe(0);
  });
});
