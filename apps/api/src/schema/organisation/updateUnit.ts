// mutation updateUnit (ADMIN): edits a unit at the version the client read; absent fields stay.
import { rolesFor } from "@kehoach/domain";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError } from "../../errors.ts";
import { inTransaction, updateVersioned } from "../../write.ts";
import { UnitKindEnum } from "../enums.ts";
import { blankToNull, globalIdOf, versionSchema } from "../validators.ts";
import { unitPayload } from "./payloads.ts";
import { viewerJurisdiction } from "./shared.ts";
import {
  assertCodeFree,
  assertParent,
  type UnitData,
  unitCodeSchema,
  unitDutiesSchema,
  unitNameSchema,
  unitParentSchema,
  unitShortNameSchema,
  unitSnapshot,
} from "./unitInput.ts";

const UpdateUnitInput = builder.inputType("UpdateUnitInput", {
  description: "Sửa đơn vị: chỉ các trường được gửi thay đổi.",
  fields: (t) => ({
    id: t.id({ required: true, description: "ID toàn cục của đơn vị.", validate: globalIdOf("Unit", "đơn vị") }),
    version: t.int({ required: true, description: "Phiên bản đã đọc (Unit.version).", validate: versionSchema }),
    code: t.string({ required: false, description: "Mã ngắn mới.", validate: unitCodeSchema.nullish() }),
    name: t.string({ required: false, description: "Tên mới.", validate: unitNameSchema.nullish() }),
    shortName: t.string({
      required: false,
      description: "Tên viết tắt; chuỗi rỗng để xóa.",
      validate: unitShortNameSchema,
    }),
    kind: t.field({ type: UnitKindEnum, required: false, description: "Loại đơn vị." }),
    parentId: t.id({
      required: false,
      description: "ID toàn cục của đơn vị cấp trên; null để bỏ.",
      validate: unitParentSchema,
    }),
    duties: t.stringList({
      required: false,
      description: "Nhiệm vụ (thay toàn bộ danh sách).",
      validate: unitDutiesSchema,
    }),
  }),
});

const UpdateUnitPayload = unitPayload("UpdateUnitPayload", "Đơn vị đã sửa.");

builder.mutationField("updateUnit", (t) =>
  t.field({
    type: UpdateUnitPayload,
    description: "Sửa đơn vị (chỉ quản trị); version cũ → ConflictError.",
    authScopes: { roles: rolesFor("unit.manage") },
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "UpdateUnitResult", description: "Kết quả sửa đơn vị: đơn vị hoặc lỗi." },
    },
    args: { input: t.arg({ type: UpdateUnitInput, required: true, description: "Các trường cần sửa." }) },
    resolve: async (_root, { input }, ctx) => {
      const jurisdictionId = viewerJurisdiction(ctx.viewer);
      const id = input.id;
      await inTransaction(ctx, async (tx) => {
        const before = await tx.unit.findFirst({ where: { id, jurisdictionId } });
        if (!before) throw new NotFoundError("đơn vị", input.id, "Unit");
        if (before.version !== input.version) throw new ConflictError("Đơn vị", before.version);
        const data: UnitData = {};
        if (input.code != null) {
          data.code = input.code.trim();
          await assertCodeFree(tx, jurisdictionId, data.code, id);
        }
        if (input.name != null) data.name = input.name.trim();
        if (input.shortName !== undefined) data.shortName = blankToNull(input.shortName) ?? null;
        if (input.kind != null) data.kind = input.kind;
        if (input.parentId !== undefined) {
          const parentId = input.parentId ?? null;
          if (parentId) await assertParent(tx, jurisdictionId, parentId, id);
          data.parentId = parentId;
        }
        if (input.duties != null) data.duties = input.duties.map((d) => d.trim());
        await updateVersioned(tx.unit, "Đơn vị", id, input.version, data);
        const after = await tx.unit.findUniqueOrThrow({ where: { id } });
        await recordAudit(tx, ctx, {
          name: "unit.updated",
          entityId: id,
          before: unitSnapshot(before),
          after: unitSnapshot(after),
        });
      });
      return { unitId: id };
    },
  }),
);
