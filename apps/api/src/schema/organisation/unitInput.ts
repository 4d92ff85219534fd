// Validated input fields shared by createUnit and updateUnit, and the unit's audit snapshot.
import type { PrismaNamespace } from "@kehoach/db";
import { z } from "zod";
import { ValidationError } from "../../errors.ts";
import type { Tx } from "../../write.ts";
import { globalIdOf, optionalText, requiredText } from "../validators.ts";

export const unitCodeSchema = requiredText("mã đơn vị", 30).regex(
  /^[a-zA-Z0-9][a-zA-Z0-9._-]*$/,
  "Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (ví dụ kt, tdp.1).",
);
export const unitNameSchema = requiredText("tên đơn vị", 200);
export const unitShortNameSchema = optionalText("tên viết tắt", 100);
export const unitParentSchema = globalIdOf("Unit", "đơn vị cấp trên").nullish();
export const unitDutiesSchema = z
  .array(requiredText("nhiệm vụ của đơn vị", 2000), "Nhiệm vụ phải là danh sách.")
  .max(50, "Mỗi đơn vị có tối đa 50 nhiệm vụ.")
  .nullish();

/** What the audit log keeps of a unit. */
export function unitSnapshot(unit: {
  code: string;
  name: string;
  shortName: string | null;
  kind: string;
  parentId: string | null;
  duties: string[];
  archivedAt: Date | null;
  version: number;
}) {
  const { code, name, shortName, kind, parentId, duties, archivedAt, version } = unit;
  return { code, name, shortName, kind, parentId, duties, archivedAt, version };
}

/** The unit code is free in the jurisdiction (except for the unit itself). */
export async function assertCodeFree(tx: Tx, jurisdictionId: string, code: string, selfId?: string) {
  const other = await tx.unit.findUnique({ where: { jurisdictionId_code: { jurisdictionId, code } } });
  if (other && other.id !== selfId) {
    throw new ValidationError([
      { path: ["input", "code"], message: `Mã đơn vị "${code}" đã được dùng cho ${other.name}: chọn mã khác.` },
    ]);
  }
}

/** The parent unit exists in the jurisdiction, is active and is not the unit or one of its descendants. */
export async function assertParent(tx: Tx, jurisdictionId: string, parentId: string, selfId?: string) {
  const path = ["input", "parentId"];
  const parent = await tx.unit.findFirst({ where: { id: parentId, jurisdictionId } });
  if (!parent) throw new ValidationError([{ path, message: "Không có đơn vị cấp trên này trong phường." }]);
  if (parent.archivedAt) {
    throw new ValidationError([
      { path, message: `Đơn vị cấp trên ${parent.name} đã ngừng sử dụng: chọn đơn vị khác.` },
    ]);
  }
  let cursor: { id: string; parentId: string | null } | null = parent;
  for (let depth = 0; cursor && depth < 50; depth++) {
    if (cursor.id === selfId) {
      throw new ValidationError([
        { path, message: "Đơn vị cấp trên không được là chính đơn vị hoặc đơn vị con của nó." },
      ]);
    }
    cursor = cursor.parentId
      ? await tx.unit.findUnique({ where: { id: cursor.parentId }, select: { id: true, parentId: true } })
      : null;
  }
}

export type UnitData = PrismaNamespace.UnitUncheckedUpdateInput;
