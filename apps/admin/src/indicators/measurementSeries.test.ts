// The trend's points: to date and the estimate per month, and last year's figure where a unit gave it.
import { describe, expect, it } from "vitest";
import { monthlySeries } from "./measurementSeries.ts";

const m = (kind: "ACTUAL" | "ESTIMATE", month: number, value: string, samePeriodLastYear: string | null = null) => ({
  id: `${kind}${month}`,
  kind,
  value,
  samePeriodLastYear,
  achieved: null,
  eventCount: null,
  period: { id: `P${month}`, kind: "MONTH" as const, number: month, year: 2026, label: `Tháng ${month}/2026` },
});

describe("monthlySeries", () => {
  it("puts to date, the estimate and the same period last year on each month, in month order", () => {
    expect(monthlySeries([m("ACTUAL", 7, "9.8", "8"), m("ESTIMATE", 7, "14.5"), m("ACTUAL", 6, "8.6")])).toEqual([
      { month: 6, actual: 8.6, estimate: null, lastYear: null },
      { month: 7, actual: 9.8, estimate: 14.5, lastYear: 8 },
    ]);
  });
});
