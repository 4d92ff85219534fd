// planOverview reuses its computed figures only while the plan's data is unchanged: a change through
// the API shows in the next answer, one made straight in the database within a second, and a report
// saved for another month, or a draft edited again, is not a reason to compute the figures again.
import { setTimeout as sleep } from "node:timers/promises";
import { createEmbeddedTestDatabase, createPostgresTestDatabase } from "@kehoach/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { bumpGeneration } from "../src/cache/writeGeneration.ts";
import { VERSION_RECHECK_MS } from "../src/schema/overview/stateCache.ts";
import { gid, loadFixtures, mutate, setPeriodStatus } from "./report/support.ts";
import { graphql, login, startTestServer, type TestServer } from "./support/server.ts";

const OVERVIEW = /* GraphQL */ `
  query Overview($planId: ID!, $periodId: ID!) {
    planOverview(planId: $planId, periodId: $periodId) {
      tasks { done { count } notStarted { count } }
      indicators { noData { count } }
    }
  }`;

describe("planOverview after changes", () => {
  let server: TestServer;
  let token: string;
  let variables: { planId: string; periodId: string };
  const overview = async () => (await graphql(server.url, OVERVIEW, variables, token)).body.data.planOverview;

  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase);
    token = await login(server.url, "chutich");
    const planId = (await graphql(server.url, "{ plans { edges { node { id } } } }", {}, token)).body.data.plans
      .edges[0].node.id;
    const periods = await graphql(
      server.url,
      "query($p: ID!) { reportingPeriods(planId: $p, first: 1) { edges { node { id } } } }",
      { p: planId },
      token,
    );
    variables = { planId, periodId: periods.body.data.reportingPeriods.edges[0].node.id };
  });
  afterAll(async () => {
    await server?.close();
  });
  // The monotonic clock a test held still runs again, even when the test failed while it was held.
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("counts a task finished through the API in the very next answer", async () => {
    const before = await overview();
    expect(await overview()).toEqual(before);
    const task = await server.test.db.prisma.task.findFirstOrThrow({ where: { code: "a.2" } });
    const updated = await graphql(
      server.url,
      `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { __typename } }`,
      { input: { id: Buffer.from(`Task:${task.id}`).toString("base64"), version: task.version, status: "DONE" } },
      await login(server.url, "vanphong"),
    );
    expect(updated.body.data.updateTask.__typename).toBe("TaskPayload");
    const after = await overview();
    expect(after.tasks.done.count).toBe(before.tasks.done.count + 1);
    expect(after.tasks.notStarted.count).toBe(before.tasks.notStarted.count - 1);
  });

  it("counts a task finished and a measurement recorded straight in the database within a second", async () => {
    const before = await overview();
    const prisma = server.test.db.prisma;
    const task = await prisma.task.findFirstOrThrow({ where: { code: "a.1" } });
    await prisma.task.update({ where: { id: task.id }, data: { status: "DONE" } });
    await sleep(VERSION_RECHECK_MS + 50);
    const afterTask = await overview();
    expect(afterTask.tasks.done.count).toBe(before.tasks.done.count + 1);
    expect(afterTask.tasks.notStarted.count).toBe(before.tasks.notStarted.count - 1);

    const indicator = await prisma.indicator.findFirstOrThrow({ where: { code: "10" } });
    const period = await prisma.reportingPeriod.findFirstOrThrow({ where: { number: 1 } });
    await prisma.measurement.create({
      data: { indicatorId: indicator.id, periodId: period.id, kind: "ESTIMATE", value: "96", source: "thử" },
    });
    await sleep(VERSION_RECHECK_MS + 50);
    expect((await overview()).indicators.noData.count).toBe(before.indicators.noData.count - 1);
  });

  it("keeps a month's figures across a report saved for another month, and shows a report sent for it at once", async () => {
    const prisma = server.test.db.prisma;
    const f = await loadFixtures(prisma);
    const [may, june] = [5, 6].map((n) => f.periods.get(n)?.id as string) as [string, string];
    for (const id of [may, june]) await setPeriodStatus(prisma, id, "OPEN");
    bumpGeneration();
    const reports = /* GraphQL */ `
      query Reports($planId: ID!, $periodId: ID!) {
        planOverview(planId: $planId, periodId: $periodId) { reports { submitted { count } missing { count } } }
      }`;
    const planId = gid("Plan", f.planId);
    let nonce = 0;
    // A distinct unused variable: the response cache never answers, each answer is computed.
    const read = async (periodId: string) => {
      server.sql.reset();
      const res = await graphql(
        server.url,
        reports,
        { planId, periodId: gid("ReportingPeriod", periodId), nonce: ++nonce },
        token,
      );
      return { statements: server.sql.count, reports: res.body.data.planOverview.reports };
    };
    // Signed in first: a sign-in is a write that empties every cache.
    const staff = await login(server.url, "kt.canbo");
    const head = await login(server.url, "kt.truongphong");
    // The caches age on the monotonic clock: held still from here to the read after June's save,
    // so a save slowed past a second by a busy machine does not expire entries this is not about.
    const held = vi.spyOn(performance, "now").mockReturnValue(performance.now());
    const mayBefore = await read(may);
    const mayWarm = await read(may);

    const draft = (periodId: string) => ({
      periodId: gid("ReportingPeriod", periodId),
      unitId: gid("Unit", f.kt.id),
      summary: "Tiếp tục triển khai.",
      taskLines: [{ taskId: gid("Task", f.ktTasks[0] as string), status: "IN_PROGRESS", percentDone: 30 }],
      indicatorLines: [],
    });
    expect(await mutate(server.url, "saveReportDraft", draft(june), staff)).toMatchObject({
      __typename: "SaveReportDraftPayload",
    });
    // June's report changed nothing May's figures are computed from: at most its version is read again.
    const mayAfter = await read(may);
    held.mockRestore();
    expect(mayAfter.reports).toEqual(mayBefore.reports);
    expect(mayAfter.statements).toBeLessThanOrEqual(mayWarm.statements + 1);

    const saved = await mutate(server.url, "saveReportDraft", draft(may), staff);
    const sent = await mutate(
      server.url,
      "submitReport",
      { reportId: saved.report.id, version: saved.report.version },
      head,
    );
    expect(sent.__typename).toBe("SubmitReportPayload");
    const maySent = await read(may);
    expect(maySent.reports.submitted.count).toBe(mayBefore.reports.submitted.count + 1);
    expect(maySent.reports.missing.count).toBe(mayBefore.reports.missing.count - 1);
  });

  it("keeps a month's figures across a draft edited again for that month", async () => {
    const prisma = server.test.db.prisma;
    const f = await loadFixtures(prisma);
    const june = f.periods.get(6)?.id as string;
    await setPeriodStatus(prisma, june, "OPEN");
    const staff = await login(server.url, "kt.canbo");
    const planId = gid("Plan", f.planId);
    const read = async (nonce: number) => {
      server.sql.reset();
      const res = await graphql(
        server.url,
        "query($planId: ID!, $periodId: ID!) { planOverview(planId: $planId, periodId: $periodId) { reports { submitted { count } missing { count } } tasks { inProgress { count } } } }",
        { planId, periodId: gid("ReportingPeriod", june), nonce },
        token,
      );
      return { statements: server.sql.count, overview: res.body.data.planOverview };
    };
    const save = async (percentDone: number) => {
      const report = await prisma.progressReport.findUnique({
        where: { periodId_unitId: { periodId: june, unitId: f.kt.id } },
      });
      const saved = await mutate(
        server.url,
        "saveReportDraft",
        {
          periodId: gid("ReportingPeriod", june),
          unitId: gid("Unit", f.kt.id),
          version: report?.version ?? null,
          summary: `Bản nháp ${percentDone}%.`,
          taskLines: [{ taskId: gid("Task", f.ktTasks[0] as string), status: "IN_PROGRESS", percentDone }],
          indicatorLines: [],
        },
        staff,
      );
      expect(saved.__typename).toBe("SaveReportDraftPayload");
    };
    await save(30);
    const held = vi.spyOn(performance, "now").mockReturnValue(performance.now());
    const before = await read(1);
    const warm = await read(2);
    await save(35);
    // The draft is still a draft: only June's version is read again, the figures stand.
    const after = await read(3);
    held.mockRestore();
    expect(after.overview).toEqual(before.overview);
    expect(after.statements).toBeLessThanOrEqual(warm.statements + 1);
  });
});

