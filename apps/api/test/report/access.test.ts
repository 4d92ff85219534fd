// Authorization matrix and validation of the report part over HTTP on both databases: every role
// (and anonymous) × each report mutation and each sensitive list — allowed or denied, and a denied
// write changes nothing; malformed input (empty and 10,000-character strings, out-of-range numbers,
// unknown IDs, IDs of the wrong type) is a ValidationError naming the field.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@kehoach/db";
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_TOKEN_PREFIX, newToken } from "../../src/auth/tokens.ts";
import { bumpGeneration } from "../../src/cache/writeGeneration.ts";
import { graphql, startTestServer, type TestServer } from "../support/server.ts";
import {
  type Fixtures,
  gid,
  loadFixtures,
  makeReport,
  mutate,
  ROLES,
  type RoleUser,
  setPeriodStatus,
  signInAll,
  snapshot,
} from "./support.ts";

type Allowed = Partial<Record<RoleUser, boolean>>;

describe.each(testDatabaseKinds)("report access and validation on the $kind database", ({ create }) => {
  let server: TestServer;
  let f: Fixtures;
  let tokens: Record<string, string | undefined>;
  let prisma: Prisma;
  /** The period used by the matrix (kept OPEN), and another one for the list tests. */
  let periodId: string;
  let listPeriodId: string;

  beforeAll(async () => {
    server = await startTestServer(create);
    prisma = server.test.db.prisma;
    f = await loadFixtures(prisma);
    tokens = await signInAll(server.url);
    periodId = f.periods.get(8)?.id as string;
    listPeriodId = f.periods.get(9)?.id as string;
    await setPeriodStatus(prisma, periodId, "OPEN");
    await setPeriodStatus(prisma, listPeriodId, "OPEN");
  });
  afterAll(async () => {
    await server?.close();
  });

  /**
   * For each role: prepares the state, runs the mutation, and expects the payload when allowed, or
   * NotAuthorized and no row changed when denied.
   */
  async function matrix(
    op: Parameters<typeof mutate>[1],
    allowed: Allowed,
    prepare: () => Promise<Record<string, unknown>>,
    payload: string,
  ) {
    const outcome: Record<string, string> = {};
    for (const role of ROLES) {
      const input = await prepare();
      const before = await snapshot(prisma);
      const auditsBefore = await prisma.auditEvent.count({ where: { NOT: { entityType: "Session" } } });
      const result = await mutate(server.url, op, input, tokens[role]);
      outcome[role] = result.__typename;
      if (allowed[role]) {
        expect(result.__typename, `${op} as ${role}: ${JSON.stringify(result)}`).toBe(payload);
        expect(await prisma.auditEvent.count({ where: { NOT: { entityType: "Session" } } })).toBe(auditsBefore + 1);
      } else if (result.__typename === "NotFound" && "reportId" in input) {
        // A report the role may not even read answers exactly as an unknown ID does.
        const unknown = await mutate(
          server.url,
          op,
          { ...input, reportId: gid("ProgressReport", randomUUID()) },
          tokens[role],
        );
        expect(unknown.__typename, `${op} as ${role}, unknown ID`).toBe("NotFound");
        expect(unknown.message.replace(/ID \S+/, "ID …"), `${op} as ${role}`).toBe(
          result.message.replace(/ID \S+/, "ID …"),
        );
        expect(await snapshot(prisma), `${op} as ${role} changed rows`).toBe(before);
      } else {
        expect(result.__typename, `${op} as ${role}`).toBe("NotAuthorized");
        expect(await snapshot(prisma), `${op} as ${role} changed rows`).toBe(before);
      }
    }
    return outcome;
  }

  const submittedKtReport = async () => {
    const r = await makeReport(prisma, f, {
      periodId,
      unitId: f.kt.id,
      status: "SUBMITTED",
      taskIds: [f.ktTasks[0] as string],
      indicatorIds: [f.ktIndicators[0] as string],
    });
    return { reportId: gid("ProgressReport", r.id), version: r.version };
  };

  it("openReportingPeriod and closeReportingPeriod: ADMIN and OFFICE only", async () => {
    const admins: Allowed = { admin: true, vanphong: true };
    await matrix(
      "openReportingPeriod",
      admins,
      async () => {
        const version = await setPeriodStatus(prisma, listPeriodId, "CLOSED");
        return { periodId: gid("ReportingPeriod", listPeriodId), version };
      },
      "OpenReportingPeriodPayload",
    );
    await matrix(
      "closeReportingPeriod",
      admins,
      async () => {
        const version = await setPeriodStatus(prisma, listPeriodId, "OPEN");
        return { periodId: gid("ReportingPeriod", listPeriodId), version };
      },
      "CloseReportingPeriodPayload",
    );
    await setPeriodStatus(prisma, listPeriodId, "OPEN");
  });

  it("saveReportDraft: the unit's staff and head only", async () => {
    await matrix(
      "saveReportDraft",
      { "kt.truongphong": true, "kt.canbo": true },
      async () => {
        await prisma.progressReport.deleteMany({ where: { periodId, unitId: f.kt.id } });
        return {
          periodId: gid("ReportingPeriod", periodId),
          unitId: gid("Unit", f.kt.id),
          taskLines: [{ taskId: gid("Task", f.ktTasks[0] as string), status: "IN_PROGRESS", percentDone: 10 }],
          indicatorLines: [],
        };
      },
      "SaveReportDraftPayload",
    );
  });

  it("submitReport: the unit head only (staff only draft)", async () => {
    await matrix(
      "submitReport",
      { "kt.truongphong": true },
      async () => {
        const r = await makeReport(prisma, f, {
          periodId,
          unitId: f.kt.id,
          status: "DRAFT",
          taskIds: [f.ktTasks[0] as string],
        });
        return { reportId: gid("ProgressReport", r.id), version: r.version };
      },
      "SubmitReportPayload",
    );
  });

  it("approveReport and returnReport: the office and leaders in charge of the report's areas", async () => {
    const reviewers: Allowed = { vanphong: true, chutich: true };
    await matrix("approveReport", reviewers, submittedKtReport, "ApproveReportPayload");
    await matrix(
      "returnReport",
      reviewers,
      async () => ({ ...(await submittedKtReport()), reason: "Bổ sung số liệu." }),
      "ReturnReportPayload",
    );
  });

  it("the review queue (toReview) and the leader's desk list what each reviewer may review, never its own report", async () => {
    await prisma.progressReport.deleteMany({ where: { periodId: listPeriodId } });
    const kt = await makeReport(prisma, f, {
      periodId: listPeriodId,
      unitId: f.kt.id,
      status: "SUBMITTED",
      taskIds: [f.ktTasks[0] as string],
    });
    const vhxh = await makeReport(prisma, f, {
      periodId: listPeriodId,
      unitId: f.vhxh.id,
      status: "SUBMITTED",
      taskIds: [f.vhxhTasks[0] as string],
    });
    const ids = { kt: gid("ProgressReport", kt.id), vhxh: gid("ProgressReport", vhxh.id) };
    const QUEUE = `query($p: ID!) { progressReports(periodId: $p, toReview: true) { totalCount edges { node { id } } } }`;
    const DESK = `query($plan: ID!, $p: ID!) { leaderDesk(planId: $plan, periodId: $p) { reportsToReview { count } } }`;
    const vars = { p: gid("ReportingPeriod", listPeriodId), plan: gid("Plan", f.planId) };
    const queueOf = async (role: RoleUser) => {
      const res = await graphql(server.url, QUEUE, vars, tokens[role]);
      return ((res.body.data?.progressReports?.edges ?? []) as { node: { id: string } }[]).map((e) => e.node.id).sort();
    };
    const expected: Partial<Record<RoleUser, string[]>> = {
      vanphong: [ids.kt, ids.vhxh].sort(),
      chutich: [ids.kt, ids.vhxh].sort(),
      "pct.vhxh": [ids.vhxh],
    };
    for (const role of ROLES) {
      expect(await queueOf(role), role).toEqual(expected[role] ?? []);
    }
    // The desk counts the same queue over every period.
    const deskCount = async (role: RoleUser) =>
      (await graphql(server.url, DESK, vars, tokens[role])).body.data.leaderDesk.reportsToReview.count as number;
    const queueCount = async (role: RoleUser) =>
      (await graphql(server.url, "{ progressReports(toReview: true) { totalCount } }", {}, tokens[role])).body.data
        .progressReports.totalCount as number;
    for (const role of ["vanphong", "chutich", "pct.vhxh"] as const) {
      expect(await deskCount(role), role).toBe(await queueCount(role));
    }
    const officeDeskBefore = await deskCount("vanphong");
    // The office member who sent Văn hóa – Xã hội's report does not review it.
    await prisma.progressReport.update({
      where: { id: vhxh.id },
      data: { submittedById: f.users.get("vanphong") as string },
    });
    bumpGeneration(); // a write outside the API: the cached answers of the last second are stale
    expect(await queueOf("vanphong")).toEqual([ids.kt]);
    expect(await deskCount("vanphong")).toBe(officeDeskBefore - 1);
  });

  it("commentOnReport: supervisors, leaders, office, admin and the unit itself — not other units' staff", async () => {
    await matrix(
      "commentOnReport",
      {
        admin: true,
        vanphong: true,
        chutich: true,
        "pct.vhxh": true,
        "kt.truongphong": true,
        "kt.canbo": true,
        mttq: true,
      },
      async () => ({ reportId: (await submittedKtReport()).reportId, body: "Ý kiến giám sát." }),
      "CommentOnReportPayload",
    );
  });

  it("progressReports: drafts private to the unit, unit staff see their unit only, anonymous sees none", async () => {
    const ktDraft = await makeReport(prisma, f, { periodId: listPeriodId, unitId: f.kt.id, status: "DRAFT" });
    const vhxhSent = await makeReport(prisma, f, { periodId: listPeriodId, unitId: f.vhxh.id, status: "SUBMITTED" });
    const LIST = "query($p: ID) { progressReports(periodId: $p, first: 20) { totalCount edges { node { id } } } }";
    const expected: Record<RoleUser, string[]> = {
      admin: [vhxhSent.id],
      vanphong: [vhxhSent.id],
      chutich: [vhxhSent.id],
      "pct.vhxh": [vhxhSent.id],
      "kt.truongphong": [ktDraft.id],
      "kt.canbo": [ktDraft.id],
      "vhxh.canbo": [vhxhSent.id],
      mttq: [vhxhSent.id],
      anonymous: [],
    };
    for (const role of ROLES) {
      const res = await graphql(server.url, LIST, { p: gid("ReportingPeriod", listPeriodId) }, tokens[role]);
      expect(res.body.errors, role).toBeUndefined();
      const ids = res.body.data.progressReports.edges.map((e: { node: { id: string } }) => e.node.id).sort();
      expect(ids, role).toEqual(expected[role].map((id) => gid("ProgressReport", id)).sort());
      expect(res.body.data.progressReports.totalCount, role).toBe(expected[role].length);
      // node(id) follows the same rule.
      const node = await graphql(
        server.url,
        "query($id: ID!) { node(id: $id) { id } }",
        { id: gid("ProgressReport", ktDraft.id) },
        tokens[role],
      );
      expect(node.body.data?.node?.id ?? null, role).toBe(
        role.startsWith("kt.") ? gid("ProgressReport", ktDraft.id) : null,
      );
    }
  });

  it("auditEvents: ADMIN and OFFICE only", async () => {
    const AUDIT = "{ auditEvents(first: 5) { totalCount edges { node { name entityType createdAt } } } }";
    for (const role of ROLES) {
      const res = await graphql(server.url, AUDIT, {}, tokens[role]);
      if (role === "admin" || role === "vanphong") {
        expect(res.body.errors, role).toBeUndefined();
        const events = res.body.data.auditEvents.edges.map((e: { node: { createdAt: string } }) => e.node.createdAt);
        expect(events.length).toBeGreaterThan(0);
        expect([...events].sort().reverse(), "newest first").toEqual(events);
      } else {
        expect(res.body.data?.auditEvents ?? null, role).toBeNull();
        expect(res.body.errors?.length, role).toBeGreaterThan(0);
      }
    }
  });

  it("cross-area views: readers only; leaderDesk needs a signed-in user", async () => {
    const q = `query($plan: ID!, $p: ID!) { planOverview(planId: $plan, periodId: $p) { tasks { total { count } } } }`;
    for (const role of ROLES) {
      const res = await graphql(
        server.url,
        q,
        { plan: gid("Plan", f.planId), p: gid("ReportingPeriod", periodId) },
        tokens[role],
      );
      const ok = ["admin", "vanphong", "chutich", "pct.vhxh", "mttq"].includes(role);
      expect(Boolean(res.body.data?.planOverview), role).toBe(ok);
    }
    const DESK = "query($plan: ID!) { leaderDesk(planId: $plan) { reportsToReview { count } } }";
    const desk = await graphql(server.url, DESK, { plan: gid("Plan", f.planId) });
    expect(desk.body.data?.leaderDesk ?? null).toBeNull();

    // API tokens: "overview:read" reads the overview but not the desk (a signed-in user's) nor the audit log.
    const apiToken = async (scopes: string[]) => {
      const user = await prisma.user.create({
        data: {
          jurisdictionId: f.jurisdictionId,
          username: `api-${scopes.join("-")}-${Date.now()}`,
          displayName: "Ứng dụng thử",
          roleGrants: { create: { role: "API_CLIENT", jurisdictionId: f.jurisdictionId } },
        },
      });
      const { token, hash, display } = newToken(API_TOKEN_PREFIX);
      await prisma.apiToken.create({
        data: { userId: user.id, name: "thử", prefix: display, tokenHash: hash, scopes },
      });
      return token;
    };
    const overviewToken = await apiToken(["overview:read"]);
    const otherToken = await apiToken(["plan:read"]);
    const vars = { plan: gid("Plan", f.planId), p: gid("ReportingPeriod", periodId) };
    expect((await graphql(server.url, q, vars, overviewToken)).body.data?.planOverview).toBeTruthy();
    expect((await graphql(server.url, q, vars, otherToken)).body.data?.planOverview ?? null).toBeNull();
    expect((await graphql(server.url, DESK, vars, overviewToken)).body.data?.leaderDesk ?? null).toBeNull();
    const audit = await graphql(server.url, "{ auditEvents(first: 1) { totalCount } }", {}, overviewToken);
    expect(audit.body.data?.auditEvents ?? null).toBeNull();
  });

  it("rejects malformed input with a ValidationError naming the field, and changes nothing", async () => {
    await prisma.progressReport.deleteMany({ where: { periodId, unitId: f.kt.id } });
    const base = {
      periodId: gid("ReportingPeriod", periodId),
      unitId: gid("Unit", f.kt.id),
      taskLines: [{ taskId: gid("Task", f.ktTasks[0] as string), status: "IN_PROGRESS", percentDone: 10 }],
      indicatorLines: [],
    };
    const before = await snapshot(prisma);
    const issuesOf = async (
      input: Record<string, unknown>,
      op: Parameters<typeof mutate>[1] = "saveReportDraft",
      user = "kt.canbo",
    ) => {
      const res = await mutate(server.url, op, input, tokens[user]);
      expect(res.__typename, JSON.stringify(res)).toBe("ValidationError");
      return res.issues as { path: string[]; message: string }[];
    };
    const paths = (issues: { path: string[] }[]) => issues.map((i) => i.path.join("."));

    expect(paths(await issuesOf({ ...base, summary: "x".repeat(10_000) }))).toContain("input.summary");
    expect(paths(await issuesOf({ ...base, taskLines: [{ ...base.taskLines[0], percentDone: 150 }] }))).toContain(
      "input.taskLines.0.percentDone",
    );
    expect(
      paths(await issuesOf({ ...base, taskLines: [{ ...base.taskLines[0], results: "y".repeat(10_000) }] })),
    ).toContain("input.taskLines.0.results");
    // Wrong ID types: a unit's ID where a period's is expected, garbage, and empty.
    expect(paths(await issuesOf({ ...base, periodId: gid("Unit", f.kt.id) }))).toContain("input.periodId");
    expect(paths(await issuesOf({ ...base, unitId: "không-phải-id" }))).toContain("input.unitId");
    expect(paths(await issuesOf({ ...base, periodId: "" }))).toContain("input.periodId");
    // Unknown task, and a task of another unit.
    const unknown = await issuesOf({
      ...base,
      taskLines: [
        { taskId: gid("Task", "0190a0c0-0000-7000-8000-000000000000"), status: "DONE" },
        { taskId: gid("Task", f.vhxhTasks[0] as string), status: "DONE" },
      ],
    });
    expect(paths(unknown)).toEqual(["input.taskLines.0.taskId", "input.taskLines.1.taskId"]);
    expect(unknown[1]?.message).toContain("không được giao cho đơn vị");
    expect(
      paths(
        await issuesOf({
          ...base,
          indicatorLines: [{ indicatorId: gid("Indicator", f.vhxhIndicators[0] as string), valueToDate: "1" }],
        }),
      ),
    ).toContain("input.indicatorLines.0.indicatorId");
    expect(
      paths(
        await issuesOf({
          ...base,
          indicatorLines: [{ indicatorId: gid("Indicator", f.ktIndicators[0] as string), valueToDate: "1".repeat(30) }],
        }),
      ),
    ).toContain("input.indicatorLines.0.valueToDate");

    // Return reason and comment body: empty, too short, too long.
    const report = await submittedKtReport();
    const afterSetup = await snapshot(prisma);
    expect(paths(await issuesOf({ ...report, reason: "" }, "returnReport", "vanphong"))).toContain("input.reason");
    expect(paths(await issuesOf({ ...report, reason: "   ab  " }, "returnReport", "vanphong"))).toContain(
      "input.reason",
    );
    expect(paths(await issuesOf({ ...report, reason: "z".repeat(10_000) }, "returnReport", "vanphong"))).toContain(
      "input.reason",
    );
    expect(paths(await issuesOf({ reportId: report.reportId, body: "   " }, "commentOnReport", "mttq"))).toContain(
      "input.body",
    );
    expect(
      paths(await issuesOf({ reportId: report.reportId, body: "b".repeat(10_000) }, "commentOnReport", "mttq")),
    ).toContain("input.body");
    expect(
      paths(await issuesOf({ reportId: gid("Task", f.ktTasks[0] as string), version: 1 }, "approveReport", "vanphong")),
    ).toContain("input.reportId");
    expect(await snapshot(prisma)).toBe(afterSetup);

    // An unknown report is NotFound.
    const missing = await mutate(
      server.url,
      "approveReport",
      { reportId: gid("ProgressReport", "0190a0c0-0000-7000-8000-000000000000"), version: 1 },
      tokens.vanphong,
    );
    expect(missing).toMatchObject({ __typename: "NotFound", code: "NOT_FOUND" });
    expect(before).not.toBe(afterSetup);
  });
});
