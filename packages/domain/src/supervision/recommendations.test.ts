// The steps of a recommendation from the Front to its answer, and its age.
import { describe, expect, it } from "vitest";
import {
  isOpenRecommendation,
  mayTakeRecommendationStep,
  recommendationAgeDays,
  recommendationStepProblem,
} from "./recommendations.ts";

describe("recommendation steps", () => {
  it("goes recorded → assigned → answered → resolved, or back to the unit when not resolved", () => {
    expect(mayTakeRecommendationStep("ASSIGN", "RECORDED")).toBe(true);
    expect(mayTakeRecommendationStep("ASSIGN", "ASSIGNED")).toBe(true);
    expect(mayTakeRecommendationStep("ANSWER", "ASSIGNED")).toBe(true);
    expect(mayTakeRecommendationStep("RESOLVE", "ANSWERED")).toBe(true);
    expect(mayTakeRecommendationStep("REOPEN", "ANSWERED")).toBe(true);
  });

  it("refuses a step out of order, saying why", () => {
    expect(mayTakeRecommendationStep("ANSWER", "RECORDED")).toBe(false);
    expect(mayTakeRecommendationStep("ASSIGN", "ANSWERED")).toBe(false);
    expect(mayTakeRecommendationStep("RESOLVE", "ASSIGNED")).toBe(false);
    expect(recommendationStepProblem("ANSWER", "RECORDED")).toBe(
      "Chỉ trả lời được kiến nghị đã giao cho đơn vị và chưa trả lời; kiến nghị này chưa được giao cho đơn vị nào.",
    );
    expect(recommendationStepProblem("ANSWER", "ASSIGNED")).toBeNull();
  });

  it("counts a recommendation open until resolved, and its age in days", () => {
    expect(["RECORDED", "ASSIGNED", "ANSWERED"].every((s) => isOpenRecommendation(s as never))).toBe(true);
    expect(isOpenRecommendation("RESOLVED")).toBe(false);
    expect(recommendationAgeDays("2026-11-01", "2026-12-06")).toBe(35);
    expect(recommendationAgeDays("2026-12-31", "2026-12-06")).toBe(0);
  });
});
