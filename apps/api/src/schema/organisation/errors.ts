// Typed errors of the organisation part (beside the shared ones in src/errors.ts).
import { builder } from "../../builder.ts";
import { AppError } from "../../errors.ts";
import { ErrorInterface } from "../errors/errors.ts";

/** A unit that still leads assignments cannot be archived: move them to another unit first. */
export class UnitInUseError extends AppError {
  readonly code = "UNIT_IN_USE";
  constructor(
    readonly unitName: string,
    readonly leadAssignmentCount: number,
  ) {
    super(
      `Đơn vị ${unitName} đang chủ trì ${leadAssignmentCount} chỉ tiêu, nhiệm vụ: chuyển các phân công đó cho đơn vị khác (updateAssignment) rồi mới ngừng sử dụng đơn vị.`,
    );
  }
}

builder.objectType(UnitInUseError, {
  name: "UnitInUse",
  description: "Đơn vị còn chủ trì phân công nên chưa ngừng sử dụng được; không có gì bị thay đổi.",
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof UnitInUseError,
  fields: (t) => ({
    leadAssignmentCount: t.exposeInt("leadAssignmentCount", {
      description: "Số phân công đơn vị đang chủ trì (xem Unit.leadAssignments).",
    }),
  }),
});
