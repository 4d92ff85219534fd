// mutation openReportingPeriod (ADMIN, OFFICE): opens an upcoming period, or reopens a closed one,
// so that units can submit their reports for it.
import { rolesFor } from "@kehoach/domain";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction, updateVersioned } from "../../write.ts";
import { jurisdictionWhere } from "./access.ts";

import { periodPayload } from "./payloads.ts";
import { periodInput } from "./periodInput.ts";

const OpenReportingPeriodInput = periodInput("OpenReportingPeriodInput", "Kỳ báo cáo cần mở và phiên bản đã đọc.");
const OpenReportingPeriodPayload = periodPayload("OpenReportingPeriodPayload", "Kỳ báo cáo đã mở.");

builder.mutationField("openReportingPeriod", (t) =>
  t.field({
    type: OpenReportingPeriodPayload,
    description: "Mở kỳ báo cáo (hoặc mở lại kỳ đã khóa sổ) để đơn vị gửi báo cáo. Quản trị và Văn phòng.",
    authScopes: { roles: rolesFor("period.manage") },
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "OpenReportingPeriodResult", description: "Kỳ báo cáo đã mở, hoặc lỗi." },
    },
    args: { input: t.arg({ type: OpenReportingPeriodInput, required: true, description: "Kỳ và phiên bản." }) },
    resolve: async (_root, { input }, ctx) => {
      const id = input.periodId;
      return inTransaction(ctx, async (tx) => {
        const jurisdiction = jurisdictionWhere(ctx.viewer);
        const period = jurisdiction ? await tx.reportingPeriod.findFirst({ where: { id, jurisdiction } }) : null;
        if (!period) throw new NotFoundError("kỳ báo cáo", input.periodId, "ReportingPeriod");
        if (period.version !== input.version) throw new ConflictError("Kỳ báo cáo", period.version);
        if (period.status === "OPEN") {
          throw new ValidationError([{ path: ["input", "periodId"], message: `Kỳ ${period.label} đang mở.` }]);
        }
        await updateVersioned(tx.reportingPeriod, "Kỳ báo cáo", id, input.version, {
          status: "OPEN",
          closedAt: null,
          closedById: null,
        });
        await recordAudit(tx, ctx, {
          name: "reportingPeriod.opened",
          entityId: id,
          jurisdictionId: period.jurisdictionId,
          before: { status: period.status, version: period.version },
          after: { status: "OPEN", version: period.version + 1 },
        });
        return { periodId: id };
      });
    },
  }),
);
