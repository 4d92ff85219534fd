// mutation closeReportingPeriod (ADMIN, OFFICE): khóa sổ — the period takes no more drafts or submissions.
import { rolesFor } from "@kehoach/domain";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError, PeriodClosedError } from "../../errors.ts";
import { inTransaction, updateVersioned } from "../../write.ts";
import { jurisdictionWhere } from "./access.ts";

import { periodPayload } from "./payloads.ts";
import { periodInput } from "./periodInput.ts";

const CloseReportingPeriodInput = periodInput(
  "CloseReportingPeriodInput",
  "Kỳ báo cáo cần khóa sổ và phiên bản đã đọc.",
);
const CloseReportingPeriodPayload = periodPayload("CloseReportingPeriodPayload", "Kỳ báo cáo đã khóa sổ.");

builder.mutationField("closeReportingPeriod", (t) =>
  t.field({
    type: CloseReportingPeriodPayload,
    description: "Khóa sổ kỳ báo cáo: không nhận thêm báo cáo. Quản trị và Văn phòng.",
    authScopes: { roles: rolesFor("period.manage") },
    errors: {
      types: [NotFoundError, ConflictError, PeriodClosedError],
      directResult: true,
      union: { name: "CloseReportingPeriodResult", description: "Kỳ báo cáo đã khóa sổ, hoặc lỗi." },
    },
    args: { input: t.arg({ type: CloseReportingPeriodInput, required: true, description: "Kỳ và phiên bản." }) },
    resolve: async (_root, { input }, ctx) => {
      const id = input.periodId;
      return inTransaction(ctx, async (tx) => {
        const jurisdiction = jurisdictionWhere(ctx.viewer);
        const period = jurisdiction ? await tx.reportingPeriod.findFirst({ where: { id, jurisdiction } }) : null;
        if (!period) throw new NotFoundError("kỳ báo cáo", input.periodId, "ReportingPeriod");
        if (period.version !== input.version) throw new ConflictError("Kỳ báo cáo", period.version);
        if (period.status === "CLOSED") throw new PeriodClosedError(period.label);
        const closedAt = ctx.clock.now();
        await updateVersioned(tx.reportingPeriod, "Kỳ báo cáo", id, input.version, {
          status: "CLOSED",
          closedAt,
          closedById: ctx.viewer.userId,
        });
        await recordAudit(tx, ctx, {
          name: "reportingPeriod.closed",
          entityId: id,
          jurisdictionId: period.jurisdictionId,
          before: { status: period.status, version: period.version },
          after: { status: "CLOSED", closedAt, version: period.version + 1 },
        });
        return { periodId: id };
      });
    },
  }),
);
