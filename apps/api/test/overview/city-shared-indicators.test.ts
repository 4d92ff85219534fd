// Ward indicators that contribute to the city plan's (issue 15, item 1), on both databases: Tân
// Hưng's office names the city indicator one of its indicators adds to and how (refused, with
// nothing changed, for a weighted average without a weight, for its own plan, at a stale version);
// the city's leader then sees the city indicator rolled up from the wards' approved figures of the
// month, a ward without a figure counted as not yet in.
import type { Prisma } from "@kehoach/db";
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bumpGeneration } from "../../src/cache/writeGeneration.ts";
import { gid } from "../report/support.ts";
import { createCityAccounts } from "../support/cityAccounts.ts";
import { graphql, login, startTestServer, type TestServer } from "../support/server.ts";

const SET = `mutation($input: SetIndicatorContributionInput!) { setIndicatorContribution(input: $input) {
  __typename
  ... on IndicatorPayload { indicator { version contributionRule contributionWeight contributesTo { code } } }
  ... on ValidationError { issues { path message } }
  ... on ConflictError { message }
  ... on NotFound { message } } }`;
const SHARED = `query($month: Int) { cityOverview(year: 2026, month: $month) { sharedIndicators {
  code name rule ruleLabel value formattedValue unit reporting contributing achieving allAchieved } } }`;

/** A ward's published plan with one indicator summed into the city's and its approved November figure. */
async function wardWithFigure(
  prisma: Prisma,
  ward: { id: string; name: string },
  link: { areaId: string; cityIndicatorId: string; november: string },
): Promise<string> {
  const plan = await prisma.plan.create({
    data: {
      jurisdictionId: ward.id,
      year: 2026,
      issuer: `UBND ${ward.name}`,
      title: "Kế hoạch năm 2026",
      status: "ACTIVE",
      publishedAt: new Date("2026-01-10T00:00:00Z"),
    },
  });
  const group = await prisma.indicatorGroup.create({
    data: { planId: plan.id, code: "a", title: "Chỉ tiêu kinh tế", areaId: link.areaId, position: 0 },
  });
  const indicator = await prisma.indicator.create({
    data: {
      planId: plan.id,
      groupId: group.id,
      areaId: link.areaId,
      number: 2,
      code: "2",
      name: "Thu ngân sách nhà nước trên địa bàn",
      sourceText: "Thu ngân sách đạt 12 tỷ đồng.",
      position: 2,
      contributesToId: link.cityIndicatorId,
      contributionRule: "SUM",
    },
  });
  const november = await prisma.reportingPeriod.create({
    data: {
      jurisdictionId: ward.id,
      planId: plan.id,
      kind: "MONTH",
      year: 2026,
      number: 11,
      label: "Tháng 11/2026",
      startsOn: new Date("2026-10-15T00:00:00Z"),
      endsOn: new Date("2026-11-14T00:00:00Z"),
      cutoffOn: new Date("2026-11-14T00:00:00Z"),
      dueOn: new Date("2026-11-17T00:00:00Z"),
      status: "OPEN",
    },
  });
  await prisma.measurement.create({
    data: {
      indicatorId: indicator.id,
      periodId: november.id,
      kind: "ACTUAL",
      value: link.november,
      source: "Báo cáo đơn vị",
    },
  });
  return indicator.id;
}

