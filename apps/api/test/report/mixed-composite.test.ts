// A composite indicator whose parts are led by different units (packages/domain whoReports.ts
// `reportingAssignmentOf`), over HTTP on both databases: (1) is led by Phòng Kinh tế, and here its
// part (1.3) is given to Phòng VH-XH. Each part stays with its lead; the office leads (1)'s own
// line ("tăng bình quân trên 10%"), sees what Kinh tế sent on it, adopts it, and the approved figure
// names Kinh tế as its source. The report form's lines say the same for each unit.
import type { Prisma } from "@kehoach/db";
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bumpGeneration } from "../../src/cache/writeGeneration.ts";
import { graphql, startTestServer, type TestServer } from "../support/server.ts";
import { type Fixtures, gid, loadFixtures, mutate, setPeriodStatus, signInAll } from "./support.ts";

const FORM = `query($p: ID!, $u: ID!) { reportFormItems(planId: $p, unitId: $u) {
  role task { code } indicator { code } } }`;
const CONTRIBUTIONS = `query($p: ID!, $u: ID!) { reportContributions(periodId: $p, unitId: $u) {
  id valueToDate unit { code } indicator { code } } }`;

describe.each(testDatabaseKinds)(
  "a composite whose parts have different leads, on the $kind database",
  ({ create }) => {
    let server: TestServer;
    let prisma: Prisma;
    let f: Fixtures;
    let tokens: Record<string, string | undefined>;
    let month: string;
    const ids = new Map<string, string>();

    beforeAll(async () => {
      server = await startTestServer(create);
      prisma = server.test.db.prisma;
      f = await loadFixtures(prisma);
      tokens = await signInAll(server.url, ["kt.truongphong", "vhxh.truongphong"]);
      month = f.periods.get(11)?.id as string;
      await setPeriodStatus(prisma, month, "OPEN");
      for (const code of ["vp", "kt", "vhxh"])
        ids.set(code, (await prisma.unit.findFirstOrThrow({ where: { code } })).id);
      for (const code of ["1", "1.1", "1.3"]) {
        ids.set(code, (await prisma.indicator.findFirstOrThrow({ where: { planId: f.planId, code } })).id);
      }
      await prisma.assignment.create({
        data: { planId: f.planId, indicatorId: ids.get("1.3") as string, leadUnitId: ids.get("vhxh") as string },
      });
      bumpGeneration();
    });
    afterAll(async () => {
      await server?.close();
    });

    const form = async (unit: string, token: string | undefined) => {
      const res = await graphql(
        server.url,
        FORM,
        { p: gid("Plan", f.planId), u: gid("Unit", ids.get(unit) as string) },
        token,
      );
      expect(res.body.errors).toBeUndefined();
      const lines: { role: string; task: { code: string } | null; indicator: { code: string } | null }[] =
        res.body.data.reportFormItems;
      return Object.fromEntries(lines.flatMap((l) => (l.indicator ? [[l.indicator.code, l.role]] : [])));
    };
    const save = (unit: string, lines: unknown[], token: string | undefined) =>
      mutate(
        server.url,
        "saveReportDraft",
        {
          periodId: gid("ReportingPeriod", month),
          unitId: gid("Unit", ids.get(unit) as string),
          taskLines: [],
          indicatorLines: lines,
        },
        token,
      );
    const line = (code: string, extra: Record<string, unknown>) => ({
      indicatorId: gid("Indicator", ids.get(code) as string),
      ...extra,
    });

    it("the form gives each part to its lead and (1)'s own line to the office, with the others contributing", async () => {
      const office = await form("vp", tokens.vanphong);
      expect(office["1"]).toBe("LEAD");
      expect(office["1.1"]).toBeUndefined();
      const economy = await form("kt", tokens["kt.canbo"]);
      expect([economy["1"], economy["1.1"], economy["1.3"]]).toEqual(["CONTRIBUTION", "LEAD", undefined]);
      const culture = await form("vhxh", tokens["vhxh.canbo"]);
      expect([culture["1"], culture["1.1"], culture["1.3"]]).toEqual(["CONTRIBUTION", undefined, "LEAD"]);
    });

    it("a unit is refused a part it does not lead or cooperate on, and nothing is saved", async () => {
      const before = await prisma.progressReport.count();
      const refused = await save("kt", [line("1.3", { valueToDate: "2.5" })], tokens["kt.canbo"]);
      expect(refused.__typename).toBe("ValidationError");
      expect(refused.issues[0].path).toEqual(["input", "indicatorLines", "0", "indicatorId"]);
      expect(await prisma.progressReport.count()).toBe(before);
    });

    it("the office adopts Kinh tế's figure on (1), and the approved figure names where it came from", async () => {
      const sent = await save(
        "kt",
        [line("1", { valueToDate: "10.4" }), line("1.1", { valueToDate: "12.5" })],
        tokens["kt.canbo"],
      );
      expect(sent.__typename).toBe("SaveReportDraftPayload");
      await mutate(server.url, "submitReport", { reportId: sent.report.id, version: 1 }, tokens["kt.truongphong"]);
      await mutate(server.url, "approveReport", { reportId: sent.report.id, version: 2 }, tokens.vanphong);
      const figure = (code: string) =>
        prisma.measurement.findMany({ where: { indicatorId: ids.get(code), periodId: month } });
      // Kinh tế leads (1.1): its figure is official; on (1) it only contributes.
      expect((await figure("1.1")).map((m) => Number(m.value))).toEqual([12.5]);
      expect(await figure("1")).toEqual([]);

      const res = await graphql(
        server.url,
        CONTRIBUTIONS,
        { p: gid("ReportingPeriod", month), u: gid("Unit", ids.get("vp") as string) },
        tokens.vanphong,
      );
      const contributions = res.body.data.reportContributions;
      expect(contributions).toHaveLength(1);
      expect(contributions[0]).toMatchObject({ unit: { code: "kt" }, indicator: { code: "1" } });

      // Kinh tế cannot adopt on (1) any more: the office leads it.
      const notLead = await save("kt", [line("1", { adoptedFromLineId: contributions[0].id })], tokens["kt.canbo"]);
      expect(notLead.__typename).not.toBe("SaveReportDraftPayload");

      const adopted = await save("vp", [line("1", { adoptedFromLineId: contributions[0].id })], tokens.vanphong);
      expect(adopted.__typename).toBe("SaveReportDraftPayload");
      await mutate(server.url, "submitReport", { reportId: adopted.report.id, version: 1 }, tokens.vanphong);
      // Who sent a report does not approve it: the chairman does.
      const approved = await mutate(
        server.url,
        "approveReport",
        { reportId: adopted.report.id, version: 2 },
        tokens.chutich,
      );
      expect(approved.__typename).toBe("ApproveReportPayload");
      const [official] = await figure("1");
      expect(Number(official?.value)).toBe(10.4);
      expect(official?.source).toBe(`Báo cáo Văn phòng HĐND và UBND Tháng 11/2026 (số liệu của ${f.kt.name})`);
    });
  },
);
