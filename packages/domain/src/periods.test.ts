// Tests of the reporting-period calendar: labels, bounds, clamped cut-off/due days, status on a day.
import { describe, expect, it } from "vitest";
import {
  daysInMonth,
  halfYearReportingPeriods,
  monthlyReportingPeriods,
  periodStatusOn,
  quarterlyReportingPeriods,
  vietnamDate,
  yearReportingPeriod,
} from "./periods.ts";

describe("monthlyReportingPeriods", () => {
  const months = monthlyReportingPeriods(2026);

  it("gives the 12 months of the year in order with Vietnamese labels", () => {
    expect(months).toHaveLength(12);
    expect(months.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months[0]).toEqual({
      kind: "MONTH",
      year: 2026,
      number: 1,
      label: "Tháng 01/2026",
      startsOn: "2026-01-01",
      endsOn: "2026-01-31",
      cutoffOn: "2026-01-20",
      dueOn: "2026-01-25",
    });
    expect(months[11]?.label).toBe("Tháng 12/2026");
    expect(months[1]?.endsOn).toBe("2026-02-28");
    expect(months[3]?.endsOn).toBe("2026-04-30");
  });

  it("takes other cut-off and due days and clamps them to the month's length", () => {
    const ms = monthlyReportingPeriods(2028, { cutoffDay: 30, dueDay: 31 });
    expect(ms[1]).toMatchObject({ endsOn: "2028-02-29", cutoffOn: "2028-02-29", dueOn: "2028-02-29" });
    expect(ms[3]).toMatchObject({ cutoffOn: "2028-04-30", dueOn: "2028-04-30" });
    expect(ms[0]).toMatchObject({ cutoffOn: "2028-01-30", dueOn: "2028-01-31" });
  });

  it("rejects impossible options", () => {
    expect(() => monthlyReportingPeriods(2026, { cutoffDay: 0 })).toThrow(/cutoffDay/);
    expect(() => monthlyReportingPeriods(2026, { dueDay: 32 })).toThrow(/dueDay/);
    expect(() => monthlyReportingPeriods(2026, { cutoffDay: 25, dueDay: 20 })).toThrow(/dueDay/);
    expect(() => monthlyReportingPeriods(20.5)).toThrow(/Năm/);
  });
});

describe("quarter, half-year and year", () => {
  it("labels and bounds quarters", () => {
    const qs = quarterlyReportingPeriods(2026);
    expect(qs.map((q) => q.label)).toEqual(["Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026"]);
    expect(qs[1]).toMatchObject({
      startsOn: "2026-04-01",
      endsOn: "2026-06-30",
      cutoffOn: "2026-06-20",
      dueOn: "2026-06-25",
    });
  });

  it("labels and bounds half-years and the year", () => {
    const hs = halfYearReportingPeriods(2026);
    expect(hs.map((h) => [h.label, h.startsOn, h.endsOn])).toEqual([
      ["6 tháng đầu năm 2026", "2026-01-01", "2026-06-30"],
      ["6 tháng cuối năm 2026", "2026-07-01", "2026-12-31"],
    ]);
    expect(yearReportingPeriod(2026)).toMatchObject({
      kind: "YEAR",
      number: 1,
      label: "Năm 2026",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
      dueOn: "2026-12-25",
    });
  });

  it("knows leap years", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });
});

describe("periodStatusOn", () => {
  const march = monthlyReportingPeriods(2026)[2];
  if (!march) throw new Error("no March");

  it("is UPCOMING before the start, OPEN from the start through the due day, CLOSED after", () => {
    expect(periodStatusOn(march, "2026-02-28")).toBe("UPCOMING");
    expect(periodStatusOn(march, "2026-03-01")).toBe("OPEN");
    expect(periodStatusOn(march, "2026-03-20")).toBe("OPEN");
    expect(periodStatusOn(march, "2026-03-25")).toBe("OPEN");
    expect(periodStatusOn(march, "2026-03-26")).toBe("CLOSED");
    expect(periodStatusOn(march, "2027-01-01")).toBe("CLOSED");
  });

  it("reads an instant as a day in Vietnam (UTC+7)", () => {
    // 17:30 UTC on 28 Feb is already 1 March in Hải Phòng.
    const instant = new Date("2026-02-28T17:30:00Z");
    expect(vietnamDate(instant)).toBe("2026-03-01");
    expect(periodStatusOn(march, instant)).toBe("OPEN");
    expect(periodStatusOn(march, new Date("2026-02-28T16:59:59Z"))).toBe("UPCOMING");
  });

  it("rejects a malformed day", () => {
    expect(() => periodStatusOn(march, "1/3/2026")).toThrow(/YYYY-MM-DD/);
  });
});
