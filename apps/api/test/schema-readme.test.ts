// The examples that packages/schema/README.md gives other teams work as written: each validates
// against the schema, and with an API token the three queries answer with data.
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "@kehoach/db";
import { createEmbeddedTestDatabase } from "@kehoach/db/testing";
import { parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../src/schema/index.ts";
import { graphql, login, startTestServer, type TestServer } from "./support/server.ts";

const readme = fs.readFileSync(path.join(repoRoot, "packages", "schema", "README.md"), "utf8");
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => (m[1] ?? "").replace(/^ {3}/gm, ""));

describe("packages/schema/README.md examples", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("has the token mutation and three queries, all valid against the schema", () => {
    expect(examples).toHaveLength(4);
    for (const example of examples) expect(validate(schema, parse(example)).map((e) => e.message)).toEqual([]);
  });

  it("runs the three queries with an API token created as the README says", async () => {
    const admin = await login(server.url, "admin");
    const created = await graphql(server.url, examples[0] ?? "", {}, admin);
    const token = created.body.data.createApiToken.token as string;
    expect(token).toMatch(/^kht_/);
    const plans = await graphql(server.url, "{ plans { edges { node { id } } } }", {}, token);
    const planId = plans.body.data.plans.edges[0].node.id;
    const periods = await graphql(
      server.url,
      "query($p: ID!) { reportingPeriods(planId: $p, first: 1) { edges { node { id } } } }",
      { p: planId },
      token,
    );
    const periodId = periods.body.data.reportingPeriods.edges[0].node.id;
    const [indicators, overdue, overview] = await Promise.all(
      examples.slice(1).map((q) => graphql(server.url, q, { planId, periodId }, token)),
    );
    expect(indicators?.body.errors).toBeUndefined();
    expect(indicators?.body.data.plan.indicators.totalCount).toBe(18);
    expect(overdue?.body.errors).toBeUndefined();
    expect(overdue?.body.data.plan.tasks.totalCount).toBe(0);
    expect(overview?.body.errors).toBeUndefined();
    expect(overview?.body.data.planOverview.tasks.notStarted.count).toBeGreaterThan(0);
  });
});
