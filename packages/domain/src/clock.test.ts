import { describe, expect, it } from "vitest";
import { clockStartingAt, fixedClock, parseInstant, systemClock } from "./clock.ts";

describe("clocks", () => {
  it("reads an instant with its offset, and a bare day as midnight in Vietnam", () => {
    expect(parseInstant("2026-12-31T23:30:00+07:00").toISOString()).toBe("2026-12-31T16:30:00.000Z");
    expect(parseInstant("2026-12-01").toISOString()).toBe("2026-11-30T17:00:00.000Z");
    expect(parseInstant("2026-12-15T02:00:00Z").toISOString()).toBe("2026-12-15T02:00:00.000Z");
  });

  it("refuses an instant without a time zone or a day that does not exist, saying how to write it", () => {
    for (const bad of ["2026-12-15T09:00:00", "31/12/2026", "2026-02-30", "hôm nay", ""]) {
      expect(() => parseInstant(bad), bad).toThrow(/YYYY-MM-DD/);
    }
  });

  it("a started clock runs on from its start at the pace of real time", () => {
    let real = 1000;
    const clock = clockStartingAt("2026-12-14T09:00:00+07:00", () => real);
    expect(clock.now().toISOString()).toBe("2026-12-14T02:00:00.000Z");
    real += 90_000;
    expect(clock.now().toISOString()).toBe("2026-12-14T02:01:30.000Z");
  });

  it("a fixed clock never moves; the system clock follows Date", () => {
    const clock = fixedClock("2026-12-15");
    expect(clock.now().getTime()).toBe(clock.now().getTime());
    expect(Math.abs(systemClock.now().getTime() - Date.now())).toBeLessThan(1000);
  });
});
