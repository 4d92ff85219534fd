// Shared by submitReport, approveReport, returnReport and commentOnReport: the report ID and version
// fields, and loading the report inside the transaction with the viewer's read rule.

import { mayRead } from "@kehoach/domain";
import { z } from "zod";
import type { Context } from "../../context.ts";
import { NotFoundError } from "../../errors.ts";
import type { Tx } from "../../write.ts";
import { globalIdOf } from "../validators.ts";
import { jurisdictionWhere } from "./access.ts";

export const reportIdField = {
  required: true,
  description: "ID toàn cục của báo cáo tiến độ.",
  validate: globalIdOf("ProgressReport", "báo cáo"),
} as const;

export const versionField = {
  required: true,
  description: "Phiên bản báo cáo mà bạn đã đọc.",
  validate: z.number().int("Phiên bản là số nguyên.").min(1, "Phiên bản bắt đầu từ 1."),
} as const;

/**
 * The report with its period and unit, in the viewer's jurisdiction; NotFound otherwise, and
 * NotAuthorized when the viewer may not read it (another unit's report or draft).
 */
export async function loadReport(tx: Tx, ctx: Context, reportId: string) {
  const jurisdiction = jurisdictionWhere(ctx.viewer);
  const report = jurisdiction
    ? await tx.progressReport.findFirst({
        where: { id: reportId, plan: { jurisdiction } },
        include: {
          period: true,
          unit: true,
          plan: { select: { jurisdiction: { select: { id: true, parentId: true } } } },
        },
      })
    : null;
  // A report the viewer may not read answers as an unknown ID does, so that its existence stays hidden.
  const facts = report && { jurisdictionId: report.plan.jurisdiction.id, status: report.status, unitId: report.unitId };
  if (!report || !facts || !mayRead(ctx.viewer, "ProgressReport", facts)) {
    throw new NotFoundError("báo cáo", reportId, "ProgressReport");
  }
  return report;
}
