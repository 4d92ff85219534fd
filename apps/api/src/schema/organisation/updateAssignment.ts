// mutation updateAssignment (ADMIN, OFFICE): lead unit, cooperating units (ordered, replace) and
// leader in charge (must hold LEADER). A person's decision replaces the seed's inference, so the
// assignment is confirmed by the same write (inferred = false, confirmedBy/At set).
import { rolesFor } from "@kehoach/domain";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import type { Viewer } from "../../auth/viewer.ts";
import { builder } from "../../builder.ts";
import { ConflictError, type FieldIssue, NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction, type Tx, updateVersioned } from "../../write.ts";
import { globalIdOf, versionSchema } from "../validators.ts";
import { assignmentPayload } from "./payloads.ts";
import { viewerJurisdiction } from "./shared.ts";

const UpdateAssignmentInput = builder.inputType("UpdateAssignmentInput", {
  description: "Sửa phân công: chỉ các trường được gửi thay đổi.",
  fields: (t) => ({
    id: t.id({
      required: true,
      description: "ID toàn cục của phân công.",
      validate: globalIdOf("Assignment", "phân công"),
    }),
    version: t.int({ required: true, description: "Phiên bản đã đọc (Assignment.version).", validate: versionSchema }),
    leadUnitId: t.id({
      required: false,
      description: "ID toàn cục của đơn vị chủ trì.",
      validate: globalIdOf("Unit", "đơn vị chủ trì").nullish(),
    }),
    cooperatingUnitIds: t.idList({
      required: false,
      description: "Đơn vị phối hợp theo thứ tự (thay toàn bộ danh sách; [] để bỏ hết).",
      validate: z.array(globalIdOf("Unit", "đơn vị phối hợp")).max(50, "Tối đa 50 đơn vị phối hợp.").nullish(),
    }),
    leaderId: t.id({
      required: false,
      description: "ID toàn cục của lãnh đạo phụ trách (người có vai trò LEADER); null để bỏ.",
      validate: globalIdOf("User", "lãnh đạo phụ trách").nullish(),
    }),
  }),
});

const UpdateAssignmentPayload = assignmentPayload("UpdateAssignmentPayload", "Phân công đã sửa.");

export function assignmentSnapshot(a: {
  leadUnitId: string;
  leaderId: string | null;
  inferred: boolean;
  confirmedById: string | null;
  confirmedAt: Date | null;
  version: number;
  cooperatingUnits: { unitId: string }[];
}) {
  return {
    leadUnitId: a.leadUnitId,
    cooperatingUnitIds: a.cooperatingUnits.map((c) => c.unitId),
    leaderId: a.leaderId,
    inferred: a.inferred,
    confirmedById: a.confirmedById,
    confirmedAt: a.confirmedAt,
    version: a.version,
  };
}

export const withCooperating = { cooperatingUnits: { orderBy: { position: "asc" as const } } };

/**
 * The assignment a write is about: in the viewer's ward (else NotFound) and still at the version the
 * client read (else ConflictError), with its cooperating units for the audit snapshot.
 */
export async function assignmentForWrite(tx: Tx, viewer: Viewer, input: { id: string; version: number }) {
  const before = await tx.assignment.findFirst({
    where: { id: input.id, plan: { jurisdictionId: viewerJurisdiction(viewer) } },
    include: withCooperating,
  });
  if (!before) throw new NotFoundError("phân công", input.id, "Assignment");
  if (before.version !== input.version) throw new ConflictError("Phân công", before.version);
  return before;
}

async function checkUnits(tx: Tx, jurisdictionId: string, ids: string[], path: string[], issues: FieldIssue[]) {
  if (ids.length === 0) return;
  const units = await tx.unit.findMany({ where: { id: { in: ids }, jurisdictionId } });
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const id of ids) {
    const unit = byId.get(id);
    if (!unit) issues.push({ path, message: "Không có đơn vị này trong phường: chọn đơn vị khác." });
    else if (unit.archivedAt) issues.push({ path, message: `Đơn vị ${unit.name} đã ngừng sử dụng: chọn đơn vị khác.` });
  }
}

