// The ward's reporting calendar (issue 13, item 1), on both databases: Decree-09 windows by default,
// shown to everyone in the ward; the office changes the window and the due day; periods that have not
// begun take the new days, the rest keep theirs; a plan created afterwards follows the new calendar;
// a refused, invalid or stale change changes nothing.
import type { Prisma } from "@kehoach/db";
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, login, startTestServer, type TestServer } from "../support/server.ts";

const CALENDAR = "{ me { jurisdiction { reportingCalendar { windowStartDay dueDaysAfterCutoff version } } } }";
const UPDATE = `mutation($input: UpdateReportingCalendarInput!) { updateReportingCalendar(input: $input) {
  __typename ... on Error { code message } ... on ValidationError { issues { path message } }
  ... on UpdateReportingCalendarPayload { redatedPeriodCount jurisdiction { reportingCalendar { windowStartDay dueDaysAfterCutoff version } } } } }`;
const CREATE_PLAN = `mutation($input: CreatePlanInput!) { createPlan(input: $input) { __typename
  ... on PlanPayload { plan { id } } } }`;

describe.each(testDatabaseKinds)("the reporting calendar on the $kind database", ({ create }) => {
  let server: TestServer;
  let prisma: Prisma;
  const tokens: Record<string, string> = {};
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const periodsOf = async (year: number) =>
    (
      await prisma.reportingPeriod.findMany({
        where: { year, plan: { jurisdiction: { code: "10537" } } },
        orderBy: [{ kind: "asc" }, { number: "asc" }],
      })
    ).map((p) => `${p.label} ${day(p.startsOn)}–${day(p.endsOn)} hạn ${day(p.dueOn)} ${p.status}`);
  const state = async () => ({
    calendar: await prisma.jurisdiction.findUniqueOrThrow({ where: { code: "10537" } }),
    periods: await prisma.reportingPeriod.findMany({ orderBy: { id: "asc" } }),
    audit: await prisma.auditEvent.count(),
  });
  const update = async (token: string | undefined, input: Record<string, unknown>) => {
    const res = await graphql(server.url, UPDATE, { input }, token);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.updateReportingCalendar;
  };
  const createPlan = async (year: number) => {
    const res = await graphql(
      server.url,
      CREATE_PLAN,
      { input: { year, title: `Kế hoạch năm ${year}`, issuer: "UBND phường Tân Hưng" } },
      tokens.vanphong,
    );
    expect(res.body.data?.createPlan.__typename).toBe("PlanPayload");
  };

  beforeAll(async () => {
    server = await startTestServer(create);
    prisma = server.test.db.prisma;
    for (const username of ["vanphong", "chutich", "kt.canbo"]) tokens[username] = await login(server.url, username);
    // A plan whose periods have not begun on any day this suite runs.
    await createPlan(2029);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("shows the Decree-09 calendar to everyone in the ward", async () => {
    for (const token of Object.values(tokens)) {
      const res = await graphql(server.url, CALENDAR, {}, token);
      expect(res.body.data.me.jurisdiction.reportingCalendar).toEqual({
        windowStartDay: 15,
        dueDaysAfterCutoff: 3,
        version: 1,
      });
    }
    expect((await periodsOf(2029)).find((p) => p.startsWith("Tháng 01"))).toBe(
      "Tháng 01/2029 2028-12-15–2029-01-14 hạn 2029-01-17 UPCOMING",
    );
  });

  it("refuses a unit's staff and a leader, an impossible day and a stale version, and changes nothing", async () => {
    const before = await state();
    expect(await update(tokens["kt.canbo"], { windowStartDay: 1, dueDaysAfterCutoff: 5, version: 1 })).toMatchObject({
      code: "NOT_AUTHORIZED",
    });
    expect(await update(tokens.chutich, { windowStartDay: 1, dueDaysAfterCutoff: 5, version: 1 })).toMatchObject({
      code: "NOT_AUTHORIZED",
    });
    const invalid = await update(tokens.vanphong, { windowStartDay: 31, dueDaysAfterCutoff: 5, version: 1 });
    expect(invalid.__typename).toBe("ValidationError");
    expect(invalid.issues).toEqual([
      { path: ["input", "windowStartDay"], message: expect.stringMatching(/từ 1 đến 28/) },
    ]);
    const late = await update(tokens.vanphong, { windowStartDay: 15, dueDaysAfterCutoff: 16, version: 1 });
    expect(late.issues).toEqual([
      { path: ["input", "dueDaysAfterCutoff"], message: expect.stringMatching(/từ 0 đến 15/) },
    ]);
    const stale = await update(tokens.vanphong, { windowStartDay: 1, dueDaysAfterCutoff: 5, version: 7 });
    expect(stale).toMatchObject({ __typename: "ConflictError", code: "CONFLICT" });
    expect(stale.message).toMatch(/phiên bản hiện tại 1/);
    expect(await state()).toEqual(before);
  });

  it("re-dates the periods that have not begun, keeps the others, audits once, and new plans follow it", async () => {
    const before2026 = await periodsOf(2026);
    const changed = await update(tokens.vanphong, { windowStartDay: 1, dueDaysAfterCutoff: 5, version: 1 });
    expect(changed).toMatchObject({
      __typename: "UpdateReportingCalendarPayload",
      redatedPeriodCount: 19,
      jurisdiction: { reportingCalendar: { windowStartDay: 1, dueDaysAfterCutoff: 5, version: 2 } },
    });
    // 2026 has begun: its periods keep the days their figures were reported on.
    expect(await periodsOf(2026)).toEqual(before2026);
    const in2029 = await periodsOf(2029);
    expect(in2029).toContain("Tháng 02/2029 2029-02-01–2029-02-28 hạn 2029-03-05 UPCOMING");
    expect(in2029).toContain("Năm 2029 2029-01-01–2029-12-31 hạn 2030-01-05 UPCOMING");
    const events = await prisma.auditEvent.findMany({ where: { name: "jurisdiction.calendarChanged" } });
    expect(events.map((e) => [e.before, e.after])).toEqual([
      [
        { windowStartDay: 15, dueDaysAfterCutoff: 3, version: 1 },
        { windowStartDay: 1, dueDaysAfterCutoff: 5, version: 2, redatedPeriods: 19 },
      ],
    ]);
    // The same change again, on the version read before it, is refused: someone else's change stays.
    expect(await update(tokens.vanphong, { windowStartDay: 15, dueDaysAfterCutoff: 3, version: 1 })).toMatchObject({
      code: "CONFLICT",
    });

    await createPlan(2030);
    expect((await periodsOf(2030)).find((p) => p.startsWith("Quý I/"))).toBe(
      "Quý I/2030 2030-01-01–2030-03-31 hạn 2030-04-05 UPCOMING",
    );
  });
});
