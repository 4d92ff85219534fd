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

  it("never blocks another account's correct login from the same address", async () => {
    for (let i = 0; i < 12; i++) {
      await graphql(server.url, LOGIN, { input: { username: "mttq", password: `lai-sai-${i}` } });
    }
    const colleague = await graphql(server.url, LOGIN, { input: { username: "vanphong", password: TEST_PASSWORD } });
    expect(colleague.body.data.login.__typename).toBe("LoginPayload");
  });
});

/** Signs in from the address a trusted reverse proxy names in X-Forwarded-For. */
async function loginFrom(url: string, address: string, username: string, password: string) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ query: LOGIN, variables: { input: { username, password } } }),
  });
  return ((await res.json()) as { data: { login: { __typename: string } } }).data.login.__typename;
}

describe("sign-in throttling per account, per account and address, and per address", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase, {
      trustProxy: "loopback",
      loginLimits: {
        accountAddressFailures: 3,
        accountFailures: 5,
        addressSlowAfter: 6,
        addressDelayStepMs: 400,
        addressMaxDelayMs: 800,
      },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("blocks an account at the address that kept failing, not the same account elsewhere", async () => {
    for (let i = 0; i < 3; i++) {
      expect(await loginFrom(server.url, "203.0.113.1", "mttq", `sai-${i}`)).toBe("InvalidCredentials");
    }
    expect(await loginFrom(server.url, "203.0.113.1", "mttq", TEST_PASSWORD)).toBe("TooManyAttempts");
    expect(await loginFrom(server.url, "203.0.113.2", "mttq", TEST_PASSWORD)).toBe("LoginPayload");
  });

  it("blocks an account guessed from many addresses, everywhere", async () => {
    for (let i = 0; i < 5; i++) {
      expect(await loginFrom(server.url, `198.51.100.${i}`, "kt.canbo", `sai-${i}`)).toBe("InvalidCredentials");
    }
    expect(await loginFrom(server.url, "198.51.100.200", "kt.canbo", TEST_PASSWORD)).toBe("TooManyAttempts");
  });

  it("slows, but never refuses, an address that failed for many accounts", async () => {
    const accounts = ["admin", "vanphong", "pct.kinhte", "vhxh.canbo", "kt.truongphong", "khong-co-ai", "ai-do"];
    for (const username of accounts) {
      expect(await loginFrom(server.url, "192.0.2.9", username, "sai-mat-khau")).toBe("InvalidCredentials");
    }
    const started = performance.now();
    expect(await loginFrom(server.url, "192.0.2.9", "vanphong", TEST_PASSWORD)).toBe("LoginPayload");
    expect(performance.now() - started).toBeGreaterThanOrEqual(750);
  });
});