// On PostgreSQL, where requests run side by side (the embedded database takes them one at a time).
describe("planOverview for viewers at the same moment on PostgreSQL", () => {
  let server: TestServer;
  let token: string;
  let variables: { planId: string; periodId: string };

  beforeAll(async () => {
    server = await startTestServer(createPostgresTestDatabase);
    token = await login(server.url, "chutich");
    const f = await loadFixtures(server.test.db.prisma);
    variables = { planId: gid("Plan", f.planId), periodId: gid("ReportingPeriod", f.periods.get(6)?.id as string) };
  });
  afterAll(async () => {
    await server?.close();
  });

  it("computes a plan's figures once for the viewers who ask while they are being computed", async () => {
    const prisma = server.test.db.prisma;
    let computed = 0;
    // The task query of a plan's state (compute.ts loadPlanState): one per computation.
    prisma.$on("query", (event) => {
      if (event.query.includes('"t0"."areaId", "t0"."status"::text, "t0"."deadline"')) computed += 1;
    });
    const task = await prisma.task.findFirstOrThrow({ where: { code: "a.3" } });
    await prisma.task.update({ where: { id: task.id }, data: { status: "IN_PROGRESS" } });
    // As after a write through the API: every version is read again, and this plan's has changed.
    bumpGeneration();
    const viewers = await Promise.all(
      [1, 2, 3, 4, 5].map(
        async (nonce) => (await graphql(server.url, OVERVIEW, { ...variables, nonce }, token)).body.data.planOverview,
      ),
    );
    expect(computed).toBe(1);
    for (const answer of viewers) expect(answer).toEqual(viewers[0]);
  });
});
