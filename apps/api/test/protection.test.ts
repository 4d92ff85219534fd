// Request limits and error hygiene: depth, aliases, tokens and body size are capped; production
// hides introspection (unless asked) and never returns stack traces or driver messages.
import { createEmbeddedTestDatabase } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUERY_LIMITS } from "../src/server/protection.ts";
import { graphql, startTestServer, type TestServer } from "./support/server.ts";

function nested(depth: number): string {
  // plans → edges → node → jurisdiction → parent → parent … reaches any depth.
  let inner = "code";
  for (let i = 0; i < depth - 5; i++) inner = `parent { ${inner} }`;
  return `{ plans { edges { node { jurisdiction { ${inner} } } } } }`;
}

describe("request limits (development server)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers a query at the depth limit and refuses one level deeper", async () => {
    expect((await graphql(server.url, nested(QUERY_LIMITS.maxDepth))).body.errors).toBeUndefined();
    const res = await graphql(server.url, nested(QUERY_LIMITS.maxDepth + 1));
    expect(res.body.errors?.[0]?.message).toMatch(/depth/i);
  });

  it("refuses more than 15 aliases", async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: plans { totalCount }`);
    const res = await graphql(server.url, `{ ${aliases.join(" ")} }`);
    expect(res.body.errors?.[0]?.message).toMatch(/alias/i);
  });

  it("refuses a query whose estimated cost is over the limit (and within the other limits)", async () => {
    const heavy = (alias: string) =>
      `${alias}: plans(first: 100) { edges { node { indicators(first: 100) { edges { node { code ` +
      "assignment { leadUnit { name } cooperatingUnits { name } leader { displayName } } " +
      "measurements { kind value period { label } } evaluation { status progress message } } } } } } }";
    const res = await graphql(server.url, `{ ${Array.from({ length: 15 }, (_, i) => heavy(`p${i}`)).join(" ")} }`);
    expect(res.body.errors?.[0]?.message).toMatch(/cost/i);
  });

  it("refuses a query of more than 2,000 tokens", async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => "__typename").join(" ");
    const res = await graphql(server.url, `{ plans { totalCount ${fields} } }`);
    expect(res.body.errors?.[0]?.message).toMatch(/token/i);
  });

  it("refuses a request body over 1 MB with a JSON message", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ plans { totalCount } }", variables: { pad: "x".repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toContain("1 MB");
  });

  it("allows introspection in development", async () => {
    const res = await graphql(server.url, "{ __schema { queryType { name } } }");
    expect(res.body.data?.__schema.queryType.name).toBe("Query");
  });
});

describe("production server", () => {
  let server: TestServer;
  let withIntrospection: TestServer;
  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase, { production: true });
    withIntrospection = await startTestServer(createEmbeddedTestDatabase, { production: true, introspection: true });
  });
  afterAll(async () => {
    // The masking test closed this server's database on purpose.
    await server?.close().catch(() => undefined);
    await withIntrospection?.close();
  });

  it("turns introspection off unless GRAPHQL_INTROSPECTION asks for it", async () => {
    const off = await graphql(server.url, "{ __schema { queryType { name } } }");
    expect(off.body.errors?.[0]?.message).toMatch(/introspection/i);
    const on = await graphql(withIntrospection.url, "{ __schema { queryType { name } } }");
    expect(on.body.data?.__schema.queryType.name).toBe("Query");
  });

  it("masks an internal failure: no stack trace, no SQL, no driver message", async () => {
    await server.test.db.close();
    const res = await graphql(server.url, "{ plans { totalCount } }");
    const body = JSON.stringify(res.body);
    expect(res.body.errors?.[0]?.message).toBe("Lỗi máy chủ nội bộ. Vui lòng thử lại hoặc báo quản trị hệ thống.");
    expect(body).not.toMatch(/stacktrace|SELECT|prisma|PGlite|at \//i);
  });
});
