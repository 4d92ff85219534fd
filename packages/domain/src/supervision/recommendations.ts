// Voters' and citizens' opinions and recommendations ("ý kiến, kiến nghị của cử tri và Nhân dân")
// that the Fatherland Front passes on (Section IV of the plan): the Front records one, the office
// assigns it to a unit, the unit answers, and the Front says whether it is resolved; if not, it goes
// back to the unit. One table of steps, which the API enforces and the console reads for its buttons.

export const RECOMMENDATION_STATUSES = ["RECORDED", "ASSIGNED", "ANSWERED", "RESOLVED"] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export type RecommendationStep = "ASSIGN" | "ANSWER" | "RESOLVE" | "REOPEN";

interface StepRule {
  from: readonly RecommendationStatus[];
  to: RecommendationStatus;
}

export const RECOMMENDATION_STEPS: Record<RecommendationStep, StepRule> = {
  // The office may hand it to another unit until it is answered.
  ASSIGN: { from: ["RECORDED", "ASSIGNED"], to: "ASSIGNED" },
  ANSWER: { from: ["ASSIGNED"], to: "ANSWERED" },
  RESOLVE: { from: ["ANSWERED"], to: "RESOLVED" },
  // "Not resolved": back to the unit, with the Front's note.
  REOPEN: { from: ["ANSWERED"], to: "ASSIGNED" },
};

export function mayTakeRecommendationStep(step: RecommendationStep, status: RecommendationStatus): boolean {
  return RECOMMENDATION_STEPS[step].from.includes(status);
}

/** Still waiting for someone: not yet resolved. */
export const isOpenRecommendation = (status: RecommendationStatus) => status !== "RESOLVED";

/** Whole days since the recommendation was received (YYYY-MM-DD both), as the leader's view shows its age. */
export function recommendationAgeDays(receivedOn: string, today: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.max(0, Math.round((day(today) - day(receivedOn)) / 86_400_000));
}

/** A reason a step is refused, in the words the API answers with. */
export function recommendationStepProblem(step: RecommendationStep, status: RecommendationStatus): string | null {
  if (mayTakeRecommendationStep(step, status)) return null;
  const now = {
    RECORDED: "chưa được giao cho đơn vị nào",
    ASSIGNED: "đang chờ đơn vị trả lời",
    ANSWERED: "đã được đơn vị trả lời, chờ Mặt trận đánh giá",
    RESOLVED: "đã được giải quyết",
  }[status];
  const wanted = {
    ASSIGN: "Chỉ giao được kiến nghị chưa được trả lời",
    ANSWER: "Chỉ trả lời được kiến nghị đã giao cho đơn vị và chưa trả lời",
    RESOLVE: "Chỉ đánh giá được kiến nghị đơn vị đã trả lời",
    REOPEN: "Chỉ đánh giá được kiến nghị đơn vị đã trả lời",
  }[step];
  return `${wanted}; kiến nghị này ${now}.`;
}
