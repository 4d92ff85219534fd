// "So với cùng kỳ" as the monthly report writes it.
import { describe, expect, it } from "vitest";
import { comparedWithSamePeriod, samePeriodWording } from "./samePeriod.ts";

describe("comparedWithSamePeriod", () => {
  it("an amount is a share of last year's: 9 tỷ against 8 tỷ is 112,5%", () => {
    const c = comparedWithSamePeriod(9, 8, "tỷ đồng");
    expect(c).toEqual({ kind: "SHARE", percent: 112.5 });
    expect(samePeriodWording(c as never, "vi")).toBe("bằng 112,5% cùng kỳ");
    expect(samePeriodWording(c as never, "en")).toBe("112.5% of the same period last year");
  });

  it("a percentage is compared in points, up, down or level", () => {
    const up = comparedWithSamePeriod(96.2, 95, "%");
    expect(up).toEqual({ kind: "POINTS", points: 1.2 });
    expect(samePeriodWording(up as never, "vi")).toBe("tăng 1,2 điểm % so với cùng kỳ");
    expect(samePeriodWording(comparedWithSamePeriod(1.5, 2, "%") as never, "vi")).toBe(
      "giảm 0,5 điểm % so với cùng kỳ",
    );
    expect(samePeriodWording(comparedWithSamePeriod(3, 3, "%") as never, "vi")).toBe("bằng cùng kỳ");
  });

  it("nothing to say without both figures, or against a zero last year", () => {
    expect(comparedWithSamePeriod(9, null, "tỷ đồng")).toBeNull();
    expect(comparedWithSamePeriod(undefined, 8, "tỷ đồng")).toBeNull();
    expect(comparedWithSamePeriod(4, 0, "cơ sở")).toBeNull();
  });
});
