// mutation archiveUnit (ADMIN): stops using a unit. Refused with UnitInUse while the unit still
// leads assignments (they must be moved first); cooperating assignments and users stay as they are.
import { rolesFor } from "@kehoach/domain";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction, updateVersioned } from "../../write.ts";
import { globalIdOf, versionSchema } from "../validators.ts";
import { UnitInUseError } from "./errors.ts";
import { unitPayload } from "./payloads.ts";
import { viewerJurisdiction } from "./shared.ts";
import { unitSnapshot } from "./unitInput.ts";

const ArchiveUnitInput = builder.inputType("ArchiveUnitInput", {
  description: "Đơn vị cần ngừng sử dụng.",
  fields: (t) => ({
    id: t.id({ required: true, description: "ID toàn cục của đơn vị.", validate: globalIdOf("Unit", "đơn vị") }),
    version: t.int({ required: true, description: "Phiên bản đã đọc (Unit.version).", validate: versionSchema }),
  }),
});

const ArchiveUnitPayload = unitPayload("ArchiveUnitPayload", "Đơn vị đã ngừng sử dụng.");

builder.mutationField("archiveUnit", (t) =>
  t.field({
    type: ArchiveUnitPayload,
    description:
      "Ngừng sử dụng đơn vị (chỉ quản trị). Bị từ chối (UnitInUse) khi đơn vị còn chủ trì phân công; version cũ → ConflictError.",
    authScopes: { roles: rolesFor("unit.manage") },
    errors: {
      types: [NotFoundError, ConflictError, UnitInUseError],
      directResult: true,
      union: { name: "ArchiveUnitResult", description: "Kết quả ngừng sử dụng đơn vị: đơn vị hoặc lỗi." },
    },
    args: { input: t.arg({ type: ArchiveUnitInput, required: true, description: "Đơn vị và phiên bản." }) },
    resolve: async (_root, { input }, ctx) => {
      const jurisdictionId = viewerJurisdiction(ctx.viewer);
      const id = input.id;
      await inTransaction(ctx, async (tx) => {
        const before = await tx.unit.findFirst({ where: { id, jurisdictionId } });
        if (!before) throw new NotFoundError("đơn vị", input.id, "Unit");
        if (before.version !== input.version) throw new ConflictError("Đơn vị", before.version);
        if (before.archivedAt) {
          throw new ValidationError([
            { path: ["input", "id"], message: `Đơn vị ${before.name} đã ngừng sử dụng rồi.` },
          ]);
        }
        const leading = await tx.assignment.count({ where: { leadUnitId: id } });
        if (leading > 0) throw new UnitInUseError(before.name, leading);
        await updateVersioned(tx.unit, "Đơn vị", id, input.version, { archivedAt: ctx.clock.now() });
        const after = await tx.unit.findUniqueOrThrow({ where: { id } });
        await recordAudit(tx, ctx, {
          name: "unit.archived",
          entityId: id,
          before: unitSnapshot(before),
          after: unitSnapshot(after),
        });
      });
      return { unitId: id };
    },
  }),
);
