// Idempotency keys (issue 13, item 8), on both databases: the console sends one key per click with
// submit, approve, return and finalize; the same key again gives the first result — even after the
// report has moved on, when a retry without a key would be a conflict — with nothing written twice;
// two requests with one key at once write once; a key is the sender's own and names one operation.
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { type Fixtures, gid, loadFixtures, makeReport, mutate, setPeriodStatus, signInAll } from "./support.ts";

describe.each(testDatabaseKinds)("idempotency keys on the $kind database", ({ create }) => {
  let server: TestServer;
  let f: Fixtures;
  let tokens: Record<string, string | undefined>;
  let periodId: string;
  const key = (n: number) => `0193b3c2-5d1e-7000-8000-${String(n).padStart(12, "0")}`;

  beforeAll(async () => {
    server = await startTestServer(create);
    f = await loadFixtures(server.test.db.prisma);
    tokens = await signInAll(server.url);
    periodId = f.periods.get(8)?.id as string;
    await setPeriodStatus(server.test.db.prisma, periodId, "OPEN");
  });
  afterAll(async () => {
    await server?.close();
  });

  const events = (name: string, entityId: string) =>
    server.test.db.prisma.auditEvent.count({ where: { name, entityId } });

  it("a submit retried with its key after the office approved answers as the first did; without the key it is a conflict", async () => {
    const prisma = server.test.db.prisma;
    const draft = await makeReport(prisma, f, {
      periodId,
      unitId: f.kt.id,
      status: "DRAFT",
      indicatorIds: [f.ktIndicators[0] as string],
    });
    const submit = { reportId: gid("ProgressReport", draft.id), version: draft.version };
    const first = await mutate(
      server.url,
      "submitReport",
      { ...submit, idempotencyKey: key(1) },
      tokens["kt.truongphong"],
    );
    expect(first.__typename).toBe("SubmitReportPayload");
    const approved = await mutate(
      server.url,
      "approveReport",
      { reportId: submit.reportId, version: first.report.version, idempotencyKey: key(2) },
      tokens.vanphong,
    );
    expect(approved.__typename).toBe("ApproveReportPayload");

    // The head's lost answer, retried with its key: the report as it is now, no second submit.
    const retried = await mutate(
      server.url,
      "submitReport",
      { ...submit, idempotencyKey: key(1) },
      tokens["kt.truongphong"],
    );
    expect(retried).toMatchObject({ __typename: "SubmitReportPayload", report: { status: "APPROVED" } });
    expect(await events("report.submitted", draft.id)).toBe(1);
    const withoutKey = await mutate(server.url, "submitReport", submit, tokens["kt.truongphong"]);
    expect(withoutKey).toMatchObject({ __typename: "ConflictError" });
  });

  it("two approvals with one key at once approve once and both answer the approval", async () => {
    const prisma = server.test.db.prisma;
    const sent = await makeReport(prisma, f, {
      periodId,
      unitId: f.vhxh.id,
      status: "SUBMITTED",
      taskIds: [f.vhxhTasks[0] as string],
    });
    const input = { reportId: gid("ProgressReport", sent.id), version: sent.version, idempotencyKey: key(3) };
    const answers = await Promise.all([
      mutate(server.url, "approveReport", input, tokens.vanphong),
      mutate(server.url, "approveReport", input, tokens.vanphong),
    ]);
    expect(answers.map((a) => a.__typename)).toEqual(["ApproveReportPayload", "ApproveReportPayload"]);
    expect(answers[0].report.id).toBe(answers[1].report.id);
    expect(await events("report.approved", sent.id)).toBe(1);
    expect(await prisma.idempotentRequest.count({ where: { key: key(3) } })).toBe(1);
  });

  it("refuses a key used for another operation or malformed, and changes nothing", async () => {
    const prisma = server.test.db.prisma;
    const september = f.periods.get(9)?.id as string;
    await setPeriodStatus(prisma, september, "OPEN");
    const sent = await makeReport(prisma, f, {
      periodId: september,
      unitId: f.vhxh.id,
      status: "SUBMITTED",
      taskIds: [f.vhxhTasks[0] as string],
    });
    const before = {
      report: await prisma.progressReport.findUniqueOrThrow({ where: { id: sent.id } }),
      audit: await prisma.auditEvent.count(),
    };
    const input = { reportId: gid("ProgressReport", sent.id), version: sent.version, reason: "Bổ sung số liệu tháng." };
    const reused = await mutate(server.url, "returnReport", { ...input, idempotencyKey: key(2) }, tokens.vanphong);
    expect(reused).toMatchObject({ __typename: "ValidationError" });
    expect(reused.issues).toEqual([
      {
        path: ["input", "idempotencyKey"],
        message: expect.stringContaining("đã dùng cho thao tác khác (approveReport)"),
      },
    ]);
    const malformed = await mutate(server.url, "returnReport", { ...input, idempotencyKey: "x y" }, tokens.vanphong);
    expect(malformed.__typename).toBe("ValidationError");
    expect(malformed.issues[0].path).toEqual(["input", "idempotencyKey"]);
    expect({
      report: await prisma.progressReport.findUniqueOrThrow({ where: { id: sent.id } }),
      audit: await prisma.auditEvent.count(),
    }).toEqual(before);

    // The same key string from another person is that person's own.
    const leader = await mutate(server.url, "returnReport", { ...input, idempotencyKey: key(2) }, tokens.chutich);
    expect(leader).toMatchObject({ __typename: "ReturnReportPayload", report: { status: "RETURNED" } });
  });
});
