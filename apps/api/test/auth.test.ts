// Sign-in over HTTP: tokens, `me`, logout revoking the token, one answer for unknown user and
// wrong password, validation of empty input, throttling after 10 failures, and the audit trail.
import { createEmbeddedTestDatabase } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, login, startTestServer, TEST_PASSWORD, type TestServer } from "./support/server.ts";

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginPayload { token expiresAt viewer { username roles } }
      ... on Error { code message }
      ... on ValidationError { issues { path message } }
      ... on TooManyAttempts { retryAfterSeconds }
    }
  }
`;
const ME = "{ me { username displayName roles unit { name } jurisdiction { code } areas { code } } }";

describe("sign-in", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("returns a token and the viewer; `me` then tells who is signed in with roles, unit and areas", async () => {
    const res = await graphql(server.url, LOGIN, { input: { username: "pct.kinhte", password: TEST_PASSWORD } });
    expect(res.body.data.login).toMatchObject({
      __typename: "LoginPayload",
      viewer: { username: "pct.kinhte", roles: ["LEADER"] },
    });
    const me = await graphql(server.url, ME, {}, res.body.data.login.token);
    expect(me.body.data.me).toMatchObject({ username: "pct.kinhte", jurisdiction: { code: "10537" } });
    expect(me.body.data.me.areas.map((a: { code: string }) => a.code)).toContain("ECONOMY");
    const staff = await graphql(server.url, ME, {}, await login(server.url, "kt.canbo"));
    expect(staff.body.data.me).toMatchObject({
      roles: ["UNIT_STAFF"],
      unit: { name: "Phòng Kinh tế, Hạ tầng và Đô thị" },
    });
  });

  it("gives the same InvalidCredentials answer for an unknown user and a wrong password", async () => {
    const unknown = await graphql(server.url, LOGIN, { input: { username: "khong-co-ai", password: "x" } });
    const wrong = await graphql(server.url, LOGIN, { input: { username: "admin", password: "sai-mat-khau" } });
    expect(unknown.body.data.login).toEqual(wrong.body.data.login);
    expect(wrong.body.data.login).toMatchObject({ __typename: "InvalidCredentials", code: "INVALID_CREDENTIALS" });
  });

  it("says which field is empty, in Vietnamese", async () => {
    const res = await graphql(server.url, LOGIN, { input: { username: " ", password: "" } });
    expect(res.body.data.login.__typename).toBe("ValidationError");
    expect(res.body.data.login.issues).toContainEqual({ path: ["input", "username"], message: "Nhập tên đăng nhập." });
    expect(res.body.data.login.message).toContain("Nhập tên đăng nhập");
    const noPassword = await graphql(server.url, LOGIN, { input: { username: "admin", password: "" } });
    expect(noPassword.body.data.login.issues).toContainEqual({
      path: ["input", "password"],
      message: "Nhập mật khẩu.",
    });
  });

  it("logout revokes the token: the same token is anonymous afterwards", async () => {
    const token = await login(server.url, "vanphong");
    expect((await graphql(server.url, ME, {}, token)).body.data.me.username).toBe("vanphong");
    expect((await graphql(server.url, "mutation { logout }", {}, token)).body.data.logout).toBe(true);
    expect((await graphql(server.url, ME, {}, token)).body.data.me).toBeNull();
  });

  it("records sign-in and sign-out in the audit log", async () => {
    const events = await server.test.db.prisma.auditEvent.findMany({ where: { entityType: "Session" } });
    expect(events.map((e) => e.name)).toEqual(expect.arrayContaining(["session.created", "session.revoked"]));
  });
});

describe("sign-in throttling", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("blocks a username after 10 failures in 15 minutes, even with the right password", async () => {
    for (let i = 0; i < 10; i++) {
      const res = await graphql(server.url, LOGIN, { input: { username: "mttq", password: `sai-${i}` } });
      expect(res.body.data.login.__typename).toBe("InvalidCredentials");
    }
    const blocked = await graphql(server.url, LOGIN, { input: { username: "mttq", password: TEST_PASSWORD } });
    expect(blocked.body.data.login.__typename).toBe("TooManyAttempts");
    expect(blocked.body.data.login.retryAfterSeconds).toBeGreaterThan(0);
  });
});
