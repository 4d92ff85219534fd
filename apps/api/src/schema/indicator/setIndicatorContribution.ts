// mutation setIndicatorContribution: names the city indicator a ward indicator contributes to and how
// the wards' figures add up (the rule is contributionProblem in @kehoach/domain), or clears the link.
// The ward's ADMIN and OFFICE, at the version they read.
import { contributionProblem } from "@kehoach/domain";
import { z } from "zod";
import { inReadablePlan } from "../../access/readable.ts";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction, updateVersioned } from "../../write.ts";
import { ContributionRuleEnum } from "../enums.ts";
import { planEditorScopes } from "../plan/access.ts";
import { IndicatorPayload } from "../plan/payloads.ts";
import { globalIdOf, versionSchema } from "../validators.ts";
import { indicatorForWrite } from "./inputs.ts";

const SetIndicatorContributionInput = builder.inputType("SetIndicatorContributionInput", {
  description:
    "Chỉ tiêu của thành phố mà chỉ tiêu phường góp vào, và cách cộng dồn; contributesToId null: bỏ liên kết.",
  fields: (t) => ({
    id: t.id({
      required: true,
      description: "ID toàn cục của chỉ tiêu (phường).",
      validate: globalIdOf("Indicator", "chỉ tiêu"),
    }),
    version: t.int({ required: true, description: "Phiên bản đã đọc (Indicator.version).", validate: versionSchema }),
    contributesToId: t.id({
      required: false,
      description: "ID toàn cục của chỉ tiêu trong kế hoạch cùng năm của thành phố (tỉnh); null: bỏ liên kết.",
      validate: globalIdOf("Indicator", "chỉ tiêu của thành phố").nullish(),
    }),
    rule: t.field({
      type: ContributionRuleEnum,
      required: false,
      description: "Cách cộng dồn; bắt buộc khi có contributesToId.",
    }),
    weight: t.float({
      required: false,
      description: "Trọng số khi bình quân có trọng số (số hộ, dân số của phường…).",
      validate: z.number().finite("Trọng số phải là một số.").nullish(),
    }),
  }),
});

builder.mutationField("setIndicatorContribution", (t) =>
  t.field({
    type: IndicatorPayload,
    description:
      "Đặt chỉ tiêu của thành phố mà chỉ tiêu phường góp vào (tổng, bình quân có trọng số, mọi phường cùng đạt) theo phiên bản đã đọc. Quản trị và văn phòng của phường.",
    authScopes: planEditorScopes,
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "SetIndicatorContributionResult", description: "Kết quả: chỉ tiêu hoặc lỗi." },
    },
    args: { input: t.arg({ type: SetIndicatorContributionInput, required: true, description: "Liên kết." }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, async (tx) => {
        const { indicator: before, plan } = await indicatorForWrite(tx, ctx, input.id);
        const contributesToId = input.contributesToId ?? null;
        const weight = input.weight ?? null;
        let data: {
          contributesToId: string | null;
          contributionRule: typeof input.rule;
          contributionWeight: number | null;
        };
        if (contributesToId === null) {
          data = { contributesToId: null, contributionRule: null, contributionWeight: null };
        } else {
          if (!input.rule)
            throw new ValidationError([
              {
                path: ["input", "rule"],
                message: "Chọn cách cộng dồn: tổng, bình quân có trọng số hoặc mọi phường cùng đạt.",
              },
            ]);
          const target = await tx.indicator.findFirst({
            where: { id: contributesToId, archivedAt: null, ...inReadablePlan(ctx.viewer) },
            select: { plan: { select: { id: true, year: true, jurisdictionId: true } } },
          });
          if (!target) throw new NotFoundError("Chỉ tiêu của thành phố", contributesToId, "Indicator");
          const ward = await tx.jurisdiction.findUniqueOrThrow({
            where: { id: plan.jurisdictionId },
            select: { parentId: true },
          });
          const problem = contributionProblem({
            rule: input.rule,
            weight,
            ward: { parentJurisdictionId: ward.parentId, year: plan.year, planId: plan.id },
            city: { jurisdictionId: target.plan.jurisdictionId, year: target.plan.year, planId: target.plan.id },
          });
          if (problem) throw new ValidationError([{ path: ["input", problem.field], message: problem.message }]);
          data = { contributesToId, contributionRule: input.rule, contributionWeight: weight };
        }
        await updateVersioned(tx.indicator, "Chỉ tiêu", before.id, input.version, data);
        const after = await tx.indicator.findUniqueOrThrow({ where: { id: before.id } });
        const { targets: _targets, ...beforeRow } = before;
        await recordAudit(tx, ctx, {
          name: "indicator.contributionSet",
          entityId: before.id,
          jurisdictionId: plan.jurisdictionId,
          before: beforeRow,
          after,
        });
        return { id: before.id };
      }),
  }),
);
