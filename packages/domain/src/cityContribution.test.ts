import { describe, expect, it } from "vitest";
import { type ContributionLink, contributionProblem, rollUpContributions } from "./cityContribution.ts";

const link = (over: Partial<ContributionLink> = {}): ContributionLink => ({
  rule: "SUM",
  weight: null,
  ward: { parentJurisdictionId: "hai-phong", year: 2026, planId: "tan-hung" },
  city: { jurisdictionId: "hai-phong", year: 2026, planId: "hai-phong-05" },
  ...over,
});

describe("contributionProblem", () => {
  it("accepts a ward indicator of 2026 summed into its city's plan of 2026", () => {
    expect(contributionProblem(link())).toBeNull();
    expect(contributionProblem(link({ rule: "WEIGHTED_AVERAGE", weight: 12_500 }))).toBeNull();
    expect(contributionProblem(link({ rule: "ALL_OF" }))).toBeNull();
  });

  it("refuses another city's plan, another year, or the ward's own plan, on the city indicator field", () => {
    expect(contributionProblem(link({ city: { jurisdictionId: "ha-noi", year: 2026, planId: "x" } }))).toEqual({
      field: "contributesToId",
      message: "Chỉ chọn được chỉ tiêu trong kế hoạch của thành phố (tỉnh) mà phường, xã này trực thuộc.",
    });
    expect(contributionProblem(link({ city: { jurisdictionId: "hai-phong", year: 2025, planId: "x" } }))?.message).toBe(
      "Kế hoạch của thành phố là năm 2025, kế hoạch của phường là năm 2026: chọn chỉ tiêu cùng năm.",
    );
    expect(
      contributionProblem(link({ city: { jurisdictionId: "hai-phong", year: 2026, planId: "tan-hung" } }))?.field,
    ).toBe("contributesToId");
  });

  it("asks for a positive weight for a weighted average, and for none otherwise", () => {
    expect(contributionProblem(link({ rule: "WEIGHTED_AVERAGE", weight: null }))?.field).toBe("weight");
    expect(contributionProblem(link({ rule: "WEIGHTED_AVERAGE", weight: 0 }))?.field).toBe("weight");
    expect(contributionProblem(link({ rule: "SUM", weight: 3 }))).toEqual({
      field: "weight",
      message: "Chỉ nhập trọng số khi cộng dồn theo bình quân có trọng số.",
    });
  });
});

describe("rollUpContributions", () => {
  const fig = (value: number | null, weight: number | null = null) => ({ value, weight, status: null });

  it("sums the wards that reported and counts the ones that did not", () => {
    expect(rollUpContributions("SUM", [fig(9.8), fig(12.4), fig(null)])).toEqual({
      value: 22.2,
      allAchieved: null,
      reporting: 2,
      contributing: 3,
      achieving: 0,
    });
  });

  it("weighs a rate by each ward's weight", () => {
    // 2% of 1,000 households and 5% of 3,000: 4,25% of the 4,000.
    expect(rollUpContributions("WEIGHTED_AVERAGE", [fig(2, 1000), fig(5, 3000), fig(null, 500)]).value).toBe(4.25);
  });

  it("has no figure when no ward reported", () => {
    expect(rollUpContributions("SUM", [fig(null)]).value).toBeNull();
    expect(rollUpContributions("WEIGHTED_AVERAGE", []).value).toBeNull();
  });

  it("meets an all-of indicator only when every ward achieved it", () => {
    const st = (status: "ACHIEVED" | "AT_RISK" | "NO_DATA") => ({ value: null, weight: null, status });
    expect(rollUpContributions("ALL_OF", [st("ACHIEVED"), st("ACHIEVED")])).toMatchObject({
      allAchieved: true,
      achieving: 2,
      reporting: 2,
    });
    expect(rollUpContributions("ALL_OF", [st("ACHIEVED"), st("AT_RISK")]).allAchieved).toBe(false);
    expect(rollUpContributions("ALL_OF", [st("ACHIEVED"), st("NO_DATA")])).toMatchObject({
      allAchieved: null,
      reporting: 1,
      contributing: 2,
    });
    expect(rollUpContributions("ALL_OF", [st("AT_RISK"), st("NO_DATA")]).allAchieved).toBe(false);
  });
});