builder.mutationField("updateAssignment", (t) =>
  t.field({
    type: UpdateAssignmentPayload,
    description:
      "Sửa phân công: đơn vị chủ trì, đơn vị phối hợp, lãnh đạo phụ trách (quản trị, văn phòng). Phân công được coi là đã xác nhận; version cũ → ConflictError.",
    authScopes: { roles: rolesFor("assignment.edit") },
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "UpdateAssignmentResult", description: "Kết quả sửa phân công: phân công hoặc lỗi." },
    },
    args: { input: t.arg({ type: UpdateAssignmentInput, required: true, description: "Các trường cần sửa." }) },
    resolve: async (_root, { input }, ctx) => {
      const jurisdictionId = viewerJurisdiction(ctx.viewer);
      const id = input.id;
      await inTransaction(ctx, async (tx) => {
        const before = await assignmentForWrite(tx, ctx.viewer, input);
        const issues: FieldIssue[] = [];
        const leadUnitId = input.leadUnitId ?? before.leadUnitId;
        if (input.leadUnitId) await checkUnits(tx, jurisdictionId, [leadUnitId], ["input", "leadUnitId"], issues);
        const cooperating = input.cooperatingUnitIds
          ? input.cooperatingUnitIds
          : before.cooperatingUnits.map((c) => c.unitId);
        const coopPath = ["input", "cooperatingUnitIds"];
        if (new Set(cooperating).size !== cooperating.length) {
          issues.push({ path: coopPath, message: "Một đơn vị phối hợp bị lặp: mỗi đơn vị chỉ ghi một lần." });
        }
        if (cooperating.includes(leadUnitId)) {
          issues.push({
            path: coopPath,
            message: "Đơn vị chủ trì không đồng thời là đơn vị phối hợp: bỏ khỏi danh sách phối hợp.",
          });
        }
        if (input.cooperatingUnitIds) await checkUnits(tx, jurisdictionId, cooperating, coopPath, issues);
        let leaderId = before.leaderId;
        if (input.leaderId !== undefined) {
          leaderId = input.leaderId ?? null;
          if (leaderId) {
            const leader = await tx.user.findFirst({
              where: { id: leaderId, jurisdictionId },
              include: { roleGrants: { select: { role: true } } },
            });
            const path = ["input", "leaderId"];
            if (!leader) issues.push({ path, message: "Không có người dùng này trong phường." });
            else if (leader.archivedAt)
              issues.push({ path, message: `Tài khoản ${leader.username} đã ngừng sử dụng.` });
            else if (!leader.roleGrants.some((g) => g.role === "LEADER")) {
              issues.push({
                path,
                message: `${leader.displayName} không có vai trò lãnh đạo (LEADER): chọn Chủ tịch hoặc Phó Chủ tịch phụ trách.`,
              });
            }
          }
        }
        if (issues.length) throw new ValidationError(issues);
        await updateVersioned(tx.assignment, "Phân công", id, input.version, {
          leadUnitId,
          leaderId,
          inferred: false,
          confirmedById: ctx.viewer.userId,
          confirmedAt: ctx.clock.now(),
        });
        if (input.cooperatingUnitIds) {
          await tx.assignmentCooperatingUnit.deleteMany({ where: { assignmentId: id } });
          await tx.assignmentCooperatingUnit.createMany({
            data: cooperating.map((unitId, position) => ({ assignmentId: id, unitId, position })),
          });
        }
        const after = await tx.assignment.findUniqueOrThrow({ where: { id }, include: withCooperating });
        await recordAudit(tx, ctx, {
          name: "assignment.updated",
          entityId: id,
          before: assignmentSnapshot(before),
          after: assignmentSnapshot(after),
        });
      });
      return { assignmentId: id };
    },
  }),
);