describe.each(testDatabaseKinds)("ward indicators rolled up into the city's on the $kind database", ({ create }) => {
  let server: TestServer;
  let prisma: Prisma;
  const tokens: Record<string, string> = {};
  let cityIndicatorId: string;
  let tanHungIndicator: { id: string; version: number };
  let otherWardIndicatorId: string;

  const set = async (input: Record<string, unknown>) => {
    const res = await graphql(server.url, SET, { input }, tokens.vanphong);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.setIndicatorContribution;
  };
  const shared = async (month = 11) => {
    const res = await graphql(server.url, SHARED, { month }, tokens["lanhdao.thanhpho"]);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.cityOverview.sharedIndicators;
  };

  beforeAll(async () => {
    server = await startTestServer(create);
    prisma = server.test.db.prisma;
    const cityId = await createCityAccounts(prisma, [["lanhdao.thanhpho", "LEADER"]]);
    for (const username of ["lanhdao.thanhpho", "vanphong"]) tokens[username] = await login(server.url, username);
    const area = await prisma.area.findFirstOrThrow({ orderBy: { position: "asc" } });
    const published = { status: "ACTIVE" as const, publishedAt: new Date("2026-01-10T00:00:00Z") };

    // The city's plan 05/KH-UBND with its budget revenue indicator.
    const cityPlan = await prisma.plan.create({
      data: {
        jurisdictionId: cityId,
        year: 2026,
        issuer: "UBND thành phố Hải Phòng",
        title: "Kế hoạch 05/KH-UBND",
        ...published,
      },
    });
    const cityGroup = await prisma.indicatorGroup.create({
      data: { planId: cityPlan.id, code: "a", title: "Chỉ tiêu kinh tế", areaId: area.id, position: 0 },
    });
    cityIndicatorId = (
      await prisma.indicator.create({
        data: {
          planId: cityPlan.id,
          groupId: cityGroup.id,
          areaId: area.id,
          number: 5,
          code: "5",
          name: "Thu ngân sách nhà nước trên địa bàn",
          sourceText: "Thu ngân sách nhà nước trên địa bàn đạt 150.000 tỷ đồng.",
          position: 5,
          targets: { create: { kind: "QUANTITATIVE", text: "đạt 150.000 tỷ đồng", unit: "tỷ đồng", position: 0 } },
        },
      })
    ).id;

    // Tân Hưng's indicator (2) with its approved November figure.
    const tanHung = await prisma.jurisdiction.findUniqueOrThrow({ where: { code: "10537" } });
    const tanHungPlan = await prisma.plan.findFirstOrThrow({ where: { jurisdictionId: tanHung.id, year: 2026 } });
    await prisma.plan.update({ where: { id: tanHungPlan.id }, data: { publishedAt: published.publishedAt } });
    const indicator = await prisma.indicator.findFirstOrThrow({ where: { planId: tanHungPlan.id, code: "2" } });
    tanHungIndicator = { id: indicator.id, version: indicator.version };
    const november = await prisma.reportingPeriod.findFirstOrThrow({
      where: { planId: tanHungPlan.id, kind: "MONTH", number: 11 },
    });
    await prisma.measurement.create({
      data: {
        indicatorId: indicator.id,
        periodId: november.id,
        kind: "ACTUAL",
        value: "9.8",
        source: "Báo cáo đơn vị",
      },
    });

    // Another ward of the city with a published plan, its November period and figure, linked already.
    const other = await prisma.jurisdiction.findFirstOrThrow({
      where: { parentId: cityId, id: { not: tanHung.id } },
      orderBy: { code: "asc" },
    });
    otherWardIndicatorId = await wardWithFigure(prisma, other, { areaId: area.id, cityIndicatorId, november: "12.4" });
    bumpGeneration(); // writes outside the API: its caches learn of them as of an API write
  });
  afterAll(async () => {
    await server?.close();
  });

  it("counts only the wards already linked until Tân Hưng names the city indicator", async () => {
    expect(await shared()).toEqual([
      expect.objectContaining({ code: "5", rule: "SUM", value: 12.4, reporting: 1, contributing: 1 }),
    ]);
  });

  it("lists a ward's own plans and periods apart from the others' published ones (mine)", async () => {
    const ask = async (query: string) => {
      const res = await graphql(server.url, query, {}, tokens.vanphong);
      expect(res.body.errors).toBeUndefined();
      return res.body.data;
    };
    const planCodes = (data: { plans: { edges: { node: { jurisdiction: { code: string } } }[] } }) =>
      [...new Set(data.plans.edges.map((e) => e.node.jurisdiction.code))].sort();
    const all = await ask("{ plans(first: 20) { edges { node { jurisdiction { code } } } } }");
    expect(planCodes(all)).toHaveLength(3);
    const mine = await ask("{ plans(first: 20, mine: true) { edges { node { jurisdiction { code } } } } }");
    expect(planCodes(mine)).toEqual(["10537"]);
    const periods = await ask(
      "{ reportingPeriods(first: 100, mine: true) { edges { node { plan { jurisdiction { code } } } } } }",
    );
    const periodCodes = periods.reportingPeriods.edges.map(
      (e: { node: { plan: { jurisdiction: { code: string } } } }) => e.node.plan.jurisdiction.code,
    );
    expect(periodCodes.length).toBeGreaterThan(0);
    expect(new Set(periodCodes)).toEqual(new Set(["10537"]));
  });

  it("refuses a weighted average without a weight, its own plan's indicator and a stale version, changing nothing", async () => {
    const noWeight = await set({
      id: gid("Indicator", tanHungIndicator.id),
      version: tanHungIndicator.version,
      contributesToId: gid("Indicator", cityIndicatorId),
      rule: "WEIGHTED_AVERAGE",
    });
    expect(noWeight.__typename).toBe("ValidationError");
    expect(noWeight.issues).toEqual([
      {
        path: ["input", "weight"],
        message: "Bình quân có trọng số cần trọng số lớn hơn 0 (ví dụ số hộ hoặc dân số của phường).",
      },
    ]);
    const ownPlanIndicator = await prisma.indicator.findFirstOrThrow({
      where: {
        planId: (await prisma.indicator.findUniqueOrThrow({ where: { id: tanHungIndicator.id } })).planId,
        code: "3",
      },
    });
    const own = await set({
      id: gid("Indicator", tanHungIndicator.id),
      version: tanHungIndicator.version,
      contributesToId: gid("Indicator", ownPlanIndicator.id),
      rule: "SUM",
    });
    expect(own.issues?.[0]?.path).toEqual(["input", "contributesToId"]);
    const stale = await set({
      id: gid("Indicator", tanHungIndicator.id),
      version: tanHungIndicator.version + 5,
      contributesToId: gid("Indicator", cityIndicatorId),
      rule: "SUM",
    });
    expect(stale.__typename).toBe("ConflictError");
    const after = await prisma.indicator.findUniqueOrThrow({ where: { id: tanHungIndicator.id } });
    expect([after.contributesToId, after.contributionRule, after.version]).toEqual([
      null,
      null,
      tanHungIndicator.version,
    ]);
    expect(await prisma.auditEvent.count({ where: { name: "indicator.contributionSet" } })).toBe(0);
  });

  it("adds Tân Hưng's approved November figure to the city's once linked, audited", async () => {
    const linked = await set({
      id: gid("Indicator", tanHungIndicator.id),
      version: tanHungIndicator.version,
      contributesToId: gid("Indicator", cityIndicatorId),
      rule: "SUM",
    });
    expect(linked.indicator).toEqual({
      version: tanHungIndicator.version + 1,
      contributionRule: "SUM",
      contributionWeight: null,
      contributesTo: { code: "5" },
    });
    expect(await prisma.auditEvent.count({ where: { name: "indicator.contributionSet" } })).toBe(1);
    expect(await shared()).toEqual([
      {
        code: "5",
        name: "Thu ngân sách nhà nước trên địa bàn",
        rule: "SUM",
        ruleLabel: "Tổng các phường, xã",
        value: 22.2,
        formattedValue: "22,2 tỷ đồng",
        unit: "tỷ đồng",
        reporting: 2,
        contributing: 2,
        achieving: 0,
        allAchieved: null,
      },
    ]);
    // October: no ward has an approved figure yet.
    expect(await shared(10)).toEqual([expect.objectContaining({ value: null, reporting: 0, contributing: 2 })]);
  });

  it("weighs each ward's figure once both use a weighted average, and unlinks on null", async () => {
    const current = await prisma.indicator.findUniqueOrThrow({ where: { id: tanHungIndicator.id } });
    await prisma.indicator.update({
      where: { id: otherWardIndicatorId },
      data: { contributionRule: "WEIGHTED_AVERAGE", contributionWeight: 3000 },
    });
    const weighted = await set({
      id: gid("Indicator", current.id),
      version: current.version,
      contributesToId: gid("Indicator", cityIndicatorId),
      rule: "WEIGHTED_AVERAGE",
      weight: 1000,
    });
    expect(weighted.indicator.contributionWeight).toBe("1000");
    // (9,8 × 1.000 + 12,4 × 3.000) / 4.000 = 11,75
    expect(await shared()).toEqual([expect.objectContaining({ rule: "WEIGHTED_AVERAGE", value: 11.75, reporting: 2 })]);

    const unlinked = await set({
      id: gid("Indicator", current.id),
      version: current.version + 1,
      contributesToId: null,
    });
    expect(unlinked.indicator).toMatchObject({ contributionRule: null, contributesTo: null });
    expect(await shared()).toEqual([expect.objectContaining({ value: 12.4, reporting: 1, contributing: 1 })]);
  });

  it("reads the wards in a fixed number of statements once their states are known, however many wards", async () => {
    const count = async () => {
      await shared(); // the states computed and cached
      await new Promise((resolve) => setTimeout(resolve, 1100)); // past the response cache and version recheck
      server.sql.reset();
      await shared();
      return server.sql.count;
    };
    const withTwo = await count();
    const cityId = (await prisma.jurisdiction.findUniqueOrThrow({ where: { code: "10537" } })).parentId as string;
    const third = await prisma.jurisdiction.findFirstOrThrow({
      where: { parentId: cityId, plans: { none: {} } },
      orderBy: { code: "desc" },
    });
    const area = await prisma.area.findFirstOrThrow({ orderBy: { position: "asc" } });
    await wardWithFigure(prisma, third, { areaId: area.id, cityIndicatorId, november: "3" });
    bumpGeneration();
    expect(await count()).toBe(withTwo);
    expect(withTwo).toBeLessThanOrEqual(10);
    // The ward linked as a weighted average earlier and the new one summed: a row for each rule.
    expect(await shared()).toEqual([
      expect.objectContaining({ rule: "SUM", value: 3, reporting: 1, contributing: 1 }),
      expect.objectContaining({ rule: "WEIGHTED_AVERAGE", value: 12.4, reporting: 1, contributing: 1 }),
    ]);
  });
});
