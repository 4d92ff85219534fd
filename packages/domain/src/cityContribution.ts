// A ward indicator that contributes to an indicator of its city's plan (Kế hoạch 05/KH-UBND of the
// city, carried out by every ward's plan), and how the wards' figures add up to the city's: a sum
// (budget revenue), a weighted average (a rate, weighed by each ward's households or people), or
// all of them (the city meets it only when every ward does). One rule for the link's validity and
// one for the roll-up, read by the API's mutation and its city overview.

import type { Locale } from "./format.ts";
import type { EvaluationStatus } from "./status.ts";

export const CONTRIBUTION_RULES = ["SUM", "WEIGHTED_AVERAGE", "ALL_OF"] as const;
export type ContributionRule = (typeof CONTRIBUTION_RULES)[number];

export const CONTRIBUTION_RULE_LABELS: Record<ContributionRule, Record<Locale, string>> = {
  SUM: { vi: "Tổng các phường, xã", en: "Sum of the wards" },
  WEIGHTED_AVERAGE: { vi: "Bình quân có trọng số", en: "Weighted average" },
  ALL_OF: { vi: "Mọi phường, xã cùng đạt", en: "All wards achieve it" },
};

export interface ContributionLink {
  rule: ContributionRule;
  weight: number | null;
  /** The ward plan's jurisdiction's parent (its city or province) and the plan's year. */
  ward: { parentJurisdictionId: string | null; year: number; planId: string };
  /** The plan of the indicator it contributes to. */
  city: { jurisdictionId: string; year: number; planId: string };
}

/** What is wrong with a contribution link, naming the input field, or null when it holds. */
export function contributionProblem(link: ContributionLink): { field: string; message: string } | null {
  if (link.city.planId === link.ward.planId)
    return { field: "contributesToId", message: "Chỉ tiêu không thể góp vào một chỉ tiêu của chính kế hoạch này." };
  if (link.ward.parentJurisdictionId !== link.city.jurisdictionId)
    return {
      field: "contributesToId",
      message: "Chỉ chọn được chỉ tiêu trong kế hoạch của thành phố (tỉnh) mà phường, xã này trực thuộc.",
    };
  if (link.city.year !== link.ward.year)
    return {
      field: "contributesToId",
      message: `Kế hoạch của thành phố là năm ${link.city.year}, kế hoạch của phường là năm ${link.ward.year}: chọn chỉ tiêu cùng năm.`,
    };
  return contributionWeightProblem(link.rule, link.weight);
}

/** The weight's part of the rule, which a form can check before it knows the plans. */
export function contributionWeightProblem(
  rule: ContributionRule,
  weight: number | null,
): { field: "weight"; message: string } | null {
  if (rule === "WEIGHTED_AVERAGE" && !(weight !== null && weight > 0))
    return {
      field: "weight",
      message: "Bình quân có trọng số cần trọng số lớn hơn 0 (ví dụ số hộ hoặc dân số của phường).",
    };
  if (rule !== "WEIGHTED_AVERAGE" && weight !== null)
    return { field: "weight", message: "Chỉ nhập trọng số khi cộng dồn theo bình quân có trọng số." };
  return null;
}

/** One ward's part: its approved figure for the period (SUM, WEIGHTED_AVERAGE) or its status (ALL_OF). */
export interface ContributionFigure {
  value: number | null;
  weight: number | null;
  status: EvaluationStatus | null;
}

export interface RolledUp {
  /** The city's figure: the sum or the weighted average of the wards that reported; null when none did. */
  value: number | null;
  /** ALL_OF: every contributing ward achieved (null while some have no figure yet); otherwise null. */
  allAchieved: boolean | null;
  /** Wards whose figure (or status) is in. */
  reporting: number;
  /** Wards that contribute. */
  contributing: number;
  /** ALL_OF: wards that achieved. */
  achieving: number;
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** The wards' figures rolled up by the rule; wards with no figure are left out and counted. */
export function rollUpContributions(rule: ContributionRule, figures: ContributionFigure[]): RolledUp {
  const contributing = figures.length;
  if (rule === "ALL_OF") {
    const counted = figures.filter((f) => f.status !== null && f.status !== "NO_DATA" && f.status !== "NOT_APPLICABLE");
    const achieving = counted.filter((f) => f.status === "ACHIEVED").length;
    const allAchieved = achieving < counted.length ? false : counted.length === contributing ? contributing > 0 : null;
    return { value: null, allAchieved, reporting: counted.length, contributing, achieving };
  }
  const counted = figures.filter((f): f is ContributionFigure & { value: number } => f.value !== null);
  const base = { allAchieved: null, reporting: counted.length, contributing, achieving: 0 };
  if (counted.length === 0) return { ...base, value: null };
  if (rule === "SUM") return { ...base, value: round6(counted.reduce((sum, f) => sum + f.value, 0)) };
  const weighed = counted.filter((f) => f.weight !== null && f.weight > 0);
  const totalWeight = weighed.reduce((sum, f) => sum + (f.weight ?? 0), 0);
  if (totalWeight === 0) return { ...base, value: null };
  return { ...base, value: round6(weighed.reduce((sum, f) => sum + f.value * (f.weight ?? 0), 0) / totalWeight) };
}
