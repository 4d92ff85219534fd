// Closed means closed: a closed period refuses every report step with PeriodClosed and changes
// nothing; the office reopens an approved report with a reason, the unit resubmits, and the
// figures approved first stay in the report's history after the new approval replaces them.
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, startTestServer, type TestServer } from "../support/server.ts";
import {
  type Fixtures,
  gid,
  loadFixtures,
  makeReport,
  mutate,
  setPeriodStatus,
  signInAll,
  snapshot,
} from "./support.ts";

const HISTORY = `query($id: ID!) { node(id: $id) { ... on ProgressReport { status history {
  action reason actor { username } figures { indicatorCode kind value source } } } } }`;

describe.each(testDatabaseKinds)("closed periods and reopened reports on the $kind database", ({ create }) => {
  let server: TestServer;
  let f: Fixtures;
  let tokens: Record<string, string | undefined>;

  beforeAll(async () => {
    server = await startTestServer(create);
    f = await loadFixtures(server.test.db.prisma);
    tokens = await signInAll(server.url, ["pct.kinhte"]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("refuses save, submit, approve, return and reopen in a closed period, changing nothing", async () => {
    const prisma = server.test.db.prisma;
    const april = f.periods.get(4)?.id as string;
    await setPeriodStatus(prisma, april, "CLOSED");
    const draft = await makeReport(prisma, f, { periodId: april, unitId: f.kt.id, status: "DRAFT" });
    const submitted = await makeReport(prisma, f, {
      periodId: april,
      unitId: f.vhxh.id,
      status: "SUBMITTED",
      indicatorIds: f.vhxhIndicators.slice(0, 1),
    });
    const march = f.periods.get(3)?.id as string;
    await setPeriodStatus(prisma, march, "CLOSED");
    const approved = await makeReport(prisma, f, { periodId: march, unitId: f.kt.id, status: "APPROVED" });
    const before = await snapshot(prisma);

    const attempts = [
      mutate(
        server.url,
        "saveReportDraft",
        {
          periodId: gid("ReportingPeriod", april),
          unitId: gid("Unit", f.kt.id),
          version: draft.version,
          summary: "Thêm sau khi khóa sổ",
          taskLines: [],
          indicatorLines: [],
        },
        tokens["kt.canbo"],
      ),
      mutate(
        server.url,
        "submitReport",
        { reportId: gid("ProgressReport", draft.id), version: draft.version },
        tokens["kt.truongphong"],
      ),
      mutate(
        server.url,
        "approveReport",
        { reportId: gid("ProgressReport", submitted.id), version: submitted.version },
        tokens.vanphong,
      ),
      mutate(
        server.url,
        "returnReport",
        { reportId: gid("ProgressReport", submitted.id), version: submitted.version, reason: "Bổ sung số liệu." },
        tokens.vanphong,
      ),
      mutate(
        server.url,
        "reopenReport",
        { reportId: gid("ProgressReport", approved.id), version: approved.version, reason: "Sửa số liệu tháng 3." },
        tokens.vanphong,
      ),
    ];
    // One at a time: the embedded database serves one transaction at once anyway.
    const results = [];
    for (const attempt of attempts) results.push(await attempt);
    for (const result of results) {
      expect(result).toMatchObject({ __typename: "PeriodClosed", code: "PERIOD_CLOSED" });
      expect(result.message).toContain("đã khóa sổ");
    }
    expect(results.map((r) => r.periodLabel)).toEqual([
      "Tháng 04/2026",
      "Tháng 04/2026",
      "Tháng 04/2026",
      "Tháng 04/2026",
      "Tháng 03/2026",
    ]);
    expect(await snapshot(prisma)).toBe(before);
  });

  it("lets the office reopen an approved report with a reason; the unit resubmits and the first figures stay in its history", async () => {
    const prisma = server.test.db.prisma;
    const juneId = f.periods.get(6)?.id as string;
    await setPeriodStatus(prisma, juneId, "OPEN");
    const june = gid("ReportingPeriod", juneId);
    const indicator = f.ktIndicators[3] as string; // (4) Tỷ lệ giải ngân vốn đầu tư công: đạt 100%
    const draftInput = {
      periodId: june,
      unitId: gid("Unit", f.kt.id),
      taskLines: [],
      indicatorLines: [{ indicatorId: gid("Indicator", indicator), valueToDate: "45", yearEndEstimate: "100" }],
    };
    const draft = await mutate(server.url, "saveReportDraft", draftInput, tokens["kt.canbo"]);
    const reportId = draft.report.id as string;
    const { id: rowId } = await prisma.progressReport.findUniqueOrThrow({
      where: { periodId_unitId: { periodId: juneId, unitId: f.kt.id } },
    });
    await mutate(server.url, "submitReport", { reportId, version: 1 }, tokens["kt.truongphong"]);
    const first = await mutate(server.url, "approveReport", { reportId, version: 2 }, tokens.vanphong);
    expect(first).toMatchObject({ __typename: "ApproveReportPayload", report: { status: "APPROVED", version: 3 } });
    const actual = () =>
      prisma.measurement.findUniqueOrThrow({
        where: { indicatorId_periodId_kind: { indicatorId: indicator, periodId: juneId, kind: "ACTUAL" } },
      });
    expect((await actual()).value?.toString()).toBe("45");

    // Only the office reopens, and only with a reason.
    const reason = "Số giải ngân tháng 6 chưa gồm vốn bổ sung.";
    const unchanged = await snapshot(prisma);
    const byLeader = await mutate(server.url, "reopenReport", { reportId, version: 3, reason }, tokens["pct.kinhte"]);
    expect(byLeader.__typename).toBe("NotAuthorized");
    const byHead = await mutate(server.url, "reopenReport", { reportId, version: 3, reason }, tokens["kt.truongphong"]);
    expect(byHead.__typename).toBe("NotAuthorized");
    const noReason = await mutate(server.url, "reopenReport", { reportId, version: 3, reason: "   " }, tokens.vanphong);
    expect(noReason.__typename).toBe("ValidationError");
    expect(noReason.issues[0].path).toEqual(["input", "reason"]);
    const stale = await mutate(server.url, "reopenReport", { reportId, version: 2, reason }, tokens.vanphong);
    expect(stale).toMatchObject({ __typename: "ConflictError", currentVersion: 3 });
    expect(await snapshot(prisma)).toBe(unchanged);

    const reopened = await mutate(server.url, "reopenReport", { reportId, version: 3, reason }, tokens.vanphong);
    expect(reopened).toMatchObject({
      __typename: "ReopenReportPayload",
      report: { status: "RETURNED", version: 4, returnReason: reason, reviewedBy: { username: "vanphong" } },
    });
    // Reopening alone takes no approved figure away from the plan.
    expect((await actual()).value?.toString()).toBe("45");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { name: "report.reopened", entityId: rowId } });
    expect(audit.before).toMatchObject({ status: "APPROVED", version: 3 });
    expect(audit.after).toMatchObject({ status: "RETURNED", returnReason: reason, version: 4 });

    // The unit corrects and resubmits; the office approves again.
    const fixed = {
      ...draftInput,
      version: 4,
      indicatorLines: [{ indicatorId: gid("Indicator", indicator), valueToDate: "52", yearEndEstimate: "100" }],
    };
    expect((await mutate(server.url, "saveReportDraft", fixed, tokens["kt.canbo"])).__typename).toBe(
      "SaveReportDraftPayload",
    );
    const resubmitted = await mutate(server.url, "submitReport", { reportId, version: 5 }, tokens["kt.truongphong"]);
    expect(resubmitted).toMatchObject({ __typename: "SubmitReportPayload", report: { status: "SUBMITTED" } });
    const second = await mutate(server.url, "approveReport", { reportId, version: 6 }, tokens.vanphong);
    expect(second).toMatchObject({ __typename: "ApproveReportPayload", report: { status: "APPROVED" } });
    expect((await actual()).value?.toString()).toBe("52");

    const history = (await graphql(server.url, HISTORY, { id: reportId }, tokens["kt.canbo"])).body.data.node.history;
    expect(history.map((step: { action: string }) => step.action)).toEqual([
      "CREATED",
      "SUBMITTED",
      "APPROVED",
      "REOPENED",
      "RESUBMITTED",
      "APPROVED",
    ]);
    const actualOf = (step: { figures: { kind: string; value: string }[] }) =>
      step.figures.find((figure) => figure.kind === "ACTUAL")?.value;
    expect(actualOf(history[2])).toBe("45");
    expect(history[3]).toMatchObject({ reason, actor: { username: "vanphong" } });
    expect(actualOf(history[3])).toBe("45");
    expect(actualOf(history[5])).toBe("52");
    expect(history[5].figures[0]).toMatchObject({ indicatorCode: "4", source: `Báo cáo ${f.kt.name} Tháng 06/2026` });
    // The second approval's audit event keeps the figure it replaced.
    const approvals = await prisma.auditEvent.findMany({
      where: { name: "report.approved", entityId: rowId },
      orderBy: { createdAt: "asc" },
    });
    expect(approvals).toHaveLength(2);
    const replaced = (approvals[1]?.before as { measurements?: { kind: string; value: string }[] } | undefined)
      ?.measurements;
    expect(replaced?.find((m) => m.kind === "ACTUAL")?.value).toBe("45");
  });
});
