// What the recommendation mutations share: the id and version inputs, loading a recommendation the
// viewer may read (else NotFound, as an unknown ID), the step check of packages/domain, and the payload.
import {
  type Action,
  type AuditEventName,
  mayDo,
  RECOMMENDATION_STEPS,
  type RecommendationStep,
  recommendationStepProblem,
} from "@kehoach/domain";
import { z } from "zod";
import { readableRecommendations } from "../../access/readable.ts";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { ConflictError, NotAuthorizedError, NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction, type Tx, updateVersioned } from "../../write.ts";
import { globalIdOf } from "../validators.ts";
import { RecommendationRef } from "./types.ts";

export const recommendationIdField = {
  required: true,
  description: "ID toàn cục của kiến nghị.",
  validate: globalIdOf("Recommendation", "kiến nghị"),
} as const;

export const versionField = {
  required: true,
  description: "Phiên bản kiến nghị mà bạn đã đọc.",
  validate: z.number().int("Phiên bản là số nguyên.").min(1, "Phiên bản bắt đầu từ 1."),
} as const;

async function loadRecommendation(tx: Tx, ctx: Context, id: string) {
  const found = await tx.recommendation.findFirst({ where: { id, AND: [readableRecommendations(ctx.viewer)] } });
  if (!found) throw new NotFoundError("kiến nghị", id, "Recommendation");
  return found;
}

function assertStep(step: RecommendationStep, status: Parameters<typeof recommendationStepProblem>[1]) {
  const problem = recommendationStepProblem(step, status);
  if (problem) throw new ValidationError([{ path: ["input", "recommendationId"], message: problem }]);
}

export const RecommendationPayload = builder.objectRef<{ id: string }>("RecommendationPayload").implement({
  description: "Kiến nghị sau thao tác.",
  fields: (t) => ({
    recommendation: t.prismaField({
      type: RecommendationRef,
      description: "Kiến nghị.",
      resolve: (query, p, _args, ctx) => ctx.prisma.recommendation.findUniqueOrThrow({ ...query, where: { id: p.id } }),
    }),
  }),
});

type Loaded = Awaited<ReturnType<typeof loadRecommendation>>;

interface StepSpec {
  step: RecommendationStep;
  action: Action;
  /** Said to someone whose role or unit may not take the step. */
  refusal: string;
  /** Beyond the role: the unit answering must be the one assigned. */
  mayTake?: (found: Loaded) => boolean;
  /** The fields the step writes, and those it checks first (a field error). */
  data: (found: Loaded, now: Date) => Record<string, unknown>;
  event: AuditEventName;
}

/**
 * One step of a recommendation (domain RECOMMENDATION_STEPS), in one transaction: the viewer reads it
 * (else NotFound), may take the step, read the current version, and the status allows it; then the
 * write, its new status and version, and the audit event.
 */
export function takeRecommendationStep(
  ctx: Context,
  input: { recommendationId: string; version: number },
  spec: StepSpec,
) {
  return inTransaction(ctx, async (tx) => {
    const found = await loadRecommendation(tx, ctx, input.recommendationId);
    const allowed =
      mayDo(ctx.viewer, spec.action, { jurisdictionId: found.jurisdictionId }) && (spec.mayTake?.(found) ?? true);
    if (!allowed) throw new NotAuthorizedError(spec.refusal);
    if (found.version !== input.version) throw new ConflictError("Kiến nghị", found.version);
    assertStep(spec.step, found.status);
    const data = { ...spec.data(found, ctx.clock.now()), status: RECOMMENDATION_STEPS[spec.step].to };
    await updateVersioned(tx.recommendation, "Kiến nghị", found.id, input.version, data);
    const before = Object.fromEntries(Object.keys(data).map((key) => [key, found[key as keyof Loaded]]));
    await recordAudit(tx, ctx, {
      name: spec.event,
      entityId: found.id,
      jurisdictionId: found.jurisdictionId,
      before: { ...before, version: found.version },
      after: { ...data, version: found.version + 1 },
    });
    return { id: found.id };
  });
}
