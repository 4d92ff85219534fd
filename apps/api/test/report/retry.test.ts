// A retried step answers as the first request did: the unit head whose submit answer was lost, or the
// office whose approval or return timed out, sends the same request again and gets the report as it
// is, not "changed by someone else"; nothing is written twice. Anyone else with the old version still
// gets ConflictError.
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { type Fixtures, gid, loadFixtures, makeReport, mutate, setPeriodStatus, signInAll } from "./support.ts";

describe.each(testDatabaseKinds)("retried report steps on the $kind database", ({ create }) => {
  let server: TestServer;
  let f: Fixtures;
  let tokens: Record<string, string | undefined>;
  let periodId: string;

  beforeAll(async () => {
    server = await startTestServer(create);
    f = await loadFixtures(server.test.db.prisma);
    tokens = await signInAll(server.url);
    periodId = f.periods.get(7)?.id as string;
    await setPeriodStatus(server.test.db.prisma, periodId, "OPEN");
  });
  afterAll(async () => {
    await server?.close();
  });

  const events = (name: string, entityId: string) =>
    server.test.db.prisma.auditEvent.count({ where: { name, entityId } });

  it("submit and approve sent twice: the same report both times, one event and one set of figures", async () => {
    const prisma = server.test.db.prisma;
    const draft = await makeReport(prisma, f, {
      periodId,
      unitId: f.kt.id,
      status: "DRAFT",
      indicatorIds: [f.ktIndicators[0] as string],
    });
    const submit = { reportId: gid("ProgressReport", draft.id), version: draft.version };
    const first = await mutate(server.url, "submitReport", submit, tokens["kt.truongphong"]);
    const again = await mutate(server.url, "submitReport", submit, tokens["kt.truongphong"]);
    expect(first.__typename).toBe("SubmitReportPayload");
    expect(again).toEqual(first);
    expect(await events("report.submitted", draft.id)).toBe(1);

    const approve = { reportId: submit.reportId, version: first.report.version };
    const approved = await mutate(server.url, "approveReport", approve, tokens.vanphong);
    expect(approved.__typename).toBe("ApproveReportPayload");
    const measurementsAfterFirst = await prisma.measurement.count({ where: { periodId } });
    // Another reviewer holding the same old version is told that the report changed.
    const late = await mutate(server.url, "approveReport", approve, tokens.chutich);
    expect(late).toMatchObject({ __typename: "ConflictError", currentVersion: approved.report.version });
    expect(await mutate(server.url, "approveReport", approve, tokens.vanphong)).toEqual(approved);
    expect(await events("report.approved", draft.id)).toBe(1);
    expect(await prisma.measurement.count({ where: { periodId } })).toBe(measurementsAfterFirst);
  });

  it("return sent twice: returned once with the first reason; an approval on the old version is a conflict", async () => {
    const prisma = server.test.db.prisma;
    const sent = await makeReport(prisma, f, {
      periodId,
      unitId: f.vhxh.id,
      status: "SUBMITTED",
      taskIds: [f.vhxhTasks[0] as string],
    });
    const input = { reportId: gid("ProgressReport", sent.id), version: sent.version };
    const returned = await mutate(
      server.url,
      "returnReport",
      { ...input, reason: "Bổ sung số liệu." },
      tokens.vanphong,
    );
    expect(returned).toMatchObject({ __typename: "ReturnReportPayload", report: { returnReason: "Bổ sung số liệu." } });
    const again = await mutate(server.url, "returnReport", { ...input, reason: "Bổ sung số liệu!" }, tokens.vanphong);
    expect(again).toEqual(returned);
    expect(await events("report.returned", sent.id)).toBe(1);
    // Approving with the version read before the return is no repeat of anything: a conflict.
    const late = await mutate(server.url, "approveReport", input, tokens.vanphong);
    expect(late).toMatchObject({ __typename: "ConflictError", currentVersion: returned.report.version });
  });
});
