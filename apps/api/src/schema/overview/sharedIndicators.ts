// The city plan's indicators that ward indicators contribute to, rolled up from the wards' approved
// figures of the month (sum, weighted average) or their evaluated status (all of them), by the rule
// in @kehoach/domain (rollUpContributions). Only plans the viewer reads count, as in cityOverview.
import {
  type ContributionFigure,
  type ContributionRule,
  type EvaluationStatus,
  type RolledUp,
  rollUpContributions,
  toNumber,
} from "@kehoach/domain";
import { readablePlans } from "../../access/readable.ts";
import { type Context, crossWardReader } from "../../context.ts";

export interface SharedIndicator extends RolledUp {
  indicator: { id: string; code: string; name: string };
  rule: ContributionRule;
  /** The unit of the city indicator's first target ("tỷ đồng", "%"), for the rolled-up figure. */
  unit: string | null;
  /** The city indicator's first target in the plan's words. */
  targetText: string | null;
}

export interface WardFigures {
  /** The ward plans the viewer reads, with or without a period of the month. */
  planIds: string[];
  /** Each ward plan's period of the month. */
  periodOfPlan: Map<string, string>;
  /** The evaluated status of each ward indicator in that period (top-level indicators). */
  statusOf: Map<string, EvaluationStatus>;
}

/** The city's shared indicators of `year`, rolled up over the ward plans given (3 queries). */
export async function sharedIndicatorsOf(
  ctx: Context,
  cityId: string,
  year: number,
  wards: WardFigures,
): Promise<SharedIndicator[]> {
  if (wards.planIds.length === 0) return [];
  const contributions = await crossWardReader(ctx).indicator.findMany({
    where: {
      planId: { in: wards.planIds },
      archivedAt: null,
      contributionRule: { not: null },
      contributesTo: {
        archivedAt: null,
        plan: { AND: [readablePlans(ctx.viewer), { jurisdictionId: cityId, year }] },
      },
    },
    select: {
      id: true,
      planId: true,
      contributionRule: true,
      contributionWeight: true,
      contributesTo: {
        select: {
          id: true,
          code: true,
          name: true,
          position: true,
          targets: { orderBy: { position: "asc" }, take: 1, select: { unit: true, text: true } },
        },
      },
    },
  });
  if (contributions.length === 0) return [];
  const measurements = await crossWardReader(ctx).measurement.findMany({
    where: {
      kind: "ACTUAL",
      indicatorId: { in: contributions.map((c) => c.id) },
      periodId: { in: [...wards.periodOfPlan.values()] },
    },
    select: { indicatorId: true, periodId: true, value: true },
  });
  const approvedValue = new Map(measurements.map((m) => [`${m.indicatorId}@${m.periodId}`, m.value]));

  // A row per city indicator and rule: wards that chose different rules are not mixed.
  const groups = new Map<
    string,
    { rule: ContributionRule; city: (typeof contributions)[number]["contributesTo"]; figures: ContributionFigure[] }
  >();
  for (const c of contributions) {
    if (!c.contributesTo || !c.contributionRule) continue;
    const key = `${c.contributesTo.id}:${c.contributionRule}`;
    const group = groups.get(key) ?? { rule: c.contributionRule, city: c.contributesTo, figures: [] };
    const periodId = wards.periodOfPlan.get(c.planId);
    const value = periodId ? approvedValue.get(`${c.id}@${periodId}`) : undefined;
    group.figures.push({
      value: value == null ? null : toNumber(value),
      weight: c.contributionWeight == null ? null : toNumber(c.contributionWeight),
      status: wards.statusOf.get(c.id) ?? null,
    });
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((g): g is typeof g & { city: NonNullable<typeof g.city> } => g.city !== null)
    .sort((a, b) => a.city.position - b.city.position || a.rule.localeCompare(b.rule))
    .map((g) => ({
      indicator: { id: g.city.id, code: g.city.code, name: g.city.name },
      rule: g.rule,
      unit: g.city.targets[0]?.unit ?? null,
      targetText: g.city.targets[0]?.text ?? null,
      ...rollUpContributions(g.rule, g.figures),
    }));
}
