// The console's session and the HTTP edge: the session rides in an HttpOnly, SameSite=Strict cookie
// (Secure behind an HTTPS proxy) that cross-site requests cannot use, Bearer tokens keep working,
// logout clears the cookie and is audited with what ended; API_CLIENT accounts have no password;
// answers carry security headers and are never cached; `%` and `_` in a search match themselves.
import { createEmbeddedTestDatabase, testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../src/auth/sessionCookie.ts";
import { graphql, login, startTestServer, TEST_PASSWORD, type TestServer } from "./support/server.ts";

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { __typename ... on LoginPayload { token } } }`;
const ME = "{ me { username } }";
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

/** POSTs as a browser would: the given headers, the cookie (if any), and the body as it is. */
async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { res, json: text.startsWith("{") ? JSON.parse(text) : null, setCookie: res.headers.getSetCookie() };
}

/** The session cookie a login answer set, as the browser sends it back. */
function cookieOf(setCookie: string[]): string {
  const line = setCookie.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!line) throw new Error(`no session cookie in ${JSON.stringify(setCookie)}`);
  return line.split(";")[0] as string;
}

describe("the console's session cookie", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase, { trustProxy: "loopback" });
  });
  afterAll(async () => {
    await server?.close();
  });

  const signIn = (headers: Record<string, string> = {}) =>
    post(
      server.url,
      { query: LOGIN, variables: { input: { username: "vanphong", password: TEST_PASSWORD } } },
      headers,
    );

  it("is set by login as HttpOnly, SameSite=Strict, for the whole site (GraphQL and the report downloads), Secure only over HTTPS", async () => {
    const plain = await signIn();
    expect(plain.json.data.login.__typename).toBe("LoginPayload");
    const attributes = plain.setCookie.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(attributes).toMatch(/; HttpOnly/);
    expect(attributes).toMatch(/; SameSite=Strict/);
    expect(attributes).toMatch(/; Path=\/(;|$)/);
    // A lifetime, not a date: the browser keeps it whatever the server's clock says.
    expect(attributes).toMatch(/; Max-Age=43200/);
    expect(attributes).not.toMatch(/Expires=/);
    expect(attributes).not.toMatch(/Secure/);
    const proxied = await signIn({ "x-forwarded-proto": "https" });
    expect(proxied.setCookie.find((c) => c.startsWith(`${SESSION_COOKIE}=`))).toMatch(/; Secure/);
  });

  it("signs the console in by the cookie alone; `me` says who it is", async () => {
    const cookie = cookieOf((await signIn()).setCookie);
    const me = await post(server.url, { query: ME }, { cookie });
    expect(me.json.data.me).toEqual({ username: "vanphong" });
  });

  it("is refused to a cross-site form post (CSRF): no JSON body, no preflight header", async () => {
    const cookie = cookieOf((await signIn()).setCookie);
    const forged = await post(server.url, "mutation { logout }", { cookie, "content-type": "text/plain" });
    expect(forged.res.status).toBe(400);
    expect((await post(server.url, { query: ME }, { cookie })).json.data.me).toEqual({ username: "vanphong" });
    const viaGet = await fetch(`${server.url}/graphql?query=${encodeURIComponent(ME)}`, { headers: { cookie } });
    expect(viaGet.status).toBe(400);
  });

  it("lets an Authorization header win over the cookie, and never takes an API token from a cookie", async () => {
    const cookie = cookieOf((await signIn()).setCookie);
    const staff = await login(server.url, "kt.canbo");
    const both = await post(server.url, { query: ME }, { cookie, authorization: `Bearer ${staff}` });
    expect(both.json.data.me).toEqual({ username: "kt.canbo" });
    const wrongBearer = await post(server.url, { query: ME }, { cookie, authorization: "Bearer khs_gia-mao" });
    expect(wrongBearer.json.data.me).toBeNull();
    const admin = await login(server.url, "admin");
    const created = await graphql(
      server.url,
      `mutation { createApiToken(input: { name: "Cổng dữ liệu", scopes: [PLAN_READ] }) { ... on CreateApiTokenPayload { token } } }`,
      {},
      admin,
    );
    const apiToken = created.body.data.createApiToken.token as string;
    expect((await graphql(server.url, "{ plans(first: 1) { totalCount } }", {}, apiToken)).body.errors).toBeUndefined();
    const asCookie = await post(server.url, { query: ME }, { cookie: `${SESSION_COOKIE}=${apiToken}` });
    expect(asCookie.json.data.me).toBeNull();
  });

  it("is cleared by logout, which ends the session and audits what ended", async () => {
    const cookie = cookieOf((await signIn()).setCookie);
    const out = await post(server.url, { query: "mutation { logout }" }, { cookie });
    expect(out.json.data.logout).toBe(true);
    const cleared = out.setCookie.find((c) => c.startsWith(`${SESSION_COOKIE}=;`));
    expect(cleared).toMatch(/Max-Age=0/);
    // Even a browser that kept the old cookie is signed out.
    expect((await post(server.url, { query: ME }, { cookie })).json.data.me).toBeNull();
    const event = await server.test.db.prisma.auditEvent.findFirstOrThrow({
      where: { name: "session.revoked" },
      orderBy: { createdAt: "desc" },
    });
    expect(event.before).toMatchObject({ username: "vanphong", revokedAt: null });
    expect(event.after).toMatchObject({ username: "vanphong", revokedAt: expect.any(String) });
    expect((event.before as { expiresAt: string }).expiresAt).toBe((event.after as { expiresAt: string }).expiresAt);
  });
});

describe("API_CLIENT accounts", () => {
  let server: TestServer;
  let admin: string;
  let client: { id: string; username: string };
  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase);
    admin = await login(server.url, "admin");
    const created = await graphql(
      server.url,
      `mutation { createApiToken(input: { name: "Cổng thành phố", scopes: [PLAN_READ] }) {
        ... on CreateApiTokenPayload { apiToken { user { id username } } } } }`,
      {},
      admin,
    );
    client = created.body.data.createApiToken.apiToken.user;
  });
  afterAll(async () => {
    await server?.close();
  });

  it("cannot be given a password: a typed error in Vietnamese, nothing stored", async () => {
    const res = await graphql(
      server.url,
      `mutation($input: SetUserPasswordInput!) { setUserPassword(input: $input) {
        __typename ... on ValidationError { code issues { path message } } } }`,
      { input: { userId: client.id, newPassword: "mat-khau-cho-ung-dung" } },
      admin,
    );
    expect(res.body.data.setUserPassword).toEqual({
      __typename: "ValidationError",
      code: "VALIDATION_FAILED",
      issues: [
        {
          path: ["input", "userId"],
          message: `Tài khoản ${client.username} là tài khoản ứng dụng (API_CLIENT): không có mật khẩu, chỉ dùng token API.`,
        },
      ],
    });
    const stored = await server.test.db.prisma.user.findFirstOrThrow({ where: { username: client.username } });
    expect(stored.passwordHash).toBeNull();
  });

  it("cannot sign in, even with a password put into the database by hand", async () => {
    const vanphong = await server.test.db.prisma.user.findFirstOrThrow({ where: { username: "vanphong" } });
    await server.test.db.prisma.user.updateMany({
      where: { username: client.username },
      data: { passwordHash: vanphong.passwordHash },
    });
    const res = await graphql(server.url, LOGIN, { input: { username: client.username, password: TEST_PASSWORD } });
    expect(res.body.data.login.__typename).toBe("InvalidCredentials");
  });
});

describe("the HTTP edge", () => {
  let server: TestServer;
  let admin: string;
  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase);
    admin = await login(server.url, "admin");
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers GraphQL with security headers and Cache-Control: no-store", async () => {
    for (const token of [undefined, admin]) {
      const { res } = await post(server.url, { query: ME }, token ? { authorization: `Bearer ${token}` } : {});
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("referrer-policy")).toBe("same-origin");
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
  });
});

describe.each(testDatabaseKinds)("search on the $kind database", ({ create }) => {
  let server: TestServer;
  let admin: string;
  beforeAll(async () => {
    server = await startTestServer(create);
    admin = await login(server.url, "admin");
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  const count = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await graphql(server.url, query, variables, admin);
    expect(res.body.errors).toBeUndefined();
    return res.body.data;
  };

  it("matches `%` and `_` literally in users and units, not as wildcards", async () => {
    const all = await count("{ users(first: 1) { totalCount } units(first: 1) { totalCount } }");
    expect(all.users.totalCount).toBeGreaterThan(0);
    expect(all.units.totalCount).toBeGreaterThan(0);
    for (const search of ["%", "_", "\\"]) {
      const found = await count(
        "query($s: String) { users(first: 1, search: $s) { totalCount } units(first: 1, search: $s) { totalCount } }",
        { s: search },
      );
      expect(found).toEqual({ users: { totalCount: 0 }, units: { totalCount: 0 } });
    }
    const words = await count(`{ users(first: 1, search: "vanph") { totalCount } }`);
    expect(words.users.totalCount).toBe(1);
  });

  it("matches `%` and `_` literally in a plan's indicators and tasks", async () => {
    const prisma = server.test.db.prisma;
    const plan = await prisma.plan.findFirstOrThrow({ where: { year: 2026 } });
    const indicators = await prisma.indicator.findMany({
      where: { planId: plan.id, parentId: null, archivedAt: null },
    });
    const tasks = await prisma.task.findMany({ where: { planId: plan.id, archivedAt: null } });
    const literally = (texts: (string | null)[], s: string) => texts.some((t) => t?.toLowerCase().includes(s));
    const query = `query($id: ID!, $s: String) { plan(id: $id) {
      indicators(first: 1, search: $s) { totalCount } tasks(first: 1, search: $s) { totalCount } } }`;
    for (const search of ["%", "_"]) {
      const found = await count(query, { id: gid("Plan", plan.id), s: search });
      expect(found.plan.indicators.totalCount).toBe(
        indicators.filter((i) => literally([i.code, i.name, i.sourceText], search)).length,
      );
      expect(found.plan.tasks.totalCount).toBe(
        tasks.filter((t) => literally([t.code, t.title, t.content], search)).length,
      );
      expect(found.plan.tasks.totalCount).toBeLessThan(tasks.length);
    }
  });
});
