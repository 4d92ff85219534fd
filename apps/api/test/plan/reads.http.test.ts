// Role-scoped reads of the plan content over HTTP, on the embedded database and PostgreSQL: which
// plans each role sees (drafts only ADMIN/OFFICE, API tokens need plan:read), node(id) leaking
// nothing, filters and ordering of plans, indicators and tasks, the derived `overdue`, and the
// evaluation of all 18 seed indicators from sample measurements in a bounded number of SQL statements.
import type { Prisma } from "@kehoach/db";
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, login, startTestServer, type TestServer } from "../support/server.ts";
import { apiToken, extraPlan, must, toGlobalId } from "./support.ts";

type Who = "anonymous" | "admin" | "vanphong" | "chutich" | "kt.canbo" | "mttq" | "appWithScope" | "appWithout";

const PLANS = `query($year: Int, $status: PlanStatus, $orderBy: PlanOrder) {
  plans(first: 20, year: $year, status: $status, orderBy: $orderBy) { totalCount edges { node { id year status title } } }
}`;

const EVALUATIONS = `query($id: ID!, $asOfMonth: Int) { plan(id: $id) { indicators(first: 50) { edges { node {
  number code
  evaluation(asOfMonth: $asOfMonth) { status progress latestValue expectedValue message asOfMonth yearClosed }
} } } } }`;

