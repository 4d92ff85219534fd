// Payload types of the report mutations: each carries the written object, read back with the
// client's selection (one query) after the transaction has committed.
import { builder } from "../../builder.ts";
import { ProgressReportRef, ReportingPeriodRef } from "./types.ts";

export interface ReportResult {
  reportId: string;
}

export interface PeriodResult {
  periodId: string;
}

export function reportPayload(name: string, description: string) {
  return builder.objectRef<ReportResult>(name).implement({
    description,
    fields: (t) => ({
      report: t.prismaField({
        type: ProgressReportRef,
        description: "Báo cáo sau thao tác.",
        resolve: (query, result, _args, ctx) =>
          ctx.prisma.progressReport.findUniqueOrThrow({ ...query, where: { id: result.reportId } }),
      }),
    }),
  });
}

export function periodPayload(name: string, description: string) {
  return builder.objectRef<PeriodResult>(name).implement({
    description,
    fields: (t) => ({
      period: t.prismaField({
        type: ReportingPeriodRef,
        description: "Kỳ báo cáo sau thao tác.",
        resolve: (query, result, _args, ctx) =>
          ctx.prisma.reportingPeriod.findUniqueOrThrow({ ...query, where: { id: result.periodId } }),
      }),
    }),
  });
}
