// Tests of the reporting-period calendar: Decree-09 windows across month and year ends, labels,
// due days, the office's settings and their validation, status on a day.
import { describe, expect, it } from "vitest";
import {
  addDays,
  DECREE_09_CALENDAR,
  daysInMonth,
  monthlyReportingPeriods,
  periodStatusOn,
  redatedPeriods,
  reportingCalendarProblem,
  reportingPeriods,
  vietnamDate,
} from "./periods.ts";

describe("reportingPeriods with the Decree-09 calendar (15th → 14th, due 3 days after)", () => {
  const all = reportingPeriods(2026);
  const row = (p: (typeof all)[number] | undefined) => [p?.label, p?.startsOn, p?.endsOn, p?.cutoffOn, p?.dueOn];

  it("gives 12 months, 4 quarters, six months, nine months and the year, months first", () => {
    expect(all.map((p) => `${p.kind}${p.number}`)).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `MONTH${i + 1}`),
      "QUARTER1",
      "QUARTER2",
      "QUARTER3",
      "QUARTER4",
      "HALF_YEAR1",
      "NINE_MONTHS1",
      "YEAR1",
    ]);
  });

  it("counts January from 15 December of the year before, and December up to the 14th", () => {
    const months = monthlyReportingPeriods(2026);
    expect(row(months[0])).toEqual(["Tháng 01/2026", "2025-12-15", "2026-01-14", "2026-01-14", "2026-01-17"]);
    expect(row(months[2])).toEqual(["Tháng 03/2026", "2026-02-15", "2026-03-14", "2026-03-14", "2026-03-17"]);
    expect(row(months[11])).toEqual(["Tháng 12/2026", "2026-11-15", "2026-12-14", "2026-12-14", "2026-12-17"]);
    // Each window starts the day after the one before ends: no day is counted twice or left out.
    for (let i = 1; i < 12; i++) expect(months[i]?.startsOn).toBe(addDays(months[i - 1]?.endsOn ?? "", 1));
  });

  it("counts quarters, six months, nine months and the year the same way", () => {
    const byLabel = new Map(all.map((p) => [p.label, row(p)]));
    expect(byLabel.get("Quý I/2026")).toEqual(["Quý I/2026", "2025-12-15", "2026-03-14", "2026-03-14", "2026-03-17"]);
    expect(byLabel.get("Quý IV/2026")).toEqual(["Quý IV/2026", "2026-09-15", "2026-12-14", "2026-12-14", "2026-12-17"]);
    expect(byLabel.get("6 tháng đầu năm 2026")?.slice(1, 3)).toEqual(["2025-12-15", "2026-06-14"]);
    expect(byLabel.get("9 tháng năm 2026")?.slice(1, 3)).toEqual(["2025-12-15", "2026-09-14"]);
    expect(byLabel.get("Năm 2026")?.slice(1, 5)).toEqual(["2025-12-15", "2026-12-14", "2026-12-14", "2026-12-17"]);
  });

  it("follows the office's settings: calendar months, a later due day across a month end", () => {
    const calendarMonths = reportingPeriods(2028, { windowStartDay: 1, dueDaysAfterCutoff: 5 });
    expect(row(calendarMonths[1])).toEqual(["Tháng 02/2028", "2028-02-01", "2028-02-29", "2028-02-29", "2028-03-05"]);
    expect(row(calendarMonths.at(-1))).toEqual(["Năm 2028", "2028-01-01", "2028-12-31", "2028-12-31", "2029-01-05"]);
    const twentieth = monthlyReportingPeriods(2026, { windowStartDay: 21, dueDaysAfterCutoff: 0 });
    expect(row(twentieth[0])).toEqual(["Tháng 01/2026", "2025-12-21", "2026-01-20", "2026-01-20", "2026-01-20"]);
  });

  it("says what is wrong with settings it cannot use", () => {
    expect(reportingCalendarProblem(DECREE_09_CALENDAR)).toBeNull();
    expect(reportingCalendarProblem({ windowStartDay: 29, dueDaysAfterCutoff: 3 })).toEqual({
      field: "windowStartDay",
      message: expect.stringMatching(/từ 1 đến 28/),
    });
    expect(reportingCalendarProblem({ windowStartDay: 15, dueDaysAfterCutoff: -1 })).toEqual({
      field: "dueDaysAfterCutoff",
      message: expect.stringMatching(/từ 0 đến 15/),
    });
    expect(reportingCalendarProblem({ windowStartDay: 15.5, dueDaysAfterCutoff: 3 })?.message).toMatch(/số nguyên/);
    expect(() => reportingPeriods(2026, { windowStartDay: 0, dueDaysAfterCutoff: 3 })).toThrow(/từ 1 đến 28/);
    expect(() => reportingPeriods(20.5)).toThrow(/Năm/);
  });

  it("knows leap years", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
});

