// The period the monthly report form opens on: the open month containing today, else the latest open period.
import { describe, expect, it } from "vitest";
import { currentPeriod } from "./currentPeriod.ts";

const month = (n: number, status: "OPEN" | "CLOSED" | "UPCOMING") => {
  const mm = String(n).padStart(2, "0");
  const end = String(new Date(Date.UTC(2026, n, 0)).getUTCDate());
  return {
    label: `Tháng ${mm}/2026`,
    kind: "MONTH" as const,
    status,
    startsOn: `2026-${mm}-01`,
    endsOn: `2026-${mm}-${end}`,
  };
};
const quarter4 = {
  label: "Quý IV/2026",
  kind: "QUARTER" as const,
  status: "OPEN" as const,
  startsOn: "2026-10-01",
  endsOn: "2026-12-31",
};

describe("currentPeriod", () => {
  const now = new Date("2026-11-10T03:00:00Z");

  it("prefers the open month containing today to a quarter covering it", () => {
    expect(currentPeriod([quarter4, month(10, "OPEN"), month(11, "OPEN")], now)?.label).toBe("Tháng 11/2026");
  });

  it("falls back to the latest open period when none contains today", () => {
    expect(currentPeriod([month(9, "OPEN"), month(10, "OPEN"), month(11, "CLOSED")], now)?.label).toBe("Tháng 10/2026");
  });

  it("reads today in Vietnam time: 31/10 17:30 UTC is already 1 November", () => {
    const periods = [month(10, "OPEN"), month(11, "OPEN")];
    expect(currentPeriod(periods, new Date("2026-10-31T17:30:00Z"))?.label).toBe("Tháng 11/2026");
  });

  it("has nothing when no period is open", () => {
    expect(currentPeriod([month(11, "CLOSED"), month(12, "UPCOMING")], now)).toBeUndefined();
  });
});
