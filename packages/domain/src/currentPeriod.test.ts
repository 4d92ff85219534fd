// The current period, one rule: the report form opens on the open month containing today (else the
// latest open period); the dashboards and the leader desk also fall back to the latest period that
// has begun, else the first.
import { describe, expect, it } from "vitest";
import { currentPeriodOn, openPeriodOn } from "./currentPeriod.ts";
import { vietnamDate } from "./periods.ts";

const period = (id: string, status: string, startsOn: string, endsOn: string, kind = "MONTH", dueOn = endsOn) => ({
  id,
  kind,
  status,
  startsOn,
  endsOn,
  dueOn,
});
const september = period("Tháng 09", "CLOSED", "2026-09-01", "2026-09-30");
const october = period("Tháng 10", "OPEN", "2026-10-01", "2026-10-31");
const quarter4 = period("Quý IV", "OPEN", "2026-10-01", "2026-12-31", "QUARTER");
const november = period("Tháng 11", "UPCOMING", "2026-11-01", "2026-11-30");
const novemberOpen = { ...november, status: "OPEN" };

describe("openPeriodOn (the report form)", () => {
  it("prefers the open month containing today to a quarter covering it", () => {
    expect(openPeriodOn([september, quarter4, october, november], "2026-10-15")?.id).toBe("Tháng 10");
  });

  it("falls back to the latest open period when none contains today", () => {
    expect(openPeriodOn([september, october, november], "2026-11-05")?.id).toBe("Tháng 10");
  });

  it("reads today in Vietnam time: 31/10 17:30 UTC is already 1 November", () => {
    expect(openPeriodOn([october, novemberOpen], vietnamDate(new Date("2026-10-31T17:30:00Z")))?.id).toBe("Tháng 11");
  });

  it("with Decree-09 windows, takes the month whose figures are cut off until its report is due", () => {
    const june = period("Tháng 06", "OPEN", "2026-05-15", "2026-06-14", "MONTH", "2026-06-17");
    const july = period("Tháng 07", "OPEN", "2026-06-15", "2026-07-14", "MONTH", "2026-07-17");
    const half = period("6 tháng", "OPEN", "2025-12-15", "2026-06-14", "HALF_YEAR", "2026-06-17");
    expect(openPeriodOn([half, july, june], "2026-06-10")?.id).toBe("Tháng 06");
    expect(openPeriodOn([half, july, june], "2026-06-16")?.id).toBe("Tháng 06");
    expect(openPeriodOn([half, july, june], "2026-06-17")?.id).toBe("Tháng 06");
    expect(openPeriodOn([half, july, { ...june, status: "CLOSED" }], "2026-06-17")?.id).toBe("Tháng 07");
    expect(openPeriodOn([half, july, june], "2026-06-18")?.id).toBe("Tháng 07");
  });

  it("has nothing when no period is open", () => {
    expect(openPeriodOn([september, november], "2026-10-15")).toBeUndefined();
  });
});

describe("currentPeriodOn (dashboards, the leader desk)", () => {
  it("takes the open period to report in first", () => {
    expect(currentPeriodOn([september, quarter4, october, november], "2026-10-15")?.id).toBe("Tháng 10");
  });

  it("takes the latest period that has begun when none is open", () => {
    expect(currentPeriodOn([september, november], "2026-10-15")?.id).toBe("Tháng 09");
  });

  it("takes the first period when none has begun", () => {
    expect(currentPeriodOn([november, september], "2026-08-15")?.id).toBe("Tháng 09");
  });

  it("has nothing to take from a plan without periods", () => {
    expect(currentPeriodOn([], "2026-10-15")).toBeUndefined();
  });
});
