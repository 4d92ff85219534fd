// The auth provider on a stubbed API: the session is the API's cookie, so who is signed in is
// what `me` answers; `me` is asked once for react-admin's checks and the landing page's early start,
// and forgotten when the session ends. The console never receives or keeps a token.
import { LoginDocument, LogoutDocument, MeDocument, type ViewerFieldsFragment } from "@kehoach/schema";
import type { DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";
import { createAuthProvider, currentViewer } from "./authProvider.ts";

const chairman: ViewerFieldsFragment = {
  id: "VXNlcjox",
  username: "chutich",
  displayName: "Vũ Công Thảo",
  title: "Chủ tịch UBND phường",
  roles: ["LEADER"],
  unit: null,
  jurisdiction: { id: "SnVyaXNkaWN0aW9uOjE=", code: "10537", name: "Phường Tân Hưng", kindValue: "WARD" },
};

/** An API whose cookie session is on or off: login turns it on, logout off, `me` tells which. */
function stubClient(signedIn = true) {
  const asked: DocumentNode[] = [];
  let session = signedIn;
  const answer = (document: DocumentNode) => {
    asked.push(document);
    if (document === MeDocument) return { data: { me: session ? chairman : null } };
    if (document === LogoutDocument) {
      session = false;
      return { data: { logout: true } };
    }
    if (document === LoginDocument) {
      session = true;
      return { data: { login: { __typename: "LoginPayload", viewer: chairman } } };
    }
    throw new Error("unexpected document");
  };
  const client = {
    query: (document: DocumentNode) => ({ toPromise: async () => answer(document) }),
    mutation: (document: DocumentNode) => ({ toPromise: async () => answer(document) }),
  };
  const count = (document: DocumentNode) => asked.filter((d) => d === document).length;
  return {
    client: client as unknown as Parameters<typeof createAuthProvider>[0],
    meRequests: () => count(MeDocument),
    logoutRequests: () => count(LogoutDocument),
  };
}

describe("authProvider", () => {
  it("asks the API for `me` once for checkAuth, getPermissions, getIdentity and the landing page", async () => {
    const { client, meRequests } = stubClient();
    const early = currentViewer(client);
    const auth = createAuthProvider(client);
    await auth.checkAuth({});
    expect(await auth.getPermissions?.({})).toMatchObject({
      username: "chutich",
      roles: ["LEADER"],
      jurisdictionKind: "WARD",
    });
    expect(await auth.getIdentity?.()).toMatchObject({ fullName: "Vũ Công Thảo" });
    expect(await early).toEqual(chairman);
    expect(meRequests()).toBe(1);
  });

  it("sends a visitor without a session to the login page, as `me` says", async () => {
    const { client } = stubClient(false);
    const auth = createAuthProvider(client);
    await expect(auth.checkAuth({})).rejects.toThrow("app.auth.signed_out");
    expect(await auth.getPermissions?.({})).toBeUndefined();
  });

  it("ends the session on logout and forgets the viewer: the next check asks the API again", async () => {
    const { client, meRequests, logoutRequests } = stubClient();
    const auth = createAuthProvider(client);
    await auth.checkAuth({});
    await auth.logout({});
    expect(logoutRequests()).toBe(1);
    await expect(auth.checkAuth({})).rejects.toThrow("app.auth.signed_out");
    expect(meRequests()).toBe(2);
  });

  it("asks nothing to end when the session had already lapsed", async () => {
    const { client, logoutRequests } = stubClient(false);
    await createAuthProvider(client).logout({});
    expect(logoutRequests()).toBe(0);
  });

  it("forgets the viewer when the API says the session has lapsed", async () => {
    const { client, meRequests } = stubClient();
    const auth = createAuthProvider(client);
    await auth.checkAuth({});
    await expect(auth.checkError({ status: 401 })).rejects.toThrow("app.auth.signed_out");
    await auth.getPermissions?.({});
    expect(meRequests()).toBe(2);
  });

  it("keeps the viewer the login answered with, without asking `me`", async () => {
    const { client, meRequests } = stubClient(false);
    const auth = createAuthProvider(client);
    await auth.login({ username: " chutich ", password: "mat-khau" });
    expect(await auth.getPermissions?.({})).toMatchObject({ userId: chairman.id });
    expect(meRequests()).toBe(0);
  });
});
