// @vitest-environment node
// The dashboard's data loader against the real API: the active plan with exactly its periods, the
// same plan figures for a leader and for the office, every count's IDs being the records of the
// lists it links to, a submitted report on the reviewers' desks, and a refusal for unit staff.
import { gid, loadFixtures, makeReport, setPeriodStatus } from "@kehoach/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DashboardData, loadDashboard } from "../src/dashboard/loadDashboard.ts";
import { type RealApi, startRealApi } from "./support/api.ts";

type Loaded = Extract<DashboardData, { kind: "overview" }>;

function overviewOf(data: DashboardData): Loaded {
  if (data.kind !== "overview") throw new Error(`expected an overview, got ${data.kind}`);
  return data;
}

describe("dashboard data on the real API", () => {
  let api: RealApi;
  beforeAll(async () => {
    api = await startRealApi();
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  it.each(["chutich", "vanphong"])(
    "gives %s the 18 indicators and all the plan's tasks across areas",
    async (username) => {
      const { overview, plan, period, periods } = overviewOf(await loadDashboard(await api.clientAs(username)));
      expect(periods.map((p) => p.id)).toContain(period.id);
      expect(plan.status).toBe("ACTIVE");

      const sum = (pick: (area: Loaded["overview"]["areas"][number]) => number) =>
        overview.areas.reduce((total, area) => total + pick(area), 0);
      expect(sum((area) => area.indicators.total.count)).toBe(18);
      expect(overview.indicators.total.count).toBe(18);

      const dataProvider = await api.dataProviderAs(username);
      // The periods read with the plans in one request are exactly the plan's own.
      const planPeriods = await dataProvider.getList("reportingPeriods", {
        pagination: { page: 1, perPage: 500 },
        sort: { field: "startsOn", order: "ASC" },
        filter: { planId: plan.id },
      });
      expect(periods.map((p) => p.id).sort()).toEqual(planPeriods.data.map((p) => String(p.id)).sort());
      const allTasks = await dataProvider.getList("tasks", {
        pagination: { page: 1, perPage: 1 },
        sort: { field: "id", order: "ASC" },
        filter: {},
      });
      expect(allTasks.total).toBeGreaterThan(0);
      expect(overview.tasks.total.count).toBe(allTasks.total);
      expect(sum((area) => area.tasks.total.count)).toBe(allTasks.total);

      // A count's IDs are the list's record IDs: the link's filter finds exactly those records.
      const linked = await dataProvider.getList("indicators", {
        pagination: { page: 1, perPage: 50 },
        sort: { field: "number", order: "ASC" },
        filter: { id: overview.indicators.total.ids },
      });
      expect(linked.total).toBe(18);
    },
  );

  it("counts a submitted report for the period and puts it on the reviewers' desks only", async () => {
    const prisma = api.server.test.db.prisma;
    const fixtures = await loadFixtures(prisma);
    const october = fixtures.periods.get(10);
    if (!october) throw new Error("no October period in the seed");
    await setPeriodStatus(prisma, october.id, "OPEN");
    // A report with a line about an economy task: reviewed by the office and the economy leaders.
    const report = await makeReport(prisma, fixtures, {
      periodId: october.id,
      unitId: fixtures.kt.id,
      status: "SUBMITTED",
      taskIds: fixtures.ktTasks.slice(0, 1),
    });
    const reportId = gid("ProgressReport", report.id);
    const periodId = gid("ReportingPeriod", october.id);

    const chairman = overviewOf(await loadDashboard(await api.clientAs("chutich"), periodId));
    expect(chairman.period.label).toBe(october.label);
    expect(chairman.overview.reports.submitted.ids).toEqual([reportId]);
    expect(chairman.overview.reports.missing.count).toBe(chairman.overview.reports.expected.count - 1);
    expect(chairman.overview.reports.missing.units.map((unit) => unit.name)).not.toContain(fixtures.kt.name);
    expect(chairman.desk?.reportsToReview.reports.map((r) => [r.id, r.unit.name])).toEqual([
      [reportId, fixtures.kt.name],
    ]);

    const desk = async (username: string) =>
      overviewOf(await loadDashboard(await api.clientAs(username), periodId)).desk?.reportsToReview.ids;
    expect(await desk("vanphong")).toEqual([reportId]);
    expect(await desk("pct.kinhte")).toEqual([reportId]);
    expect(await desk("pct.vhxh")).toEqual([]);
    // The Front reads the overview but reviews nothing.
    const supervisor = overviewOf(await loadDashboard(await api.clientAs("mttq"), periodId));
    expect(supervisor.overview.reports.submitted.count).toBe(1);
    expect(supervisor.desk?.reportsToReview.count).toBe(0);
  });

  it("refuses the overview to unit staff with a clear message", async () => {
    await expect(loadDashboard(await api.clientAs("kt.canbo"))).rejects.toThrow(/không có quyền/i);
  });
});