describe("periodStatusOn", () => {
  const march = monthlyReportingPeriods(2026)[2];
  if (!march) throw new Error("no March");

  it("is UPCOMING before the window, OPEN from its first day through the due day, CLOSED after", () => {
    expect(periodStatusOn(march, "2026-02-14")).toBe("UPCOMING");
    expect(periodStatusOn(march, "2026-02-15")).toBe("OPEN");
    expect(periodStatusOn(march, "2026-03-14")).toBe("OPEN");
    expect(periodStatusOn(march, "2026-03-17")).toBe("OPEN");
    expect(periodStatusOn(march, "2026-03-18")).toBe("CLOSED");
    expect(periodStatusOn(march, "2027-01-01")).toBe("CLOSED");
  });

  it("reads an instant as a day in Vietnam (UTC+7)", () => {
    // 17:30 UTC on 14 Feb is already the 15th in Hải Phòng.
    const instant = new Date("2026-02-14T17:30:00Z");
    expect(vietnamDate(instant)).toBe("2026-02-15");
    expect(periodStatusOn(march, instant)).toBe("OPEN");
    expect(periodStatusOn(march, new Date("2026-02-14T16:59:59Z"))).toBe("UPCOMING");
  });

  it("rejects a malformed day", () => {
    expect(() => periodStatusOn(march, "1/3/2026")).toThrow(/YYYY-MM-DD/);
  });
});

describe("redatedPeriods (the office changes the calendar)", () => {
  const stored = reportingPeriods(2027, { windowStartDay: 1, dueDaysAfterCutoff: 5 }).map((p, i) => ({
    id: `p${i}`,
    kind: p.kind,
    year: p.year,
    number: p.number,
    startsOn: p.startsOn,
    followsSchedule: p.label !== "Tháng 03/2027",
  }));

  it("re-dates only periods that follow their days and have not begun", () => {
    const changed = redatedPeriods(stored, DECREE_09_CALENDAR, "2027-02-10");
    const labels = changed.map((c) => c.spec.label);
    // January and February began (calendar months from the 1st), the year, Q1, six and nine months too.
    expect(labels).not.toContain("Tháng 01/2027");
    expect(labels).not.toContain("Tháng 02/2027");
    expect(labels).not.toContain("Năm 2027");
    // March was opened by hand: it keeps its days.
    expect(labels).not.toContain("Tháng 03/2027");
    expect(labels).toContain("Tháng 04/2027");
    expect(labels).toContain("Quý II/2027");
    const april = changed.find((c) => c.spec.label === "Tháng 04/2027");
    expect(april?.spec).toMatchObject({ startsOn: "2027-03-15", endsOn: "2027-04-14", dueOn: "2027-04-17" });
    expect(april?.status).toBe("UPCOMING");
  });

  it("opens a period whose new window has already begun", () => {
    const changed = redatedPeriods(stored, DECREE_09_CALENDAR, "2027-04-20");
    expect(changed.find((c) => c.spec.label === "Tháng 05/2027")).toMatchObject({
      spec: { startsOn: "2027-04-15" },
      status: "OPEN",
    });
  });
});
