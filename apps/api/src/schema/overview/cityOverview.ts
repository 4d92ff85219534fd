// cityOverview: the wards below a city at a glance, for the city's leaders, office and administrator
// (the access policy's CityRollup). Per ward, in the order of the official ward codes: its plan of the
// year as the viewer reads it (published, or issued for the city's administrator), the month's
// indicator statuses from approved figures and its tasks, how many units have not sent their report,
// and its voters' recommendations still open, with the oldest one's age. Never a ward's reports or
// recommendations themselves: counts only.
import { isoDayOf } from "@kehoach/db";
import { type EvaluationStatus, mayRead, recommendationAgeDays, vietnamDate } from "@kehoach/domain";
import { readablePlans } from "../../access/readable.ts";
import { type Context, crossWardReader } from "../../context.ts";
import { type Figures, type PeriodLike, planFiguresOf } from "./compute.ts";
import { currentPeriodRow } from "./currentPeriodRow.ts";
import { type SharedIndicator, sharedIndicatorsOf } from "./sharedIndicators.ts";
import { checkDataVersions, planStateOf } from "./stateCache.ts";

export interface CityWard {
  ward: { id: string; code: string; name: string };
  planId: string | null;
  periodId: string | null;
  figures: Figures | null;
  openRecommendations: number;
  oldestOpenRecommendationAgeDays: number | null;
}

export interface CityOverview {
  cityId: string;
  year: number;
  month: number | null;
  wards: CityWard[];
  /** The city plan's indicators the wards contribute to, rolled up. */
  sharedIndicators: SharedIndicator[];
}

/** Ward states computed at once: enough to keep both cores busy, few enough to spare the pool. */
const AT_ONCE = 4;

type MonthPeriod = PeriodLike & { number: number; startsOn: Date; dueOn: Date; status: string; kind: string };

function periodOfMonth(periods: MonthPeriod[], month: number | null, today: string): MonthPeriod | undefined {
  return month === null ? currentPeriodRow(periods, today) : periods.find((p) => p.number === month);
}

/** The roll-up for `ctx.viewer`'s city, or null when the viewer is not a city's ADMIN, OFFICE or LEADER. */
export async function cityOverviewOf(
  ctx: Context,
  args: { year: number; month: number | null },
): Promise<CityOverview | null> {
  const cityId = ctx.viewer.jurisdictionId;
  if (!cityId || !mayRead(ctx.viewer, "CityRollup", { jurisdictionId: cityId })) return null;
  // The lists read from the replica when there is one; the ward states stay on the primary, whose
  // cache the ward's own overview shares (a lagging replica must not stand in for a fresh write there).
  const reader = crossWardReader(ctx);
  const city = await reader.jurisdiction.findUnique({ where: { id: cityId }, select: { kind: true } });
  if (city?.kind !== "CITY" && city?.kind !== "PROVINCE") return null;
  const wards = await reader.jurisdiction.findMany({
    where: { parentId: cityId },
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true },
  });
  const wardIds = wards.map((w) => w.id);
  const [plans, open] = await Promise.all([
    reader.plan.findMany({
      where: { AND: [readablePlans(ctx.viewer), { jurisdictionId: { in: wardIds }, year: args.year }] },
      orderBy: { createdAt: "asc" },
      select: { id: true, jurisdictionId: true },
    }),
    reader.recommendation.groupBy({
      by: ["jurisdictionId"],
      where: { jurisdictionId: { in: wardIds }, status: { not: "RESOLVED" } },
      _count: { _all: true },
      _min: { receivedOn: true },
    }),
  ]);
  const planOf = new Map(plans.map((p) => [p.jurisdictionId, p.id]));
  const periods = await reader.reportingPeriod.findMany({
    // The month asked for only; all months when the current one is to be found.
    where: {
      planId: { in: [...planOf.values()] },
      kind: "MONTH",
      ...(args.month === null ? {} : { number: args.month }),
    },
    select: {
      id: true,
      planId: true,
      year: true,
      number: true,
      kind: true,
      status: true,
      startsOn: true,
      endsOn: true,
      dueOn: true,
    },
  });
  const now = ctx.clock.now();
  const today = vietnamDate(now);
  const periodsOf = new Map<string, MonthPeriod[]>();
  for (const p of periods) periodsOf.set(p.planId, [...(periodsOf.get(p.planId) ?? []), p]);
  const openOf = new Map(open.map((r) => [r.jurisdictionId, r]));

  const chosen = new Map<string, MonthPeriod | undefined>();
  for (const [planId, planPeriods] of periodsOf) chosen.set(planId, periodOfMonth(planPeriods, args.month, today));
  // One statement tells which wards' data changed, instead of one per ward.
  await checkDataVersions(
    ctx.prisma,
    [...chosen.values()].filter((p) => p !== undefined),
  );
  const periodOfPlan = new Map<string, string>();
  const statusOf = new Map<string, EvaluationStatus>();
  const rows: CityWard[] = [];
  for (let i = 0; i < wards.length; i += AT_ONCE) {
    const batch = wards.slice(i, i + AT_ONCE);
    rows.push(
      ...(await Promise.all(
        batch.map(async (ward): Promise<CityWard> => {
          const planId = planOf.get(ward.id) ?? null;
          const period = planId ? chosen.get(planId) : undefined;
          const state = period ? await planStateOf(ctx.prisma, period, now) : null;
          if (planId && period && state) {
            periodOfPlan.set(planId, period.id);
            for (const indicator of state.indicators) statusOf.set(indicator.id, indicator.status);
          }
          const recommendations = openOf.get(ward.id);
          const oldest = recommendations?._min.receivedOn;
          return {
            ward,
            planId,
            periodId: period?.id ?? null,
            figures: state ? planFiguresOf(state).plan : null,
            openRecommendations: recommendations?._count._all ?? 0,
            oldestOpenRecommendationAgeDays: oldest ? recommendationAgeDays(isoDayOf(oldest), today) : null,
          };
        }),
      )),
    );
  }
  const sharedIndicators = await sharedIndicatorsOf(ctx, cityId, args.year, {
    planIds: [...planOf.values()],
    periodOfPlan,
    statusOf,
  });
  return { cityId, year: args.year, month: args.month, wards: rows, sharedIndicators };
}
