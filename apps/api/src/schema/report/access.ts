// Reports in the access policy (packages/domain access/policy.ts): where a viewer acts on reports and
// periods (its own jurisdiction), and who may review a sent report — the policy's "report.review"
// rule, a leader only for reports touching its areas, never the person who sent it.
import type { PrismaNamespace } from "@kehoach/db";
import { mayDo, reviewRefusal, reviewsOnlyOwnAreas } from "@kehoach/domain";
import type { Viewer } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import type { Tx } from "../../write.ts";

/** The client to read with: inside a write, its transaction (the embedded database has one connection). */
type Db = Pick<Tx, "area" | "progressReport">;

/** The viewer's own jurisdiction, where it acts on periods and reports; null for anonymous readers. */
export function jurisdictionWhere(viewer: Viewer): PrismaNamespace.JurisdictionWhereInput | null {
  return viewer.jurisdictionId ? { id: viewer.jurisdictionId } : null;
}

/**
 * Areas a leader is in charge of, with their sub-areas (a leader of DEFENCE_SECURITY is in charge
 * of MILITARY and PUBLIC_ORDER); `null` means every area.
 */
export async function leaderAreaIds(ctx: Context, db: Db = ctx.prisma): Promise<string[] | null> {
  const { viewer } = ctx;
  if (viewer.allAreas) return null;
  if (viewer.areaIds.length === 0) return [];
  const children = await db.area.findMany({
    where: { parentId: { in: viewer.areaIds } },
    select: { id: true },
  });
  return [...new Set([...viewer.areaIds, ...children.map((c) => c.id)])];
}

/** Reports with at least one line about a task or indicator in these areas (`null`: any report). */
export function reportInAreasWhere(areaIds: string[] | null): PrismaNamespace.ProgressReportWhereInput {
  if (areaIds === null) return {};
  return {
    OR: [
      { taskLines: { some: { task: { areaId: { in: areaIds } } } } },
      { indicatorLines: { some: { indicator: { areaId: { in: areaIds } } } } },
    ],
  };
}

/**
 * Why the viewer may not approve or return this report, or null when it may: the policy's
 * "report.review" rule in the report's jurisdiction, then the leader's areas and who sent it.
 */
export async function reviewRefusalOf(
  ctx: Context,
  db: Db,
  report: { id: string; submittedById: string | null; jurisdictionId: string },
): Promise<string | null> {
  const { viewer } = ctx;
  if (!mayDo(viewer, "report.review", { jurisdictionId: report.jurisdictionId })) {
    return "Chỉ Văn phòng và lãnh đạo UBND của đơn vị hành chính có báo cáo mới duyệt hoặc trả lại báo cáo.";
  }
  const inCharge = reviewsOnlyOwnAreas(viewer)
    ? (await db.progressReport.count({
        where: { id: report.id, ...reportInAreasWhere(await leaderAreaIds(ctx, db)) },
      })) > 0
    : true;
  return reviewRefusal(viewer, report, { inChargeOfReportArea: inCharge });
}

/**
 * The review queue: sent reports of the viewer's jurisdiction that it may approve or return — the
 * same rule as `reviewRefusalOf`, as a row filter; null for those who review nothing.
 */
export async function reviewQueueWhere(ctx: Context): Promise<PrismaNamespace.ProgressReportWhereInput | null> {
  const { viewer } = ctx;
  if (!viewer.jurisdictionId || !mayDo(viewer, "report.review", { jurisdictionId: viewer.jurisdictionId })) {
    return null;
  }
  return {
    status: "SUBMITTED",
    plan: { jurisdictionId: viewer.jurisdictionId },
    OR: [{ submittedById: null }, { submittedById: { not: viewer.userId ?? undefined } }],
    ...(reviewsOnlyOwnAreas(viewer) ? { AND: [reportInAreasWhere(await leaderAreaIds(ctx))] } : {}),
  };
}
