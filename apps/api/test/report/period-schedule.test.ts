// A whole year on a fake clock: the schedule gives each period nobody set by hand the status of its
// days — Decree-09 windows from the 15th of the month before to the 14th, due three days later —
// across month and year ends, with two API processes advancing at once; each change is made and
// audited once, and a period the office set by hand stays as it is.
import { type TestDatabase, testDatabaseKinds } from "@kehoach/db/testing";
import { addDays, fixedClock } from "@kehoach/domain";
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

  it("opens and closes every period of 2026 on its days, from 10/12/2025 to 05/01/2027, once each", async () => {
    const prisma = test.db.prisma;
    const plan = await prisma.plan.findFirstOrThrow({ where: { year: 2026, jurisdiction: { code: "10537" } } });
    // As the plan was before its year began; October reopened by the office (a change by hand: version 2).
    await prisma.reportingPeriod.updateMany({ data: { status: "UPCOMING" } });
    const october = await prisma.reportingPeriod.findFirstOrThrow({
      where: { planId: plan.id, kind: "MONTH", number: 10 },
    });
    await prisma.reportingPeriod.update({ where: { id: october.id }, data: { status: "OPEN", version: 2 } });

    const periods = await prisma.reportingPeriod.findMany({ where: { planId: plan.id } });
    expect(periods).toHaveLength(19);
    const firstDay = new Map<string, { OPEN?: string; CLOSED?: string }>();
    let changes = 0;
    for (let day = "2025-12-10"; day <= "2027-01-05"; day = addDays(day, 1)) {
      const clock = fixedClock(`${day}T00:05:00+07:00`);
      // Two processes at once: between them, each change is made once.
      const [a, b] = await Promise.all([advancePeriods(test.db, clock), advancePeriods(test.db, clock)]);
      changes += a + b;
      if (a + b === 0) continue;
      for (const p of await prisma.reportingPeriod.findMany({ where: { planId: plan.id } })) {
        const seen = firstDay.get(p.label) ?? {};
        if (p.status !== "UPCOMING" && !seen[p.status]) seen[p.status] = day;
        firstDay.set(p.label, seen);
      }
    }

    expect(
      Object.fromEntries([...firstDay].filter(([label]) => /Tháng 0[12]|Tháng 1[12]|Quý|tháng|Năm/.test(label))),
    ).toEqual({
      "Tháng 01/2026": { OPEN: "2025-12-15", CLOSED: "2026-01-18" },
      "Tháng 02/2026": { OPEN: "2026-01-15", CLOSED: "2026-02-18" },
      "Tháng 11/2026": { OPEN: "2026-10-15", CLOSED: "2026-11-18" },
      "Tháng 12/2026": { OPEN: "2026-11-15", CLOSED: "2026-12-18" },
      "Quý I/2026": { OPEN: "2025-12-15", CLOSED: "2026-03-18" },
      "Quý II/2026": { OPEN: "2026-03-15", CLOSED: "2026-06-18" },
      "Quý III/2026": { OPEN: "2026-06-15", CLOSED: "2026-09-18" },
      "Quý IV/2026": { OPEN: "2026-09-15", CLOSED: "2026-12-18" },
      "6 tháng đầu năm 2026": { OPEN: "2025-12-15", CLOSED: "2026-06-18" },
      "9 tháng năm 2026": { OPEN: "2025-12-15", CLOSED: "2026-09-18" },
      "Năm 2026": { OPEN: "2025-12-15", CLOSED: "2026-12-18" },
    });
    // Eighteen periods opened and closed once each; October, set by hand, never touched.
    const mine = periods.filter((p) => p.id !== october.id).map((p) => p.id);
    const events = await prisma.auditEvent.findMany({
      where: { name: "reportingPeriod.scheduled", entityId: { in: [...mine, october.id] } },
    });
    expect(events.filter((e) => e.entityId === october.id)).toEqual([]);
    expect(events).toHaveLength(18 * 2);
    expect(changes).toBe(18 * 2);
    expect(await prisma.reportingPeriod.findUniqueOrThrow({ where: { id: october.id } })).toMatchObject({
      status: "OPEN",
      version: 2,
    });
  });
});
