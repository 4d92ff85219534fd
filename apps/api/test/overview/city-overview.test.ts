// A city's roll-up of its wards (issue 15, item 1), on both databases: the city's leader, office and
// administrator get one row per ward; a ward's plan counts for the leader once it is published (the
// administrator reads issued plans too); the counts are the ward's own overview's for the same month;
// open recommendations are counted with the oldest one's age; anyone else gets null.
import type { Prisma } from "@kehoach/db";
import { testDatabaseKinds } from "@kehoach/db/testing";
import { recommendationAgeDays, vietnamDate } from "@kehoach/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bumpGeneration } from "../../src/cache/writeGeneration.ts";
import { gid } from "../report/support.ts";
import { createCityAccounts } from "../support/cityAccounts.ts";
import { graphql, login, startTestServer, type TestServer } from "../support/server.ts";

const CITY = `query($year: Int!, $month: Int) { cityOverview(year: $year, month: $month) {
  year month city { code }
  wards { wardCode wardName plan { id } period { label }
    indicators { total { count } onTrack { count } offTrack { count } noData { count } }
    tasks { overdue { count } } reportsExpected reportsMissing reportsApproved
    openRecommendations oldestOpenRecommendationAgeDays } } }`;
const OVERVIEW = `query($planId: ID!, $periodId: ID!) { planOverview(planId: $planId, periodId: $periodId) {
  indicators { total { count } onTrack { count } offTrack { count } noData { count } }
  tasks { overdue { count } } reports { expected { count } missing { count } approved { count } } } }`;

