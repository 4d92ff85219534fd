// Periods open and close on their days while the server runs: the schedule gives each period nobody
// set by hand the status of today, audits it once, and leaves a period the office closed alone.
import { type TestDatabase, testDatabaseKinds } from "@kehoach/db/testing";
import { fixedClock } from "@kehoach/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { advancePeriods } from "../../src/server/periodSchedule.ts";

describe.each(testDatabaseKinds)("the period schedule on the $kind database", ({ create }) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await create({ seed: true });
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("opens the month on its first day and closes it after its due day, once; a period set by hand stays", async () => {
    const prisma = test.db.prisma;
    const month = (number: number) =>
      prisma.reportingPeriod.findFirstOrThrow({ where: { year: 2026, kind: "MONTH", number } });
    // October put back to OPEN by the office (a change by hand: version 2); December not yet open.
    const october = await month(10);
    await prisma.reportingPeriod.update({ where: { id: october.id }, data: { status: "OPEN", version: 2 } });
    const december = await month(12);
    await prisma.reportingPeriod.update({ where: { id: december.id }, data: { status: "UPCOMING" } });

    const firstOfDecember = fixedClock("2026-12-01T08:00:00+07:00");
    expect(await advancePeriods(test.db, firstOfDecember)).toBe(1);
    expect(await month(12)).toMatchObject({ status: "OPEN", version: 1 });
    expect(await advancePeriods(test.db, firstOfDecember)).toBe(0);

    // 26/12 in Vietnam (25/12 at 17:30 UTC): December's due day has passed.
    expect(await advancePeriods(test.db, fixedClock("2026-12-26T00:30:00+07:00"))).toBe(1);
    expect(await month(12)).toMatchObject({ status: "CLOSED", version: 1 });
    const events = await prisma.auditEvent.findMany({
      where: { name: "reportingPeriod.scheduled", entityId: december.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.actorUserId, e.before, e.after])).toEqual([
      [null, { status: "UPCOMING" }, { status: "OPEN" }],
      [null, { status: "OPEN" }, { status: "CLOSED" }],
    ]);
    expect((await month(10)).status).toBe("OPEN");
  });
});
