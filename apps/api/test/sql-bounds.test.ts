// No N+1: the nested list a leader opens (plan → indicators → assignment units → measurements →
// evaluation) issues at most 6 SQL statements, and planOverview a fixed number, whatever the rows.

import { setTimeout as sleep } from "node:timers/promises";
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESPONSE_TTL_MS } from "../src/server/responseCache.ts";
import { graphql, login, startTestServer, type TestServer } from "./support/server.ts";

const NESTED = /* GraphQL */ `
  query Nested($planId: ID!) {
    plan(id: $planId) {
      indicators(first: 100) {
        totalCount
        edges { node {
          code name
          assignment { leadUnit { name } cooperatingUnits { name } leader { displayName } }
          measurements { kind value period { label } }
          evaluation { status progress message }
        } }
      }
    }
  }`;

const OVERVIEW = /* GraphQL */ `
  query Overview($planId: ID!, $periodId: ID!) {
    planOverview(planId: $planId, periodId: $periodId) {
      indicators { onTrack { count } offTrack { count } }
      tasks { overdue { count } }
      areas { area { code } indicators { atRisk { count } } }
    }
  }`;

describe.each(testDatabaseKinds)("SQL statements per request on the $kind database", ({ create }) => {
  let server: TestServer;
  let token: string;
  let planId: string;
  let periodId: string;

  async function statements(query: string, variables: Record<string, unknown>) {
    server.sql.reset();
    const res = await graphql(server.url, query, variables, token);
    expect(res.body.errors).toBeUndefined();
    return { count: server.sql.count, data: res.body.data };
  }

  beforeAll(async () => {
    server = await startTestServer(create);
    token = await login(server.url, "pct.kinhte");
    const plans = await graphql(server.url, "{ plans { edges { node { id } } } }", {}, token);
    planId = plans.body.data.plans.edges[0].node.id;
    const periods = await graphql(
      server.url,
      "query($p: ID!) { reportingPeriods(planId: $p, first: 1) { edges { node { id } } } }",
      { p: planId },
      token,
    );
    periodId = periods.body.data.reportingPeriods.edges[0].node.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it("the nested indicator list: at most 6 statements, the same with twice the rows", async () => {
    const prisma = server.test.db.prisma;
    const template = await prisma.indicator.findFirstOrThrow({ where: { code: "6" } });
    const period = await prisma.reportingPeriod.findFirstOrThrow({ where: { number: 1 } });
    // One figure already, so both counts include the access check of figures (one statement for all).
    await prisma.measurement.create({
      data: { indicatorId: template.id, periodId: period.id, kind: "ACTUAL", value: "84", source: "thử" },
    });
    const before = await statements(NESTED, { planId });
    expect(before.data.plan.indicators.totalCount).toBe(18);
    expect(before.count).toBeLessThanOrEqual(6);

    // More indicators, each with measurements: the statement count must not grow.
    for (let i = 0; i < 18; i++) {
      const created = await prisma.indicator.create({
        data: {
          planId: template.planId,
          groupId: template.groupId,
          areaId: template.areaId,
          code: `x${i}`,
          name: `Chỉ tiêu thêm ${i}`,
          sourceText: "thử",
          position: 100 + i,
        },
      });
      await prisma.measurement.create({
        data: { indicatorId: created.id, periodId: period.id, kind: "ESTIMATE", value: "12.5", source: "thử" },
      });
    }
    // Rows written straight in the database show once the cached answer has lapsed.
    await sleep(RESPONSE_TTL_MS + 50);
    const after = await statements(NESTED, { planId });
    expect(after.data.plan.indicators.totalCount).toBe(36);
    expect(after.count).toBe(before.count);
  });

  it("planOverview: a fixed number of statements", async () => {
    const { count } = await statements(OVERVIEW, { planId, periodId });
    expect(count).toBeLessThanOrEqual(10);
  });
});
