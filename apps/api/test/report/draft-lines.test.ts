// Saving a draft again keeps its lines by task and indicator: a kept line keeps its id (a figure
// that names it as its source still does), a dropped line goes, a new one is added, and only the
// lines that changed are written.
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { type Fixtures, gid, loadFixtures, mutate, signInAll } from "./support.ts";

describe.each(testDatabaseKinds)("a draft's lines across saves on the $kind database", ({ create }) => {
  let server: TestServer;
  let f: Fixtures;
  let tokens: Record<string, string | undefined>;

  beforeAll(async () => {
    server = await startTestServer(create);
    f = await loadFixtures(server.test.db.prisma);
    tokens = await signInAll(server.url);
    const june = await server.test.db.prisma.reportingPeriod.findUniqueOrThrow({ where: { id: f.periods.get(6)?.id } });
    if (june.status !== "OPEN") {
      const opened = await mutate(
        server.url,
        "openReportingPeriod",
        { periodId: gid("ReportingPeriod", june.id), version: june.version },
        tokens.vanphong,
      );
      expect(opened.__typename).toBe("OpenReportingPeriodPayload");
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  it("keeps each line's id, drops and adds lines, and writes only the changed ones", async () => {
    const prisma = server.test.db.prisma;
    const [t1, t2, t3] = f.ktTasks as [string, string, string];
    const indicator = f.ktIndicators[3] as string;
    const input = (version: number | null, taskLines: Record<string, unknown>[]) => ({
      periodId: gid("ReportingPeriod", f.periods.get(6)?.id as string),
      unitId: gid("Unit", f.kt.id),
      version,
      summary: "Tháng 6.",
      taskLines,
      indicatorLines: [{ indicatorId: gid("Indicator", indicator), valueToDate: "45", yearEndEstimate: "100" }],
    });
    const line = (taskId: string, percentDone: number) => ({
      taskId: gid("Task", taskId),
      status: "IN_PROGRESS",
      percentDone,
      results: "Đang triển khai",
    });
    const save = async (version: number | null, taskLines: Record<string, unknown>[]) => {
      server.sql.reset();
      const saved = await mutate(server.url, "saveReportDraft", input(version, taskLines), tokens["kt.canbo"]);
      expect(saved.__typename).toBe("SaveReportDraftPayload");
      return { version: saved.report.version as number, statements: server.sql.count };
    };
    const linesOf = async () => {
      const report = await prisma.progressReport.findFirstOrThrow({
        where: { unitId: f.kt.id, periodId: f.periods.get(6)?.id },
        select: { taskLines: true, indicatorLines: true },
      });
      return {
        tasks: new Map(report.taskLines.map((l) => [l.taskId, l])),
        indicator: report.indicatorLines[0],
      };
    };

    const first = await save(null, [line(t1, 40), line(t2, 10)]);
    const before = await linesOf();
    // A figure recorded from the indicator line names it as its source.
    const figure = await prisma.measurement.create({
      data: {
        indicatorId: indicator,
        periodId: f.periods.get(6)?.id as string,
        kind: "ESTIMATE",
        value: "45",
        source: "Báo cáo kt (thử)",
        reportLineId: before.indicator?.id ?? null,
      },
    });

    const same = await save(first.version, [line(t1, 40), line(t2, 10)]);
    const oneChanged = await save(same.version, [line(t1, 41), line(t2, 10)]);
    // The one changed line is one UPDATE more than a save that changes nothing.
    expect(oneChanged.statements).toBe(same.statements + 1);
    // A save that changes no line: 6 reads, the report's UPDATE and its audit event, then the answer's reads.
    // The lines' access checks reuse the report the answer read (11 were 12 when they read it again).
    expect(same.statements).toBeLessThanOrEqual(11);

    await save(oneChanged.version, [line(t1, 42), line(t3, 5)]);
    const after = await linesOf();
    expect([...after.tasks.keys()].sort()).toEqual([t1, t3].sort());
    expect(after.tasks.get(t1)?.id).toBe(before.tasks.get(t1)?.id);
    expect(Number(after.tasks.get(t1)?.percentDone)).toBe(42);
    expect(Number(after.tasks.get(t3)?.percentDone)).toBe(5);
    expect(after.indicator?.id).toBe(before.indicator?.id);
    const still = await prisma.measurement.findUniqueOrThrow({ where: { id: figure.id } });
    expect(still.reportLineId).toBe(before.indicator?.id);
  });
});
