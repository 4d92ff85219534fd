// A unit's line tells the period's own figure from the figure to date, the year's estimate and the
// same period last year (issue 13, item 2), on both databases: the domain's rule refuses a period's
// figure above the figure to date, or one asked of a percentage, and nothing is stored; approval
// carries all four into the official figures, with "so với cùng kỳ" in words, and the history keeps them.
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, startTestServer, type TestServer } from "../support/server.ts";
import { type Fixtures, gid, loadFixtures, mutate, setPeriodStatus, signInAll } from "./support.ts";

const LINES = `query($id: ID!) { node(id: $id) { ... on ProgressReport { indicatorLines {
  indicator { code } periodValue valueToDate yearEndEstimate samePeriodLastYear
  vi: comparedWithSamePeriod en: comparedWithSamePeriod(locale: EN) } } } }`;
const FIGURES = `query($id: ID!, $periodId: ID!) { node(id: $id) { ... on Indicator {
  measurements(periodId: $periodId) { kind value periodValue samePeriodLastYear comparedWithSamePeriod } } } }`;
const HISTORY = `query($id: ID!) { node(id: $id) { ... on ProgressReport { history {
  action figures { indicatorCode kind value periodValue samePeriodLastYear } } } } }`;

describe.each(testDatabaseKinds)(
  "a line's figures for the period, to date and last year on the $kind database",
  ({ create }) => {
    let server: TestServer;
    let f: Fixtures;
    let tokens: Record<string, string | undefined>;
    let investment: string;
    let disbursement: string;
    const june = () => gid("ReportingPeriod", f.periods.get(6)?.id as string);

    beforeAll(async () => {
      server = await startTestServer(create);
      const prisma = server.test.db.prisma;
      f = await loadFixtures(prisma);
      tokens = await signInAll(server.url, ["pct.kinhte"]);
      await setPeriodStatus(prisma, f.periods.get(6)?.id as string, "OPEN");
      const byCode = async (code: string) =>
        gid("Indicator", (await prisma.indicator.findFirstOrThrow({ where: { planId: f.planId, code } })).id);
      investment = await byCode("3"); // trên 14 tỷ: an amount that builds up
      disbursement = await byCode("4"); // đạt 100%: a percentage
    });
    afterAll(async () => {
      await server?.close();
    });

    const save = (indicatorLines: Record<string, unknown>[]) =>
      mutate(
        server.url,
        "saveReportDraft",
        { periodId: june(), unitId: gid("Unit", f.kt.id), taskLines: [], indicatorLines },
        tokens["kt.canbo"],
      );

    it("refuses a period's figure above the figure to date, or asked of a percentage, and stores nothing", async () => {
      const above = await save([{ indicatorId: investment, periodValue: "12", valueToDate: "9.8" }]);
      expect(above.__typename).toBe("ValidationError");
      expect(above.issues).toEqual([
        {
          path: ["input", "indicatorLines", "0", "periodValue"],
          message: "Số trong kỳ không được lớn hơn số lũy kế đến kỳ (9,8 tỷ đồng): lũy kế đã gồm cả kỳ này.",
        },
      ]);
      const percentage = await save([{ indicatorId: disbursement, periodValue: "5", valueToDate: "45" }]);
      expect(percentage.issues).toEqual([
        { path: ["input", "indicatorLines", "0", "periodValue"], message: "Chỉ tiêu này báo bằng số." },
      ]);
      expect(await server.test.db.prisma.progressReport.count({ where: { unitId: f.kt.id } })).toBe(0);
    });

    it("keeps the four figures, says how they compare with last year, and approval makes them official", async () => {
      const draft = await save([
        {
          indicatorId: investment,
          periodValue: "1.2",
          valueToDate: "9.8",
          yearEndEstimate: "14.5",
          samePeriodLastYear: "8",
        },
        { indicatorId: disbursement, valueToDate: "45", yearEndEstimate: "100", samePeriodLastYear: "40" },
      ]);
      expect(draft.__typename).toBe("SaveReportDraftPayload");
      const reportId = draft.report.id as string;
      const lines = (await graphql(server.url, LINES, { id: reportId }, tokens["kt.canbo"])).body.data.node
        .indicatorLines;
      expect(lines).toEqual([
        {
          indicator: { code: "3" },
          periodValue: "1.2",
          valueToDate: "9.8",
          yearEndEstimate: "14.5",
          samePeriodLastYear: "8",
          vi: "bằng 122,5% cùng kỳ",
          en: "122.5% of the same period last year",
        },
        {
          indicator: { code: "4" },
          periodValue: null,
          valueToDate: "45",
          yearEndEstimate: "100",
          samePeriodLastYear: "40",
          vi: "tăng 5 điểm % so với cùng kỳ",
          en: "up 5 percentage points on the same period last year",
        },
      ]);

      const submitted = await mutate(server.url, "submitReport", { reportId, version: 1 }, tokens["kt.truongphong"]);
      expect(submitted.report.status).toBe("SUBMITTED");
      const approved = await mutate(server.url, "approveReport", { reportId, version: 2 }, tokens["pct.kinhte"]);
      expect(approved.report.status).toBe("APPROVED");

      const figures = (await graphql(server.url, FIGURES, { id: investment, periodId: june() }, tokens.chutich)).body
        .data.node.measurements;
      expect(figures).toEqual([
        {
          kind: "ACTUAL",
          value: "9.8",
          periodValue: "1.2",
          samePeriodLastYear: "8",
          comparedWithSamePeriod: "bằng 122,5% cùng kỳ",
        },
        { kind: "ESTIMATE", value: "14.5", periodValue: null, samePeriodLastYear: null, comparedWithSamePeriod: null },
      ]);
      const history = (await graphql(server.url, HISTORY, { id: reportId }, tokens.vanphong)).body.data.node.history;
      const approval = history.find((h: { action: string }) => h.action === "APPROVED");
      expect(approval.figures).toContainEqual({
        indicatorCode: "3",
        kind: "ACTUAL",
        value: "9.8",
        periodValue: "1.2",
        samePeriodLastYear: "8",
      });
    });
  },
);
