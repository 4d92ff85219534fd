// mutation updateReportingCalendar (OFFICE, ADMIN of the ward): the ward's reporting calendar — the day
// a month's data window starts (Decree 09/2019: the 15th) and how many days after the cut-off reports
// are due. Periods that follow their days and have not begun take the new days at once (packages/domain
// redatedPeriods); the others keep the days their figures were reported on.
import { calendarOf, followsSchedule, isoDayOf, periodDays } from "@kehoach/db";
import {
  DUE_DAYS_AFTER_CUTOFF_RANGE,
  redatedPeriods,
  reportingCalendarProblem,
  rolesFor,
  vietnamDate,
  WINDOW_START_DAY_RANGE,
} from "@kehoach/domain";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, ValidationError } from "../../errors.ts";
import { inTransaction } from "../../write.ts";
import { viewerJurisdiction } from "../organisation/shared.ts";
import { JurisdictionRef } from "./jurisdiction.ts";

const UpdateReportingCalendarInput = builder.inputType("UpdateReportingCalendarInput", {
  description: "Lịch báo cáo mới của phường, xã và phiên bản lịch đã đọc.",
  fields: (t) => ({
    windowStartDay: t.int({
      required: true,
      description: `Ngày bắt đầu kỳ số liệu tháng, trong tháng trước (${WINDOW_START_DAY_RANGE.min}–${WINDOW_START_DAY_RANGE.max}; 15 theo Nghị định 09/2019/NĐ-CP; 1: theo tháng dương lịch).`,
    }),
    dueDaysAfterCutoff: t.int({
      required: true,
      description: `Số ngày sau ngày chốt số liệu là hạn gửi báo cáo (${DUE_DAYS_AFTER_CUTOFF_RANGE.min}–${DUE_DAYS_AFTER_CUTOFF_RANGE.max}).`,
    }),
    version: t.int({
      required: true,
      description: "Phiên bản lịch báo cáo mà bạn đã đọc (ReportingCalendar.version).",
      validate: z.number().int("Phiên bản là số nguyên.").min(1, "Phiên bản bắt đầu từ 1."),
    }),
  }),
});

const UpdateReportingCalendarPayload = builder
  .objectRef<{ jurisdictionId: string; redatedPeriodCount: number }>("UpdateReportingCalendarPayload")
  .implement({
    description: "Lịch báo cáo đã lưu.",
    fields: (t) => ({
      jurisdiction: t.prismaField({
        type: JurisdictionRef,
        description: "Phường, xã với lịch báo cáo mới.",
        resolve: (query, p, _args, ctx) =>
          ctx.prisma.jurisdiction.findUniqueOrThrow({ ...query, where: { id: p.jurisdictionId } }),
      }),
      redatedPeriodCount: t.exposeInt("redatedPeriodCount", {
        description: "Số kỳ báo cáo chưa bắt đầu đã đổi sang ngày mới.",
      }),
    }),
  });

builder.mutationField("updateReportingCalendar", (t) =>
  t.field({
    type: UpdateReportingCalendarPayload,
    description:
      "Sửa lịch báo cáo của phường, xã mình: kỳ số liệu và hạn gửi báo cáo. Các kỳ chưa bắt đầu đổi theo ngay; kỳ đã bắt đầu giữ ngày cũ. Văn phòng và quản trị.",
    authScopes: { roles: rolesFor("period.manage") },
    errors: {
      types: [ConflictError],
      directResult: true,
      union: { name: "UpdateReportingCalendarResult", description: "Lịch báo cáo đã lưu, hoặc lỗi." },
    },
    args: { input: t.arg({ type: UpdateReportingCalendarInput, required: true, description: "Lịch báo cáo." }) },
    resolve: async (_root, { input }, ctx) => {
      const jurisdictionId = viewerJurisdiction(ctx.viewer);
      const calendar = { windowStartDay: input.windowStartDay, dueDaysAfterCutoff: input.dueDaysAfterCutoff };
      const problem = reportingCalendarProblem(calendar);
      if (problem) throw new ValidationError([{ path: ["input", problem.field], message: problem.message }]);
      return inTransaction(ctx, async (tx) => {
        const before = await tx.jurisdiction.findUniqueOrThrow({ where: { id: jurisdictionId } });
        const { count } = await tx.jurisdiction.updateMany({
          where: { id: jurisdictionId, calendarVersion: input.version },
          data: {
            reportWindowStartDay: calendar.windowStartDay,
            reportDueDaysAfterCutoff: calendar.dueDaysAfterCutoff,
            calendarVersion: { increment: 1 },
          },
        });
        if (count !== 1) throw new ConflictError("Lịch báo cáo", before.calendarVersion);
        const stored = await tx.reportingPeriod.findMany({ where: { jurisdictionId } });
        const redated = redatedPeriods(
          stored.map((p) => ({ ...p, startsOn: isoDayOf(p.startsOn), followsSchedule: followsSchedule(p) })),
          calendar,
          vietnamDate(ctx.clock.now()),
        );
        for (const { id, spec, status } of redated) {
          await tx.reportingPeriod.update({ where: { id }, data: { ...periodDays(spec), status } });
        }
        await recordAudit(tx, ctx, {
          name: "jurisdiction.calendarChanged",
          entityId: jurisdictionId,
          jurisdictionId,
          before: { ...calendarOf(before), version: before.calendarVersion },
          after: { ...calendar, version: before.calendarVersion + 1, redatedPeriods: redated.length },
        });
        return { jurisdictionId, redatedPeriodCount: redated.length };
      });
    },
  }),
);
