// The report workflow over HTTP on both databases: kt.canbo saves a draft → kt.truongphong submits
// → vanphong returns it with a reason → fixed and resubmitted → pct.kinhte approves → measurements
// and task status updated → planOverview, unitScorecard and leaderDesk change; plus conflicts,
// closed periods, comments and the audit trail.
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, startTestServer, type TestServer } from "../support/server.ts";
import { type Fixtures, gid, loadFixtures, mutate, signInAll } from "./support.ts";

const OVERVIEW = /* GraphQL */ `
  query Overview($planId: ID!, $periodId: ID!) {
    planOverview(planId: $planId, periodId: $periodId) {
      asOfMonth
      period { label }
      indicators { total { count } noData { count ids } onTrack { count ids } offTrack { count } }
      tasks { total { count } notStarted { count } inProgress { count } done { count ids } overdue { count ids tasks { id code } } }
      reports { expected { count units { code } } submitted { count } approved { count reports { id unit { code } } } missing { count ids } }
      areas { area { code } indicators { total { count } noData { count } } tasks { overdue { count } done { count } } reports { expected { count } approved { count } } }
    }
  }
`;

describe.each(testDatabaseKinds)("report workflow on the $kind database", ({ create }) => {
  let server: TestServer;
  let f: Fixtures;
  let tokens: Record<string, string | undefined>;
  const june = () => gid("ReportingPeriod", f.periods.get(6)?.id as string);

  beforeAll(async () => {
    server = await startTestServer(create);
    f = await loadFixtures(server.test.db.prisma);
    tokens = await signInAll(server.url, ["pct.kinhte"]);
    // A kt task due in March that nobody has started: overdue in June until the approval says it is done.
    await server.test.db.prisma.task.update({
      where: { id: f.ktTasks[0] as string },
      data: { deadline: new Date("2026-03-31T00:00:00Z"), status: "NOT_STARTED" },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("runs draft → submit → return → resubmit → approve, and approval updates measurements, tasks and the overview", async () => {
    const prisma = server.test.db.prisma;
    const [task, task2] = f.ktTasks as [string, string];
    const indicator = f.ktIndicators[3] as string; // (4) Tỷ lệ giải ngân vốn đầu tư công: đạt 100%
    const planId = gid("Plan", f.planId);

    // The office opens June (closed by date when the seed ran in late 2026, or upcoming before).
    const period = await prisma.reportingPeriod.findUniqueOrThrow({ where: { id: f.periods.get(6)?.id } });
    if (period.status !== "OPEN") {
      const opened = await mutate(
        server.url,
        "openReportingPeriod",
        { periodId: june(), version: period.version },
        tokens.vanphong,
      );
      expect(opened).toMatchObject({ __typename: "OpenReportingPeriodPayload", period: { status: "OPEN" } });
    }

    const before = (await graphql(server.url, OVERVIEW, { planId, periodId: june() }, tokens.chutich)).body.data
      .planOverview;
    expect(before.asOfMonth).toBe(6);
    expect(before.tasks.overdue.ids).toContain(gid("Task", task));
    expect(before.reports.missing.ids).toContain(gid("Unit", f.kt.id));
    expect(before.indicators.noData.ids).toContain(gid("Indicator", indicator));

    // 1. kt.canbo saves a draft.
    const draftInput = {
      periodId: june(),
      unitId: gid("Unit", f.kt.id),
      summary: "Tháng 6: tiếp tục giải ngân vốn đầu tư công.",
      taskLines: [
        { taskId: gid("Task", task), status: "IN_PROGRESS", percentDone: 40, results: "Đang triển khai" },
        { taskId: gid("Task", task2), status: "IN_PROGRESS", percentDone: 10 },
      ],
      indicatorLines: [{ indicatorId: gid("Indicator", indicator), valueToDate: "45", yearEndEstimate: "100" }],
    };
    const draft = await mutate(server.url, "saveReportDraft", draftInput, tokens["kt.canbo"]);
    expect(draft).toMatchObject({ __typename: "SaveReportDraftPayload", report: { status: "DRAFT", version: 1 } });
    const reportId = draft.report.id as string;
    expect(draft.report.taskLines).toHaveLength(2);

    // Drafts are private to the unit.
    const LIST =
      "query($p: ID) { progressReports(periodId: $p, first: 50) { totalCount edges { node { id status } } } }";
    const seen = async (user: string) =>
      (await graphql(server.url, LIST, { p: june() }, tokens[user])).body.data.progressReports.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await seen("kt.truongphong")).toContain(reportId);
    expect(await seen("vhxh.canbo")).not.toContain(reportId);
    expect(await seen("mttq")).not.toContain(reportId);
    expect(await seen("vanphong")).not.toContain(reportId);
    const NODE = "query($id: ID!) { node(id: $id) { id ... on ProgressReport { status } } }";
    const foreign = await graphql(server.url, NODE, { id: reportId }, tokens["vhxh.canbo"]);
    expect(foreign.body.data?.node ?? null).toBeNull();

    // 2. Staff only draft; the head submits.
    const staffSubmit = await mutate(server.url, "submitReport", { reportId, version: 1 }, tokens["kt.canbo"]);
    expect(staffSubmit.__typename).toBe("NotAuthorized");
    const submitted = await mutate(server.url, "submitReport", { reportId, version: 1 }, tokens["kt.truongphong"]);
    expect(submitted).toMatchObject({
      __typename: "SubmitReportPayload",
      report: { status: "SUBMITTED", version: 2, submittedBy: { username: "kt.truongphong" } },
    });
    expect(await seen("mttq")).toContain(reportId);

    // A submitted report cannot be edited.
    const locked = await mutate(server.url, "saveReportDraft", { ...draftInput, version: 2 }, tokens["kt.canbo"]);
    expect(locked.__typename).toBe("ValidationError");

    // The economy leader's desk lists it; the culture-society leader's does not.
    const DESK = `query($planId: ID!, $periodId: ID) { leaderDesk(planId: $planId, periodId: $periodId) {
      reportsToReview { count ids } overdueTasks { count ids } areas { code } } }`;
    const desk = async (user: string) =>
      (await graphql(server.url, DESK, { planId, periodId: june() }, tokens[user])).body.data.leaderDesk;
    expect((await desk("pct.kinhte")).reportsToReview.ids).toContain(reportId);
    expect((await desk("vanphong")).reportsToReview.ids).toContain(reportId);
    expect((await desk("pct.vhxh")).reportsToReview.ids).not.toContain(reportId);
    expect((await desk("pct.kinhte")).overdueTasks.ids).toContain(gid("Task", task));

    // 3. The office returns it with a reason (5–2000 characters).
    const short = await mutate(server.url, "returnReport", { reportId, version: 2, reason: "Sai" }, tokens.vanphong);
    expect(short.__typename).toBe("ValidationError");
    const returned = await mutate(
      server.url,
      "returnReport",
      { reportId, version: 2, reason: "Bổ sung kết quả giải ngân đến 30/6." },
      tokens.vanphong,
    );
    expect(returned).toMatchObject({
      __typename: "ReturnReportPayload",
      report: { status: "RETURNED", version: 3, returnReason: "Bổ sung kết quả giải ngân đến 30/6." },
    });

    // 4. Fixed (a stale version is a conflict) and resubmitted.
    const fixedInput = {
      ...draftInput,
      taskLines: [
        { taskId: gid("Task", task), status: "DONE", percentDone: 100, results: "Đã hoàn thành" },
        { taskId: gid("Task", task2), status: "IN_PROGRESS", percentDone: 60 },
      ],
      indicatorLines: [{ indicatorId: gid("Indicator", indicator), valueToDate: "52.5", yearEndEstimate: "100" }],
    };
    const stale = await mutate(server.url, "saveReportDraft", { ...fixedInput, version: 1 }, tokens["kt.canbo"]);
    expect(stale).toMatchObject({ __typename: "ConflictError", code: "CONFLICT", currentVersion: 3 });
    const fixed = await mutate(server.url, "saveReportDraft", { ...fixedInput, version: 3 }, tokens["kt.canbo"]);
    expect(fixed).toMatchObject({ report: { status: "RETURNED", version: 4 } });
    const resubmitted = await mutate(server.url, "submitReport", { reportId, version: 4 }, tokens["kt.truongphong"]);
    expect(resubmitted).toMatchObject({ report: { status: "SUBMITTED", version: 5 } });

    // 5. A leader of other areas may not approve; the economy leader does.
    const wrongLeader = await mutate(server.url, "approveReport", { reportId, version: 5 }, tokens["pct.vhxh"]);
    expect(wrongLeader.__typename).toBe("NotAuthorized");
    const staleApprove = await mutate(server.url, "approveReport", { reportId, version: 4 }, tokens["pct.kinhte"]);
    expect(staleApprove).toMatchObject({ __typename: "ConflictError", currentVersion: 5 });
    const approved = await mutate(server.url, "approveReport", { reportId, version: 5 }, tokens["pct.kinhte"]);
    expect(approved).toMatchObject({
      __typename: "ApproveReportPayload",
      report: { status: "APPROVED", version: 6, returnReason: null, reviewedBy: { username: "pct.kinhte" } },
    });
    const again = await mutate(server.url, "approveReport", { reportId, version: 6 }, tokens["pct.kinhte"]);
    expect(again.__typename).toBe("ValidationError");

    // 6. Measurements and task status.
    const MEASUREMENTS = `query($id: ID!, $p: ID) { node(id: $id) { ... on Indicator {
      measurements(periodId: $p) { kind value source period { label } recordedBy { username } } } } }`;
    const m = (await graphql(server.url, MEASUREMENTS, { id: gid("Indicator", indicator), p: june() }, tokens.chutich))
      .body.data.node.measurements;
    const source = `Báo cáo ${f.kt.name} Tháng 06/2026`;
    expect(m).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "ACTUAL", source, recordedBy: { username: "pct.kinhte" } }),
        expect.objectContaining({ kind: "ESTIMATE", source }),
      ]),
    );
    expect(Number(m.find((x: { kind: string }) => x.kind === "ACTUAL").value)).toBe(52.5);
    expect(Number(m.find((x: { kind: string }) => x.kind === "ESTIMATE").value)).toBe(100);
    const tasks = await prisma.task.findMany({ where: { id: { in: [task, task2] } } });
    const byId = new Map(tasks.map((t) => [t.id, t]));
    expect(byId.get(task)).toMatchObject({ status: "DONE" });
    expect(Number(byId.get(task)?.percentDone)).toBe(100);
    expect(byId.get(task2)).toMatchObject({ status: "IN_PROGRESS" });
    expect(Number(byId.get(task2)?.percentDone)).toBe(60);

    // 7. The overview changed: the indicator has data, the overdue task is done, kt's report is approved.
    const after = (await graphql(server.url, OVERVIEW, { planId, periodId: june() }, tokens.chutich)).body.data
      .planOverview;
    expect(after.indicators.noData.count).toBe(before.indicators.noData.count - 1);
    expect(after.indicators.onTrack.ids).toContain(gid("Indicator", indicator));
    expect(after.tasks.overdue.count).toBe(before.tasks.overdue.count - 1);
    expect(after.tasks.done.ids).toContain(gid("Task", task));
    expect(after.reports.approved.count).toBe(before.reports.approved.count + 1);
    expect(after.reports.approved.reports).toContainEqual({ id: reportId, unit: { code: "kt" } });
    expect(after.reports.missing.ids).not.toContain(gid("Unit", f.kt.id));
    const economy = after.areas.find((a: { area: { code: string } }) => a.area.code === "ECONOMY");
    const economyBefore = before.areas.find((a: { area: { code: string } }) => a.area.code === "ECONOMY");
    expect(economy.reports.approved.count).toBe(1);
    expect(economy.indicators.noData.count).toBe(economyBefore.indicators.noData.count - 1);
    // The whole plan is the sum of its areas.
    const sum = (k: (a: any) => number) => after.areas.reduce((s: number, a: unknown) => s + k(a), 0);
    expect(sum((a) => a.indicators.total.count)).toBe(after.indicators.total.count);
    expect(after.reports.expected.units.map((u: { code: string }) => u.code)).toContain("kt");

    // The unit's scorecard, for the unit head and for a leader.
    const CARD = `query($u: ID!, $p: ID!) { unitScorecard(unitId: $u, periodId: $p) {
      unit { code } reportStatus submittedOnTime report { id } leadTasks { total { count } done { count } }
      leadIndicators { total { count } onTrack { ids } } } }`;
    const card = await graphql(server.url, CARD, { u: gid("Unit", f.kt.id), p: june() }, tokens["kt.truongphong"]);
    expect(card.body.data.unitScorecard).toMatchObject({
      unit: { code: "kt" },
      reportStatus: "APPROVED",
      report: { id: reportId },
    });
    expect(card.body.data.unitScorecard.leadTasks.done.count).toBeGreaterThanOrEqual(1);
    expect(card.body.data.unitScorecard.leadIndicators.onTrack.ids).toContain(gid("Indicator", indicator));
    const foreignCard = await graphql(server.url, CARD, { u: gid("Unit", f.kt.id), p: june() }, tokens["vhxh.canbo"]);
    expect(foreignCard.body.data?.unitScorecard ?? null).toBeNull();
    expect(foreignCard.body.errors?.length).toBeGreaterThan(0);

    // 8. Comments by the Front and by the unit itself; staff of another unit may not.
    const comment = await mutate(
      server.url,
      "commentOnReport",
      { reportId, body: "Đề nghị công khai tiến độ giải ngân." },
      tokens.mttq,
    );
    expect(comment).toMatchObject({ __typename: "CommentOnReportPayload", comment: { author: { username: "mttq" } } });
    // Another unit's staff does not read the report: to it, the ID is unknown.
    const other = await mutate(server.url, "commentOnReport", { reportId, body: "Ý kiến" }, tokens["vhxh.canbo"]);
    expect(other.__typename).toBe("NotFound");
    const COMMENTS =
      "query($id: ID!) { node(id: $id) { ... on ProgressReport { comments { body author { username } } } } }";
    const comments = (await graphql(server.url, COMMENTS, { id: reportId }, tokens.vanphong)).body.data.node.comments;
    expect(comments).toEqual([{ body: "Đề nghị công khai tiến độ giải ngân.", author: { username: "mttq" } }]);

    // 9. One audit event per successful write, newest first.
    const AUDIT = `query($id: ID) { auditEvents(entityType: "ProgressReport", entityId: $id, first: 20) {
      totalCount edges { node { name actor { username } after } } } }`;
    const audit = (await graphql(server.url, AUDIT, { id: reportId }, tokens.vanphong)).body.data.auditEvents;
    expect(audit.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      "report.approved",
      "report.submitted",
      "report.draftSaved",
      "report.returned",
      "report.submitted",
      "report.draftCreated",
    ]);
    expect(audit.edges[0].node.actor.username).toBe("pct.kinhte");
    expect(JSON.parse(audit.edges[0].node.after).measurements).toHaveLength(2);
    const commented = await prisma.auditEvent.count({ where: { name: "report.commented" } });
    expect(commented).toBe(1);

    // 10. The report's history, for anyone who may read it (here the unit's staff, who may not read
    // the audit log): every step in order, the return with its reason; draft saves are not steps.
    const HISTORY = `query($id: ID!) { node(id: $id) { ... on ProgressReport {
      history { action at reason actor { username } } } } }`;
    const history = (await graphql(server.url, HISTORY, { id: reportId }, tokens["kt.canbo"])).body.data.node.history;
    expect(history.map(({ action, reason, actor }: Record<string, unknown>) => ({ action, reason, actor }))).toEqual([
      { action: "CREATED", reason: null, actor: { username: "kt.canbo" } },
      { action: "SUBMITTED", reason: null, actor: { username: "kt.truongphong" } },
      { action: "RETURNED", reason: "Bổ sung kết quả giải ngân đến 30/6.", actor: { username: "vanphong" } },
      { action: "RESUBMITTED", reason: null, actor: { username: "kt.truongphong" } },
      { action: "APPROVED", reason: null, actor: { username: "pct.kinhte" } },
    ]);
    const times = history.map((entry: { at: string }) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // Each step is dated by the request's clock (the test's day), not by the database server's.
    const testNow = Date.now();
    for (const at of times) expect(Math.abs(testNow - at)).toBeLessThan(10 * 60_000);
    const foreignHistory = await graphql(server.url, HISTORY, { id: reportId }, tokens["vhxh.canbo"]);
    expect(foreignHistory.body.data?.node ?? null).toBeNull();
  });

  it("refuses drafts and submissions in a closed period with PeriodClosed", async () => {
    const prisma = server.test.db.prisma;
    const mayId = f.periods.get(5)?.id as string;
    const may = gid("ReportingPeriod", mayId);
    let p = await prisma.reportingPeriod.findUniqueOrThrow({ where: { id: mayId } });
    if (p.status !== "OPEN") {
      await mutate(server.url, "openReportingPeriod", { periodId: may, version: p.version }, tokens.admin);
      p = await prisma.reportingPeriod.findUniqueOrThrow({ where: { id: mayId } });
    }
    const input = {
      periodId: may,
      unitId: gid("Unit", f.kt.id),
      taskLines: [{ taskId: gid("Task", f.ktTasks[1] as string), status: "IN_PROGRESS", percentDone: 20 }],
      indicatorLines: [],
    };
    const draft = await mutate(server.url, "saveReportDraft", input, tokens["kt.canbo"]);
    expect(draft.__typename).toBe("SaveReportDraftPayload");
    const closed = await mutate(
      server.url,
      "closeReportingPeriod",
      { periodId: may, version: p.version },
      tokens.vanphong,
    );
    expect(closed).toMatchObject({ __typename: "CloseReportingPeriodPayload", period: { status: "CLOSED" } });
    expect(closed.period.closedAt).toBeTruthy();
    const staleClose = await mutate(
      server.url,
      "closeReportingPeriod",
      { periodId: may, version: p.version },
      tokens.vanphong,
    );
    expect(staleClose.__typename).toBe("ConflictError");

    const save = await mutate(server.url, "saveReportDraft", { ...input, version: 1 }, tokens["kt.canbo"]);
    expect(save).toMatchObject({ __typename: "PeriodClosed", code: "PERIOD_CLOSED", periodLabel: "Tháng 05/2026" });
    const submit = await mutate(
      server.url,
      "submitReport",
      { reportId: draft.report.id, version: 1 },
      tokens["kt.truongphong"],
    );
    expect(submit.__typename).toBe("PeriodClosed");
    const report = await prisma.progressReport.findUniqueOrThrow({
      where: { periodId_unitId: { periodId: mayId, unitId: f.kt.id } },
    });
    expect(report).toMatchObject({ status: "DRAFT", version: 1 });
    const periodEvents = await prisma.auditEvent.findMany({
      where: { entityId: mayId },
      orderBy: { createdAt: "asc" },
    });
    expect(periodEvents.map((e) => e.name).at(-1)).toBe("reportingPeriod.closed");
  });
});
