// The walking skeleton over real HTTP, on the embedded database and on PostgreSQL: the published
// Tân Hưng plan with its 18 indicators, targets and tasks, /healthz, and CSRF prevention.
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, startTestServer, type TestServer } from "./support/server.ts";

// Split in four so that each stays under the query cost limit (graphql-armor, src/server/protection.ts).
const PLAN_QUERY = /* GraphQL */ `
  query Plan($id: ID!) {
    plan(id: $id) {
      title year theme signerName
      legalBases { number issuedOn issuer }
      parentDocument { number }
      tasks(first: 100) { totalCount edges { node { code kind area { code } } } }
    }
  }
`;
const INDICATORS_QUERY = /* GraphQL */ `
  query Indicators($id: ID!) {
    plan(id: $id) {
      indicators(first: 50) {
        totalCount
        edges { node {
          number code name applicableFromYear
          group { code } area { code }
        } }
      }
    }
  }
`;
const TARGETS_QUERY = /* GraphQL */ `
  query Targets($id: ID!) {
    plan(id: $id) { indicators(first: 50) { edges { node { targets { comparator value unit kind qualitativeKind text } } } } }
  }
`;
const SUB_INDICATORS_QUERY = /* GraphQL */ `
  query SubIndicators($id: ID!) {
    plan(id: $id) { indicators(first: 50) { edges { node { subIndicators { code targets { comparator value } } } } } }
  }
`;

describe.each(testDatabaseKinds)("API over HTTP on the $kind database", ({ create }) => {
  let server: TestServer;
  let planId: string;

  beforeAll(async () => {
    server = await startTestServer(create);
    const res = await graphql<{ plans: { totalCount: number; edges: { node: { id: string; year: number } }[] } }>(
      server.url,
      "{ plans(first: 10) { totalCount edges { node { id year } } } }",
    );
    expect(res.body.errors).toBeUndefined();
    planId = res.body.data?.plans.edges[0]?.node.id ?? "";
  });
  afterAll(async () => {
    await server?.close();
  });

  it("GET /healthz says the database is reachable and migrated", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", pendingMigrations: [] });
  });

  it("lists the published Tân Hưng 2026 plan", async () => {
    const res = await graphql(server.url, "{ plans(first: 10) { totalCount edges { node { year title } } } }");
    expect(res.body.data.plans.totalCount).toBe(1);
    expect(res.body.data.plans.edges[0].node).toMatchObject({ year: 2026 });
    expect(res.body.data.plans.edges[0].node.title).toContain("Tân Hưng");
  });

  it("serves the plan with its 18 indicators in order, structured targets and tasks by area", async () => {
    const res = await graphql(server.url, PLAN_QUERY, { id: planId });
    const withIndicators = await graphql(server.url, INDICATORS_QUERY, { id: planId });
    const withSubs = await graphql(server.url, SUB_INDICATORS_QUERY, { id: planId });
    const withTargets = await graphql(server.url, TARGETS_QUERY, { id: planId });
    expect(withTargets.body.errors).toBeUndefined();
    expect(res.body.errors).toBeUndefined();
    expect(withIndicators.body.errors).toBeUndefined();
    expect(withSubs.body.errors).toBeUndefined();
    const plan = { ...res.body.data.plan, indicators: withIndicators.body.data.plan.indicators };
    expect(plan.signerName).toBe("Vũ Công Thảo");
    expect(plan.legalBases.map((d: { number: string }) => d.number)).toEqual([
      "05/KH-UBND",
      "57-BC/ĐU",
      "13-NQ/ĐU",
      "21/NQ-HĐND",
    ]);
    expect(plan.parentDocument.number).toBe("05/KH-UBND");
    const indicators = plan.indicators.edges.map((e: { node: any }) => e.node);
    expect(plan.indicators.totalCount).toBe(18);
    expect(indicators.map((i: { number: number }) => i.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    const six = withTargets.body.data.plan.indicators.edges[5].node;
    expect(six.targets[0]).toMatchObject({ comparator: "EQ", unit: "triệu đồng" });
    expect(Number(six.targets[0].value)).toBe(84.9);
    const one = {
      targets: withTargets.body.data.plan.indicators.edges[0].node.targets,
      subIndicators: withSubs.body.data.plan.indicators.edges[0].node.subIndicators,
    };
    expect(one.targets[0]).toMatchObject({ comparator: "GT", unit: "%" });
    expect(one.subIndicators.map((s: any) => [s.targets[0].comparator, Number(s.targets[0].value)])).toEqual([
      ["GTE", 12],
      ["GTE", 10],
      ["GTE", 2],
    ]);
    expect(indicators[6].applicableFromYear).toBe(2027);
    expect(plan.tasks.totalCount).toBeGreaterThanOrEqual(32);
    const areas = new Set(plan.tasks.edges.map((e: any) => e.node.area.code));
    expect(areas).toEqual(new Set(["GENERAL", "ECONOMY", "CULTURE_SOCIETY", "JUSTICE", "MILITARY", "PUBLIC_ORDER"]));
  });

  it("answers the nested plan → indicators → targets → sub-indicators list in a bounded number of SQL statements", async () => {
    for (const query of [INDICATORS_QUERY, TARGETS_QUERY, SUB_INDICATORS_QUERY]) {
      server.sql.reset();
      const res = await graphql(server.url, query, { id: planId });
      expect(res.body.errors).toBeUndefined();
      expect(server.sql.count).toBeLessThanOrEqual(12);
    }
  });

  it("filters indicators by group", async () => {
    const res = await graphql(
      server.url,
      `query($id: ID!) { plan(id: $id) { indicators(groupCode: "c") { totalCount edges { node { number } } } } }`,
      { id: planId },
    );
    expect(res.body.data.plan.indicators.edges.map((e: any) => e.node.number)).toEqual([16, 17, 18]);
    expect(res.body.data.plan.indicators.totalCount).toBe(3);
  });

  it("rejects a plan ID of another type with a clear error", async () => {
    const wrong = Buffer.from("Task:00000000-0000-0000-0000-000000000000").toString("base64");
    const res = await graphql(server.url, "query($id: ID!) { plan(id: $id) { title } }", { id: wrong });
    expect(res.body.errors?.[0]?.message).toBeTruthy();
    expect(res.body.data?.plan ?? null).toBeNull();
  });

  it("blocks a GET query without a JSON content type (CSRF prevention)", async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ plans { totalCount } }")}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Cross-Site Request Forgery");
  });
});
