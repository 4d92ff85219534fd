// Payloads of the organisation mutations: the written row, re-read with the client's selection.
import { builder } from "../../builder.ts";
import { UserRef } from "../user/user.ts";
import { AssignmentRef } from "./assignment.ts";
import { UnitRef } from "./unit.ts";

export function unitPayload(name: string, description: string) {
  return builder.objectRef<{ unitId: string }>(name).implement({
    description,
    fields: (t) => ({
      unit: t.prismaField({
        type: UnitRef,
        description: "Đơn vị sau khi ghi.",
        resolve: (query, p, _args, ctx) => ctx.prisma.unit.findUniqueOrThrow({ ...query, where: { id: p.unitId } }),
      }),
    }),
  });
}

export function userPayload(name: string, description: string) {
  return builder.objectRef<{ userId: string }>(name).implement({
    description,
    fields: (t) => ({
      user: t.prismaField({
        type: UserRef,
        description: "Người dùng sau khi ghi.",
        resolve: (query, p, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: p.userId } }),
      }),
    }),
  });
}

export function assignmentPayload(name: string, description: string) {
  return builder.objectRef<{ assignmentId: string }>(name).implement({
    description,
    fields: (t) => ({
      assignment: t.prismaField({
        type: AssignmentRef,
        description: "Phân công sau khi ghi.",
        resolve: (query, p, _args, ctx) =>
          ctx.prisma.assignment.findUniqueOrThrow({ ...query, where: { id: p.assignmentId } }),
      }),
    }),
  });
}
