// Who reports what, over HTTP on both databases (the rule is packages/domain whoReports.ts): the
// office reports for the tasks and indicators it leads; the Fatherland Front, mass organisations
// and residential groups are never expected reporters; a figure is refused, with a message saying
// what to fix, when its target does not ask for it; a cooperating unit's line is a contribution
// that does not become the indicator's figure, while the lead unit's does; the lead unit reads the
// contributions and adopts one, and the approved figure names where it came from.
import type { Prisma } from "@kehoach/db";
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, login, startTestServer, type TestServer } from "../support/server.ts";
import { type Fixtures, gid, loadFixtures, mutate, setPeriodStatus, signInAll } from "./support.ts";

const EXPECTED = `query($planId: ID!, $periodId: ID!) { planOverview(planId: $planId, periodId: $periodId) {
  reports { expected { units { code } } missing { count } } } }`;

describe.each(testDatabaseKinds)("who reports what on the $kind database", ({ create }) => {
  let server: TestServer;
  let prisma: Prisma;
  let f: Fixtures;
  let tokens: Record<string, string | undefined>;
  let periodId: string;

  const unitId = async (code: string) => (await prisma.unit.findFirstOrThrow({ where: { code } })).id;
  const indicatorId = async (code: string) =>
    (await prisma.indicator.findFirstOrThrow({ where: { planId: f.planId, code } })).id;

  beforeAll(async () => {
    server = await startTestServer(create);
    prisma = server.test.db.prisma;
    f = await loadFixtures(prisma);
    tokens = await signInAll(server.url, ["vhxh.truongphong"]);
    periodId = f.periods.get(10)?.id as string;
    await setPeriodStatus(prisma, periodId, "OPEN");
  });
  afterAll(async () => {
    await server?.close();
  });

  it("expects a report from every unit of the committee that leads or cooperates, never from the Front, mass organisations or residential groups", async () => {
    const res = await graphql(
      server.url,
      EXPECTED,
      { planId: gid("Plan", f.planId), periodId: gid("ReportingPeriod", periodId) },
      tokens.chutich,
    );
    const codes: string[] = res.body.data.planOverview.reports.expected.units.map((u: { code: string }) => u.code);
    expect(codes).toEqual(expect.arrayContaining(["vp", "kt", "vhxh", "hcc", "dvsnc", "ca", "qs"]));
    const kinds = await prisma.unit.findMany({ where: { code: { in: codes } }, select: { kind: true } });
    expect(kinds.map((u) => u.kind)).not.toContain("FRONT");
    expect(kinds.map((u) => u.kind)).not.toContain("MASS_ORGANISATION");
    expect(kinds.map((u) => u.kind)).not.toContain("RESIDENTIAL_GROUP");
    expect(codes).not.toContain("mttq");
  });

  it("the office drafts and submits its own report on the key tasks and (16) it leads, but not another unit's", async () => {
    const vp = await unitId("vp");
    const task = await prisma.task.findFirstOrThrow({
      where: { planId: f.planId, assignment: { leadUnitId: vp } },
      orderBy: { position: "asc" },
    });
    const input = {
      periodId: gid("ReportingPeriod", periodId),
      unitId: gid("Unit", vp),
      taskLines: [{ taskId: gid("Task", task.id), status: "IN_PROGRESS", percentDone: 72 }],
      indicatorLines: [{ indicatorId: gid("Indicator", await indicatorId("16")), achieved: true }],
    };
    const draft = await mutate(server.url, "saveReportDraft", input, tokens.vanphong);
    expect(draft).toMatchObject({ __typename: "SaveReportDraftPayload", report: { status: "DRAFT" } });
    expect(Number(draft.report.taskLines[0].percentDone)).toBe(72);
    const sent = await mutate(server.url, "submitReport", { reportId: draft.report.id, version: 1 }, tokens.vanphong);
    expect(sent).toMatchObject({ __typename: "SubmitReportPayload", report: { status: "SUBMITTED" } });

    const other = await mutate(
      server.url,
      "saveReportDraft",
      { ...input, unitId: gid("Unit", f.kt.id), taskLines: [], indicatorLines: [] },
      tokens.vanphong,
    );
    expect(other).toMatchObject({ __typename: "NotAuthorized", message: "Bạn chỉ lập báo cáo cho đơn vị của mình." });
  });

  it("refuses figures their target does not ask for, saying what to fix, and saves nothing", async () => {
    const before = await prisma.progressReport.count();
    const refused = await mutate(
      server.url,
      "saveReportDraft",
      {
        periodId: gid("ReportingPeriod", periodId),
        unitId: gid("Unit", f.kt.id),
        taskLines: [],
        indicatorLines: [
          // (3) Vốn đầu tư, in tỷ đồng: never negative.
          { indicatorId: gid("Indicator", await indicatorId("3")), valueToDate: "-3" },
          // (4) Tỷ lệ giải ngân, a percentage of a level: at most 100.
          { indicatorId: gid("Indicator", await indicatorId("4")), yearEndEstimate: "100.5" },
          // (2) Thu ngân sách: the share of the assigned figure, not a yes/no plus an event count.
          { indicatorId: gid("Indicator", await indicatorId("2")), valueToDate: "45.2", eventCount: 1 },
        ],
      },
      tokens["kt.canbo"],
    );
    expect(refused.__typename).toBe("ValidationError");
    expect(refused.issues).toEqual([
      { path: ["input", "indicatorLines", "0", "valueToDate"], message: "Không được nhỏ hơn 0 tỷ đồng." },
      { path: ["input", "indicatorLines", "1", "yearEndEstimate"], message: "Không được lớn hơn 100%." },
      { path: ["input", "indicatorLines", "2", "eventCount"], message: "Chỉ tiêu này báo bằng số." },
    ]);
    expect(await prisma.progressReport.count()).toBe(before);
  });

  it("a cooperating unit's figure stays a contribution; the lead unit's becomes the indicator's", async () => {
    const six = await indicatorId("6");
    const line = (estimate: string) => [{ indicatorId: gid("Indicator", six), yearEndEstimate: estimate }];
    const approve = async (unit: string, staff: string, head: string, estimate: string) => {
      const draft = await mutate(
        server.url,
        "saveReportDraft",
        {
          periodId: gid("ReportingPeriod", periodId),
          unitId: gid("Unit", unit),
          taskLines: [],
          indicatorLines: line(estimate),
        },
        tokens[staff],
      );
      expect(draft.__typename).toBe("SaveReportDraftPayload");
      const sent = await mutate(server.url, "submitReport", { reportId: draft.report.id, version: 1 }, tokens[head]);
      expect(sent.__typename).toBe("SubmitReportPayload");
      const approved = await mutate(
        server.url,
        "approveReport",
        { reportId: draft.report.id, version: 2 },
        tokens.vanphong,
      );
      expect(approved.__typename).toBe("ApproveReportPayload");
    };
    const figures = () => prisma.measurement.findMany({ where: { indicatorId: six, periodId } });

    await approve(f.vhxh.id, "vhxh.canbo", "vhxh.truongphong", "70");
    expect(await figures()).toEqual([]);
    await approve(f.kt.id, "kt.canbo", "kt.truongphong", "85.2");
    const official = await figures();
    expect(official.map((m) => [m.kind, Number(m.value)])).toEqual([["ESTIMATE", 85.2]]);
  });

  it("the lead unit reads a cooperating unit's sent figures, adopts one, and the approved figure names its source", async () => {
    const month = f.periods.get(11)?.id as string;
    await setPeriodStatus(prisma, month, "OPEN");
    const hcc = await unitId("hcc");
    const part = await indicatorId("15.1");
    const line = (extra: Record<string, unknown>) => [{ indicatorId: gid("Indicator", part), ...extra }];
    const save = (unit: string, lines: unknown, token: string | undefined, version?: number) =>
      mutate(
        server.url,
        "saveReportDraft",
        {
          periodId: gid("ReportingPeriod", month),
          unitId: gid("Unit", unit),
          taskLines: [],
          indicatorLines: lines,
          version,
        },
        token,
      );
    const CONTRIBUTIONS = `query($p: ID!, $u: ID!) { reportContributions(periodId: $p, unitId: $u) {
      id valueToDate yearEndEstimate unit { code } indicator { code } } }`;
    const contributions = async (token: string | undefined) =>
      graphql(server.url, CONTRIBUTIONS, { p: gid("ReportingPeriod", month), u: gid("Unit", hcc) }, token);
    const hccToken = await login(server.url, "hcc.giamdoc");

    // VH-XH cooperates on (15): its draft is not a contribution until it is sent.
    const draft = await save(f.vhxh.id, line({ valueToDate: "99.2", yearEndEstimate: "99.5" }), tokens["vhxh.canbo"]);
    expect((await contributions(hccToken)).body.data.reportContributions).toEqual([]);
    await mutate(server.url, "submitReport", { reportId: draft.report.id, version: 1 }, tokens["vhxh.truongphong"]);
    const [sent] = (await contributions(hccToken)).body.data.reportContributions;
    expect(sent).toMatchObject({ unit: { code: "vhxh" }, indicator: { code: "15.1" } });
    expect(Number(sent.yearEndEstimate)).toBe(99.5);
    // Another unit's staff may not read them.
    expect((await contributions(tokens["kt.canbo"])).body.data?.reportContributions ?? null).toBeNull();

    // VH-XH cannot adopt for itself; the centre adopts, whatever figures it typed.
    const refused = await save(f.vhxh.id, line({ adoptedFromLineId: sent.id }), tokens["vhxh.canbo"], 2);
    expect(refused.__typename).not.toBe("SaveReportDraftPayload");
    const adopted = await save(hcc, line({ valueToDate: "1", adoptedFromLineId: sent.id }), hccToken);
    expect(adopted.__typename).toBe("SaveReportDraftPayload");
    expect(Number(adopted.report.indicatorLines[0].valueToDate)).toBe(99.2);
    await mutate(server.url, "submitReport", { reportId: adopted.report.id, version: 1 }, hccToken);
    const approved = await mutate(
      server.url,
      "approveReport",
      { reportId: adopted.report.id, version: 2 },
      tokens.vanphong,
    );
    expect(approved.__typename).toBe("ApproveReportPayload");
    const figures = await prisma.measurement.findMany({
      where: { indicatorId: part, periodId: month },
      orderBy: { kind: "asc" },
    });
    expect(figures.map((m) => [m.kind, Number(m.value)])).toEqual([
      ["ACTUAL", 99.2],
      ["ESTIMATE", 99.5],
    ]);
    expect(figures[0]?.source).toMatch(/\(số liệu của Phòng Văn hóa - Xã hội\)$/);
  });
});
