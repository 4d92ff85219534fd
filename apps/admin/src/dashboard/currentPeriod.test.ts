// The period the dashboard opens on: the open month containing today, else the latest open
// period, else the latest period that has begun, else the first.
import { describe, expect, it } from "vitest";
import { currentPeriod, type DashboardPeriod } from "./currentPeriod.ts";

const period = (id: string, status: DashboardPeriod["status"], startsOn: string, endsOn: string, kind = "MONTH") =>
  ({ id, label: id, kind, status, startsOn, endsOn }) as DashboardPeriod;

const september = period("Tháng 09", "CLOSED", "2026-09-01", "2026-09-30");
const october = period("Tháng 10", "OPEN", "2026-10-01", "2026-10-31");
const quarter4 = period("Quý IV", "OPEN", "2026-10-01", "2026-12-31", "QUARTER");
const november = period("Tháng 11", "UPCOMING", "2026-11-01", "2026-11-30");

describe("currentPeriod", () => {
  it("takes the open month that contains today rather than its quarter", () => {
    expect(currentPeriod([september, quarter4, october, november], "2026-10-15")?.id).toBe("Tháng 10");
  });

  it("takes the latest open period when none contains today", () => {
    expect(currentPeriod([september, october, november], "2026-11-05")?.id).toBe("Tháng 10");
  });

  it("takes the latest period that has begun when none is open", () => {
    expect(currentPeriod([september, november], "2026-10-15")?.id).toBe("Tháng 09");
  });

  it("takes the first period when none has begun", () => {
    expect(currentPeriod([november, september], "2026-08-15")?.id).toBe("Tháng 09");
  });

  it("has nothing to take from a plan without periods", () => {
    expect(currentPeriod([], "2026-10-15")).toBeNull();
  });
});