describe.each(testDatabaseKinds)("plan content reads on the $kind database", ({ create }) => {
  let server: TestServer;
  let prisma: Prisma;
  const tokens = {} as Record<Who, string | undefined>;
  let planId: string;
  let draft: Awaited<ReturnType<typeof extraPlan>>;
  let activeUnpublished: Awaited<ReturnType<typeof extraPlan>>;

  const q = (who: Who, query: string, variables: Record<string, unknown> = {}) =>
    graphql(server.url, query, variables, tokens[who]);

  beforeAll(async () => {
    server = await startTestServer(create);
    prisma = server.test.db.prisma;
    for (const who of ["admin", "vanphong", "chutich", "kt.canbo", "mttq"] as const) {
      tokens[who] = await login(server.url, who);
    }
    tokens.appWithScope = await apiToken(prisma, "doc-ke-hoach", ["plan:read"]);
    tokens.appWithout = await apiToken(prisma, "khong-pham-vi", ["report:read"]);
    const seeded = await prisma.plan.findFirstOrThrow({ where: { year: 2026 } });
    planId = toGlobalId("Plan", seeded.id);
    draft = await extraPlan(prisma, { year: 2027, status: "DRAFT" });
    activeUnpublished = await extraPlan(prisma, { year: 2025, status: "ACTIVE" });
    // Another ward's unpublished plan: nobody in Tân Hưng sees it.
    await extraPlan(prisma, { year: 2026, status: "ACTIVE", jurisdictionCode: "11560" });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  it("shows each role the plans of the roles table", async () => {
    const expected: Record<Who, number[]> = {
      anonymous: [2026],
      admin: [2027, 2026, 2025],
      vanphong: [2027, 2026, 2025],
      chutich: [2026, 2025],
      "kt.canbo": [2026, 2025],
      mttq: [2026, 2025],
      appWithScope: [2026, 2025],
      // A token without plan:read reads what anyone reads: the published plan.
      appWithout: [2026],
    };
    for (const [who, years] of Object.entries(expected) as [Who, number[]][]) {
      const res = await q(who, PLANS);
      expect(res.body.errors, who).toBeUndefined();
      expect(
        res.body.data.plans.edges.map((e: any) => e.node.year),
        who,
      ).toEqual(years);
      expect(res.body.data.plans.totalCount, who).toBe(years.length);
    }
  });

  it("filters plans by year and status and orders them", async () => {
    const byYear = await q("admin", PLANS, { year: 2027 });
    expect(byYear.body.data.plans.edges.map((e: any) => e.node.status)).toEqual(["DRAFT"]);
    const active = await q("admin", PLANS, { status: "ACTIVE" });
    expect(active.body.data.plans.edges.map((e: any) => e.node.year)).toEqual([2026, 2025]);
    expect(active.body.data.plans.totalCount).toBe(2);
    const ascending = await q("vanphong", PLANS, { orderBy: "YEAR_ASC" });
    expect(ascending.body.data.plans.edges.map((e: any) => e.node.year)).toEqual([2025, 2026, 2027]);
  });

  it("never leaks an unpublished plan, its indicators or tasks through plan(id) or node(id)", async () => {
    const ids = {
      plan: toGlobalId("Plan", draft.plan.id),
      indicator: toGlobalId("Indicator", draft.indicator.id),
      task: toGlobalId("Task", draft.task.id),
      group: toGlobalId("IndicatorGroup", draft.group.id),
    };
    const NODE = "query($id: ID!) { node(id: $id) { id __typename } }";
    for (const who of ["anonymous", "chutich", "kt.canbo", "mttq", "appWithScope", "appWithout"] as const) {
      for (const id of Object.values(ids)) {
        const res = await q(who, NODE, { id });
        expect(res.body.data?.node ?? null, `${who} ${id}`).toBeNull();
      }
      const plan = await q(who, "query($id: ID!) { plan(id: $id) { title } }", { id: ids.plan });
      expect(plan.body.data.plan, who).toBeNull();
    }
    for (const who of ["admin", "vanphong"] as const) {
      for (const [kind, id] of Object.entries(ids)) {
        const res = await q(who, NODE, { id });
        expect(res.body.data.node?.id, `${who} ${kind}`).toBe(id);
      }
    }
    // The active but unpublished plan: signed-in users of the ward yes, anonymous no.
    const unpublished = toGlobalId("Plan", activeUnpublished.plan.id);
    expect((await q("anonymous", NODE, { id: unpublished })).body.data.node).toBeNull();
    expect((await q("kt.canbo", NODE, { id: unpublished })).body.data.node.__typename).toBe("Plan");
    // The published plan is public.
    expect((await q("anonymous", NODE, { id: planId })).body.data.node.__typename).toBe("Plan");
  });

  it("searches and orders indicators", async () => {
    const res = await q(
      "anonymous",
      `query($id: ID!) { plan(id: $id) {
        search: indicators(search: "Bảo hiểm") { totalCount edges { node { number } } }
        byName: indicators(first: 3, orderBy: NAME) { edges { node { name } } }
        ordered: indicators(first: 3) { edges { node { number } } }
      } }`,
      { id: planId },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.plan.search.edges.map((e: any) => e.node.number)).toEqual([10, 13]);
    expect(res.body.data.plan.search.totalCount).toBe(2);
    const names = res.body.data.plan.byName.edges.map((e: any) => e.node.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(res.body.data.plan.ordered.edges.map((e: any) => e.node.number)).toEqual([1, 2, 3]);
  });

  it("filters tasks by status, overdue, area, kind and words, with `overdue` derived", async () => {
    const tasks = await prisma.task.findMany({
      where: { plan: { year: 2026, publishedAt: { not: null } } },
      orderBy: { position: "asc" },
    });
    const [late, done, future] = [must(tasks[1], "task 2"), must(tasks[2], "task 3"), must(tasks[3], "task 4")];
    await prisma.task.update({
      where: { id: late.id },
      data: { deadline: new Date("2026-01-31"), status: "IN_PROGRESS" },
    });
    await prisma.task.update({ where: { id: done.id }, data: { deadline: new Date("2026-01-31"), status: "DONE" } });
    await prisma.task.update({ where: { id: future.id }, data: { deadline: new Date("2099-12-31") } });
    // One list per request: the cost limit (graphql-armor) counts every alias.
    const list = async (args: string, selection: string) => {
      const res = await q("anonymous", `query($id: ID!) { plan(id: $id) { tasks(${args}) { ${selection} } } }`, {
        id: planId,
      });
      expect(res.body.errors, args).toBeUndefined();
      return res.body.data.plan.tasks;
    };
    const plan = {
      overdue: await list("overdue: true", "totalCount edges { node { code overdue status } }"),
      onTime: await list("first: 100, overdue: false", "totalCount"),
      all: await list("first: 100", "totalCount"),
      done: await list("status: DONE", "edges { node { code overdue } }"),
      key: await list("first: 100, kind: KEY", "totalCount"),
      military: await list('first: 100, areaCode: "MILITARY"', "edges { node { area { code } } }"),
      words: await list(`first: 100, search: "${late.code}"`, "edges { node { code } }"),
      byDeadline: await list("first: 2, orderBy: DEADLINE", "edges { node { code } }"),
    };
    expect(plan.overdue.edges.map((e: any) => e.node)).toEqual([
      { code: late.code, overdue: true, status: "IN_PROGRESS" },
    ]);
    expect(plan.overdue.totalCount).toBe(1);
    expect(plan.onTime.totalCount).toBe(plan.all.totalCount - 1);
    expect(plan.done.edges).toEqual([{ node: { code: done.code, overdue: false } }]);
    expect(plan.key.totalCount).toBe(tasks.filter((t) => t.kind === "KEY").length);
    expect(plan.military.edges.length).toBeGreaterThan(0);
    expect(new Set(plan.military.edges.map((e: any) => e.node.area.code))).toEqual(new Set(["MILITARY"]));
    expect(plan.words.edges.map((e: any) => e.node.code)).toContain(late.code);
    expect(plan.byDeadline.edges.map((e: any) => e.node.code)).toEqual([late.code, done.code].sort());
  });

  it("evaluates all 18 seed indicators from sample measurements, during the year and once it is closed", async () => {
    const plan = await prisma.plan.findFirstOrThrow({ where: { year: 2026, publishedAt: { not: null } } });
    const periods = await prisma.reportingPeriod.findMany({ where: { planId: plan.id, kind: "MONTH" } });
    const month = (n: number) =>
      must(
        periods.find((p) => p.number === n),
        `tháng ${n}`,
      ).id;
    const indicators = await prisma.indicator.findMany({ where: { planId: plan.id } });
    const byCode = (code: string) =>
      must(
        indicators.find((i) => i.code === code),
        `chỉ tiêu ${code}`,
      ).id;
    type Sample = [code: string, m: number, kind: "ACTUAL" | "ESTIMATE", value: number | null, extra?: object];
    const samples: Sample[] = [
      ["1", 6, "ESTIMATE", 10.5],
      ["1.1", 6, "ESTIMATE", 12],
      ["1.2", 6, "ESTIMATE", 10],
      ["1.3", 6, "ESTIMATE", 2],
      ["2", 6, "ESTIMATE", null, { achieved: true }],
      ["3", 6, "ACTUAL", 5.2],
      ["3", 6, "ESTIMATE", 14.5],
      ["4", 6, "ESTIMATE", 100],
      ["5", 6, "ESTIMATE", 22],
      ["6", 6, "ESTIMATE", 84.9],
      ["8", 6, "ESTIMATE", 100],
      ["9", 6, "ESTIMATE", 90],
      ["10", 6, "ESTIMATE", 95],
      ["11", 6, "ESTIMATE", 1],
      ["13", 6, "ESTIMATE", 55],
      ["14.1", 6, "ESTIMATE", 98],
      ["14.2", 6, "ESTIMATE", 100],
      ["14.3", 6, "ESTIMATE", null, { achieved: true }],
      ["14.4", 6, "ESTIMATE", null, { achieved: true }],
      ["15.1", 6, "ESTIMATE", 99.5],
      ["15.2", 6, "ESTIMATE", 100],
      ["15.3", 6, "ESTIMATE", 100],
      ["15.4", 6, "ESTIMATE", 97],
      ["16", 6, "ESTIMATE", null, { achieved: true }],
      ["17.1", 6, "ESTIMATE", 100],
      ["17.2", 6, "ESTIMATE", 100],
      ["18", 3, "ACTUAL", null, { eventCount: 1 }],
      // December figures, counted once the year is closed.
      ["6", 12, "ACTUAL", 84.9],
      ["10", 12, "ACTUAL", 95],
      ["5", 12, "ACTUAL", 20],
    ];
    await prisma.measurement.createMany({
      data: samples.map(([code, m, kind, value, extra]) => ({
        indicatorId: byCode(code),
        periodId: month(m),
        kind,
        value,
        source: "Số liệu thử",
        ...extra,
      })),
    });
    // Anonymous readers evaluate with the figures of published periods only: publish the sample months.
    await prisma.reportingPeriod.updateMany({
      where: { id: { in: [month(3), month(6), month(12)] } },
      data: { publishedAt: new Date() },
    });

    server.sql.reset();
    const june = await q("anonymous", EVALUATIONS, { id: planId, asOfMonth: 6 });
    const statements = server.sql.count;
    console.info(`18 indicators with evaluation: ${statements} SQL statements`);
    expect(june.body.errors).toBeUndefined();
    const status = (res: typeof june) =>
      Object.fromEntries(
        res.body.data.plan.indicators.edges.map((e: any) => [e.node.number, e.node.evaluation.status]),
      );
    expect(status(june)).toEqual({
      1: "ON_TRACK",
      2: "ON_TRACK",
      3: "ON_TRACK",
      4: "ON_TRACK",
      5: "ON_TRACK",
      6: "ON_TRACK",
      7: "NOT_APPLICABLE",
      8: "ON_TRACK",
      9: "OFF_TRACK",
      10: "AT_RISK",
      11: "ON_TRACK",
      12: "NO_DATA",
      13: "ON_TRACK",
      14: "ON_TRACK",
      15: "AT_RISK",
      16: "ON_TRACK",
      17: "ON_TRACK",
      18: "NOT_ACHIEVED",
    });
    const six = june.body.data.plan.indicators.edges[5].node.evaluation;
    expect(six).toMatchObject({ latestValue: 84.9, expectedValue: 84.9, progress: 1, asOfMonth: 6, yearClosed: false });
    expect(six.message).toContain("84,9");
    const partsOfOne = await q(
      "anonymous",
      "query($id: ID!) { node(id: $id) { ... on Indicator { evaluation(asOfMonth: 6) { parts { label status } } } } }",
      { id: toGlobalId("Indicator", byCode("1")) },
    );
    const one = partsOfOne.body.data.node.evaluation;
    expect(one.parts.map((p: any) => p.status)).toEqual(["ON_TRACK", "ON_TRACK", "ON_TRACK", "ON_TRACK"]);
    // The explanation in English when asked for, Vietnamese by default, for the whole and each part.
    const worded = await q(
      "anonymous",
      `query($six: ID!, $fifteen: ID!) {
        six: node(id: $six) { ... on Indicator { evaluation(asOfMonth: 6) { vi: message en: message(locale: EN) } } }
        fifteen: node(id: $fifteen) { ... on Indicator { evaluation(asOfMonth: 6) {
          message(locale: EN) parts { vi: message(locale: VI) en: message(locale: EN) }
        } } }
      }`,
      { six: toGlobalId("Indicator", byCode("6")), fifteen: toGlobalId("Indicator", byCode("15")) },
    );
    expect(worded.body.errors).toBeUndefined();
    expect(worded.body.data.six.evaluation).toEqual({
      vi: "Ước cả năm 84,9 triệu đồng so với mục tiêu 84,9 triệu đồng: đúng tiến độ",
      en: "Year-end estimate 84.9 million VND against a target of 84.9 million VND: on track",
    });
    const fifteen = worded.body.data.fifteen.evaluation;
    expect(fifteen.message).toBe(
      "4 parts: 1 at risk, 3 on track. Mức độ hài lòng của người dân và doanh nghiệp: " +
        "Year-end estimate 97% against a target of over 98%: at risk",
    );
    expect(fifteen.parts[3]).toEqual({
      vi: "Ước cả năm 97% so với mục tiêu trên 98%: có nguy cơ không đạt",
      en: "Year-end estimate 97% against a target of over 98%: at risk",
    });
    // 18 indicators with targets, sub-indicators and measurements: a fixed number of statements.
    expect(statements).toBeLessThanOrEqual(14);

    // Close the year: December's period closed, evaluated as of December.
    await prisma.reportingPeriod.update({ where: { id: month(12) }, data: { status: "CLOSED" } });
    const closed = await q("anonymous", EVALUATIONS, { id: planId, asOfMonth: 12 });
    expect(closed.body.errors).toBeUndefined();
    expect(status(closed)).toMatchObject({
      1: "ACHIEVED",
      5: "NOT_ACHIEVED",
      6: "ACHIEVED",
      7: "NOT_APPLICABLE",
      9: "NOT_ACHIEVED",
      10: "NOT_ACHIEVED",
      12: "NO_DATA",
      18: "NOT_ACHIEVED",
    });
    expect(closed.body.data.plan.indicators.edges[5].node.evaluation.yearClosed).toBe(true);
    // By default: the current month of the plan year, or 12 once the year is over.
    const now = await q("anonymous", EVALUATIONS, { id: planId });
    const expectedMonth = new Date().getUTCFullYear() > 2026 ? 12 : new Date().getUTCFullYear() < 2026 ? 1 : null;
    const asOf = now.body.data.plan.indicators.edges[0].node.evaluation.asOfMonth;
    if (expectedMonth) expect(asOf).toBe(expectedMonth);
    else expect(asOf).toBeGreaterThanOrEqual(1);
    // An impossible month is refused.
    const wrong = await q("anonymous", EVALUATIONS, { id: planId, asOfMonth: 13 });
    expect(wrong.body.errors?.[0]?.message).toContain("Tháng phải từ 1 đến 12");
  });

  it("answers the nested plan → indicators → targets → sub-indicators → evaluation list in bounded SQL", async () => {
    server.sql.reset();
    const res = await q(
      "admin",
      `query($id: ID!) { plan(id: $id) { indicators(first: 50) { edges { node {
        code targets { text } subIndicators { code targets { text } } evaluation { status }
      } } } } }`,
      { id: planId },
    );
    expect(res.body.errors).toBeUndefined();
    console.info(`nested plan list: ${server.sql.count} SQL statements`);
    expect(server.sql.count).toBeLessThanOrEqual(20);
  });
});
