// Where a month's compiled report comes from: its snapshot once the report is final (kept exactly
// as it was then, whatever is edited later), else the figures as they are now. Only those who
// read the ward's sent reports get it (packages/domain access/policy.ts); to anyone else the
// period answers as an unknown one.
import { mayRead } from "@kehoach/domain";
import type { Viewer } from "../auth/viewer.ts";
import type { ReadOptions } from "../schema/readAs.ts";
import { type WardReportData, wardReportData } from "./wardReportData.ts";

export interface WardReportSource {
  data: WardReportData;
  /** The date the document bears: the day it was made final, or today for a draft. */
  dated: Date;
  final: boolean;
}

/** A monthly period of the viewer's reading, by its database id, with the jurisdiction it belongs to. */
export async function readableMonth(o: ReadOptions, viewer: Viewer, periodId: string) {
  const period = await o.prisma.reportingPeriod.findUnique({
    where: { id: periodId },
    select: { id: true, kind: true, jurisdictionId: true, label: true },
  });
  const reads =
    period?.kind === "MONTH" &&
    mayRead(viewer, "ProgressReport", { jurisdictionId: period.jurisdictionId, status: "APPROVED" });
  return reads ? period : null;
}

export async function wardReportSource(
  o: ReadOptions,
  viewer: Viewer,
  request: { requestId: string; ip: string },
  period: { id: string; globalId: string },
): Promise<WardReportSource | null> {
  const final = await finalWardReport(o, period.id);
  if (final) return final;
  const data = await wardReportData(o, viewer, request, period.globalId);
  return data ? { data, dated: o.clock.now(), final: false } : null;
}

/** The final report of a period as it was made final, or null while there is none. */
export async function finalWardReport(
  o: Pick<ReadOptions, "prisma">,
  periodId: string,
): Promise<WardReportSource | null> {
  const snapshot = await o.prisma.wardReportSnapshot.findUnique({ where: { periodId } });
  return snapshot
    ? { data: snapshot.content as unknown as WardReportData, dated: snapshot.finalizedAt, final: true }
    : null;
}
