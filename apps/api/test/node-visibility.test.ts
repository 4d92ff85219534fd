// node(id) hides what lists hide: an anonymous reader cannot fetch a figure of an unpublished
// reporting period by its ID; a signed-in reader can. Tokens record when they were last used.
import { createEmbeddedTestDatabase } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, login, startTestServer, type TestServer } from "./support/server.ts";

describe("node(id) visibility and last use", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("hides a measurement of an unpublished period from anonymous readers only", async () => {
    const prisma = server.test.db.prisma;
    const indicator = await prisma.indicator.findFirstOrThrow({ where: { code: "10" } });
    const period = await prisma.reportingPeriod.findFirstOrThrow({ where: { number: 2, publishedAt: null } });
    const m = await prisma.measurement.create({
      data: { indicatorId: indicator.id, periodId: period.id, kind: "ESTIMATE", value: "95.5", source: "thử" },
    });
    const id = Buffer.from(`Measurement:${m.id}`).toString("base64");
    const query = "query($id: ID!) { node(id: $id) { ... on Measurement { value } } }";
    expect((await graphql(server.url, query, { id })).body.data.node).toBeNull();
    const signedIn = await graphql(server.url, query, { id }, await login(server.url, "chutich"));
    expect(signedIn.body.data.node).toEqual({ value: "95.5" });
  });

  it("records when an API token was last used", async () => {
    const admin = await login(server.url, "admin");
    const created = await graphql(
      server.url,
      `mutation { createApiToken(input: { name: "Thử", scopes: [PLAN_READ] }) {
         ... on CreateApiTokenPayload { token apiToken { id } } } }`,
      {},
      admin,
    );
    const token = created.body.data.createApiToken.token as string;
    await graphql(server.url, "{ plans { totalCount } }", {}, token);
    const row = await server.test.db.prisma.apiToken.findFirstOrThrow({ where: { name: "Thử" } });
    expect(row.lastUsedAt).not.toBeNull();
  });
});
