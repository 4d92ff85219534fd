// mutation confirmAssignment (ADMIN, OFFICE): accepts an assignment as it stands (inferred = false,
// confirmedBy/At), at the version the client read.
import { rolesFor } from "@kehoach/domain";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError } from "../../errors.ts";
import { inTransaction, updateVersioned } from "../../write.ts";
import { globalIdOf, versionSchema } from "../validators.ts";
import { assignmentPayload } from "./payloads.ts";
import { assignmentForWrite, assignmentSnapshot, withCooperating } from "./updateAssignment.ts";

const ConfirmAssignmentInput = builder.inputType("ConfirmAssignmentInput", {
  description: "Phân công cần xác nhận.",
  fields: (t) => ({
    id: t.id({
      required: true,
      description: "ID toàn cục của phân công.",
      validate: globalIdOf("Assignment", "phân công"),
    }),
    version: t.int({ required: true, description: "Phiên bản đã đọc (Assignment.version).", validate: versionSchema }),
  }),
});

const ConfirmAssignmentPayload = assignmentPayload("ConfirmAssignmentPayload", "Phân công đã xác nhận.");

builder.mutationField("confirmAssignment", (t) =>
  t.field({
    type: ConfirmAssignmentPayload,
    description:
      "Xác nhận phân công suy luận từ văn bản như hiện có (quản trị, văn phòng); version cũ → ConflictError.",
    authScopes: { roles: rolesFor("assignment.edit") },
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "ConfirmAssignmentResult", description: "Kết quả xác nhận phân công: phân công hoặc lỗi." },
    },
    args: { input: t.arg({ type: ConfirmAssignmentInput, required: true, description: "Phân công và phiên bản." }) },
    resolve: async (_root, { input }, ctx) => {
      const id = input.id;
      await inTransaction(ctx, async (tx) => {
        const before = await assignmentForWrite(tx, ctx.viewer, input);
        await updateVersioned(tx.assignment, "Phân công", id, input.version, {
          inferred: false,
          confirmedById: ctx.viewer.userId,
          confirmedAt: ctx.clock.now(),
        });
        const after = await tx.assignment.findUniqueOrThrow({ where: { id }, include: withCooperating });
        await recordAudit(tx, ctx, {
          name: "assignment.confirmed",
          entityId: id,
          before: assignmentSnapshot(before),
          after: assignmentSnapshot(after),
        });
      });
      return { assignmentId: id };
    },
  }),
);
