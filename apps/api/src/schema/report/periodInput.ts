// Input shared by openReportingPeriod and closeReportingPeriod: the period and the version read.
import { z } from "zod";
import { builder } from "../../builder.ts";
import { globalIdOf } from "../validators.ts";

export function periodInput(name: string, description: string) {
  return builder.inputType(name, {
    description,
    fields: (t) => ({
      periodId: t.id({
        required: true,
        description: "ID toàn cục của kỳ báo cáo.",
        validate: globalIdOf("ReportingPeriod", "kỳ báo cáo"),
      }),
      version: t.int({
        required: true,
        description: "Phiên bản của kỳ báo cáo mà bạn đã đọc.",
        validate: z.number().int("Phiên bản là số nguyên.").min(1, "Phiên bản bắt đầu từ 1."),
      }),
    }),
  });
}