describe.each(testDatabaseKinds)("the city's roll-up of its wards on the $kind database", ({ create }) => {
  let server: TestServer;
  let prisma: Prisma;
  let planId: string;
  const tokens: Record<string, string> = {};
  const city = async (token: string, month: number | null = 11) => {
    const res = await graphql(server.url, CITY, { year: 2026, month }, token);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.cityOverview;
  };
  // A GraphQL answer, checked field by field below.
  const tanHung = (overview: { wards: { wardCode: string }[] }): any =>
    overview.wards.find((w) => w.wardCode === "10537");

  beforeAll(async () => {
    server = await startTestServer(create);
    prisma = server.test.db.prisma;
    const ward = await prisma.jurisdiction.findUniqueOrThrow({ where: { code: "10537" } });
    const cityUsers = [
      ["lanhdao.thanhpho", "LEADER"],
      ["vanphong.thanhpho", "OFFICE"],
      ["quantri.thanhpho", "ADMIN"],
    ] as const;
    await createCityAccounts(prisma, cityUsers);
    for (const username of [...cityUsers.map(([name]) => name), "chutich", "vanphong"]) {
      tokens[username] = await login(server.url, username);
    }
    const plan = await prisma.plan.findFirstOrThrow({ where: { jurisdictionId: ward.id, year: 2026 } });
    planId = plan.id;
    await prisma.plan.update({ where: { id: plan.id }, data: { publishedAt: null } });
    await prisma.recommendation.create({
      data: {
        jurisdictionId: ward.id,
        planId: plan.id,
        content: "Cử tri khu phố 3 đề nghị sửa đường ống thoát nước.",
        source: "Tiếp xúc cử tri",
        receivedOn: new Date("2026-10-02T00:00:00Z"),
        createdAt: new Date("2026-10-02T08:00:00Z"),
      },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("gives the city's people a row per ward, in the order of the official codes; a ward's people get nothing", async () => {
    const cityId = (await prisma.jurisdiction.findUniqueOrThrow({ where: { code: "10537" } })).parentId;
    const wards = await prisma.jurisdiction.count({ where: { parentId: cityId } });
    const overview = await city(tokens["lanhdao.thanhpho"] as string);
    expect(overview.wards.length).toBe(wards);
    expect(overview.wards.length).toBeGreaterThan(100);
    const codes = overview.wards.map((w: { wardCode: string }) => w.wardCode);
    expect(codes).toEqual([...codes].sort());
    expect(overview.month).toBe(11);
    expect(await city(tokens.chutich as string)).toBeNull();
    expect(await city(tokens.vanphong as string)).toBeNull();
  });

  it("reads each ward's plan and period with the columns asked for only, not their whole rows", async () => {
    const statements: string[] = [];
    const listen = (e: { query: string }) => statements.push(e.query);
    prisma.$on("query", listen);
    const res = await graphql(
      server.url,
      "{ cityOverview(year: 2026, month: 11) { wards { wardCode plan { id title } period { id label } } } }",
      {},
      tokens["quantri.thanhpho"],
    );
    expect(res.body.errors).toBeUndefined();
    expect(tanHung(res.body.data.cityOverview)).toMatchObject({
      plan: { title: expect.stringContaining("2026") },
      period: { label: "Tháng 11/2026" },
    });
    const planReads = statements.filter((sql) => /FROM "public"\."Plan"/.test(sql));
    const periodReads = statements.filter((sql) => /FROM "public"\."ReportingPeriod"/.test(sql));
    expect(planReads.length).toBeGreaterThan(0);
    expect(periodReads.length).toBeGreaterThan(0);
    // The plan's texts and lists, and the period's other dates, are for the screens that show them.
    for (const sql of planReads) expect(sql).not.toMatch(/"purposes"|"objective"/);
    for (const sql of periodReads) expect(sql).not.toMatch(/"cutoffOn"/);
  });

  it("answers a ward's plan asked twice under two names, each with its own fields, and the ward itself", async () => {
    const res = await graphql(
      server.url,
      "{ cityOverview(year: 2026, month: 11) { wards { wardCode a: plan { id } b: plan { title } ward { code name } } } }",
      {},
      tokens["quantri.thanhpho"],
    );
    expect(res.body.errors).toBeUndefined();
    const row = tanHung(res.body.data.cityOverview);
    expect(row.a).toEqual({ id: gid("Plan", planId) });
    expect(row.b).toEqual({ title: expect.stringContaining("2026") });
    expect(row.ward).toEqual({ code: "10537", name: expect.stringContaining("Tân Hưng") });
  });

  it("counts an unpublished plan for the city's administrator only, and for its leaders once published", async () => {
    const unpublished = tanHung(await city(tokens["lanhdao.thanhpho"] as string));
    expect(unpublished).toMatchObject({ plan: null, indicators: null, reportsMissing: null });
    const admin = tanHung(await city(tokens["quantri.thanhpho"] as string));
    expect(admin.plan).toEqual({ id: gid("Plan", planId) });

    await prisma.plan.update({ where: { id: planId }, data: { publishedAt: new Date("2026-01-10T00:00:00Z") } });
    bumpGeneration(); // a write outside the API: its caches learn of it as of an API write
    const leader = tanHung(await city(tokens["lanhdao.thanhpho"] as string));
    expect(leader.plan).toEqual({ id: gid("Plan", planId) });
    expect(leader.period).toEqual({ label: "Tháng 11/2026" });
    expect(leader.indicators.total.count).toBeGreaterThanOrEqual(18);
  });

  it("has the ward's own overview's figures for the month, and its open recommendations with the oldest one's age", async () => {
    const november = await prisma.reportingPeriod.findFirstOrThrow({ where: { planId, kind: "MONTH", number: 11 } });
    const own = (
      await graphql(
        server.url,
        OVERVIEW,
        { planId: gid("Plan", planId), periodId: gid("ReportingPeriod", november.id) },
        tokens.vanphong,
      )
    ).body.data.planOverview;
    const row = tanHung(await city(tokens["vanphong.thanhpho"] as string));
    expect(row.indicators).toEqual(own.indicators);
    expect(row.tasks).toEqual(own.tasks);
    expect([row.reportsExpected, row.reportsMissing, row.reportsApproved]).toEqual([
      own.reports.expected.count,
      own.reports.missing.count,
      own.reports.approved.count,
    ]);
    expect(row.openRecommendations).toBe(1);
    expect(row.oldestOpenRecommendationAgeDays).toBe(recommendationAgeDays("2026-10-02", vietnamDate(new Date())));
  });

  it("refuses a month that does not exist, saying which months do", async () => {
    const res = await graphql(server.url, CITY, { year: 2026, month: 13 }, tokens["lanhdao.thanhpho"]);
    expect(res.body.errors?.[0]?.message ?? JSON.stringify(res.body)).toMatch(/Tháng từ 1 đến 12/);
  });
});
