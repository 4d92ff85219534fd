// mutation createUnit (ADMIN): a new unit in the administrator's jurisdiction, code unique there.
import { rolesFor } from "@kehoach/domain";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { inTransaction } from "../../write.ts";
import { UnitKindEnum } from "../enums.ts";
import { blankToNull } from "../validators.ts";
import { unitPayload } from "./payloads.ts";
import { viewerJurisdiction } from "./shared.ts";
import {
  assertCodeFree,
  assertParent,
  unitCodeSchema,
  unitDutiesSchema,
  unitNameSchema,
  unitParentSchema,
  unitShortNameSchema,
  unitSnapshot,
} from "./unitInput.ts";

const CreateUnitInput = builder.inputType("CreateUnitInput", {
  description: "Đơn vị mới.",
  fields: (t) => ({
    code: t.string({
      required: true,
      description: "Mã ngắn, duy nhất trong phường (kt, vhxh…).",
      validate: unitCodeSchema,
    }),
    name: t.string({ required: true, description: "Tên đơn vị (tối đa 200 ký tự).", validate: unitNameSchema }),
    shortName: t.string({ required: false, description: "Tên viết tắt.", validate: unitShortNameSchema }),
    kind: t.field({ type: UnitKindEnum, required: true, description: "Loại đơn vị." }),
    parentId: t.id({ required: false, description: "ID toàn cục của đơn vị cấp trên.", validate: unitParentSchema }),
    duties: t.stringList({ required: false, description: "Nhiệm vụ được giao (mục IV).", validate: unitDutiesSchema }),
  }),
});

const CreateUnitPayload = unitPayload("CreateUnitPayload", "Đơn vị đã tạo.");

builder.mutationField("createUnit", (t) =>
  t.field({
    type: CreateUnitPayload,
    description: "Tạo đơn vị (chỉ quản trị).",
    authScopes: { roles: rolesFor("unit.manage") },
    errors: {
      types: [],
      directResult: true,
      union: { name: "CreateUnitResult", description: "Kết quả tạo đơn vị: đơn vị hoặc lỗi." },
    },
    args: { input: t.arg({ type: CreateUnitInput, required: true, description: "Đơn vị mới." }) },
    resolve: async (_root, { input }, ctx) => {
      const jurisdictionId = viewerJurisdiction(ctx.viewer);
      const code = input.code.trim();
      const parentId = input.parentId ?? null;
      const unit = await inTransaction(ctx, async (tx) => {
        await assertCodeFree(tx, jurisdictionId, code);
        if (parentId) await assertParent(tx, jurisdictionId, parentId);
        const created = await tx.unit.create({
          data: {
            jurisdictionId,
            code,
            name: input.name.trim(),
            shortName: blankToNull(input.shortName) ?? null,
            kind: input.kind,
            parentId,
            duties: (input.duties ?? []).map((d) => d.trim()),
          },
        });
        await recordAudit(tx, ctx, { name: "unit.created", entityId: created.id, after: unitSnapshot(created) });
        return created;
      });
      return { unitId: unit.id };
    },
  }),
);
