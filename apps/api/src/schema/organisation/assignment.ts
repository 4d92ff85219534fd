// Phân công (Assignment): an indicator or a task → lead unit (chủ trì), cooperating units (phối
// hợp, in order), leader in charge (lãnh đạo phụ trách); inferred by the seed until confirmed.
// Exactly one of `indicator` / `task` is set. Adds `assignment` to Indicator and Task, and the
// `assignments` list.
import { readGuard } from "../../access/guards.ts";
import { builder } from "../../builder.ts";
import { filterId } from "../globalId.ts";
import { assignmentWhere } from "./shared.ts";
import { UnitRef } from "./unit.ts";

export const AssignmentRef = builder.prismaNode("Assignment", {
  id: { field: "id" },
  // Only the columns the query asks for (a unit's duties are long texts).
  select: { id: true, planId: true },
  // node(id) finds only what the viewer reads, so a hidden assignment answers as an unknown ID does.
  findUnique: (id, ctx) => ({ id, AND: [assignmentWhere(ctx.viewer)] }),
  authScopes: readGuard.inPlan,
  fields: (t) => ({
    plan: t.relation("plan", { description: "Kế hoạch của phân công." }),
    indicator: t.relation("indicator", {
      nullable: true,
      description: "Chỉ tiêu được phân công (null khi phân công một nhiệm vụ).",
    }),
    task: t.relation("task", {
      nullable: true,
      description: "Nhiệm vụ được phân công (null khi phân công một chỉ tiêu).",
    }),
    leadUnit: t.relation("leadUnit", { description: "Đơn vị chủ trì." }),
    cooperatingUnits: t.field({
      type: [UnitRef],
      description: "Đơn vị phối hợp, theo thứ tự trong phân công.",
      select: (_args, _ctx, nestedSelection) => ({
        cooperatingUnits: { orderBy: { position: "asc" }, select: { unit: nestedSelection(true) } },
      }),
      resolve: (assignment) => assignment.cooperatingUnits.map((c) => c.unit),
    }),
    leader: t.relation("leader", {
      nullable: true,
      description: "Lãnh đạo UBND phụ trách (chỉ người đã đăng nhập xem được).",
      authScopes: { authenticated: true },
      unauthorizedResolver: () => null,
    }),
    inferred: t.exposeBoolean("inferred"),
    inferenceNote: t.exposeString("inferenceNote", { nullable: true }),
    confirmedBy: t.relation("confirmedBy", {
      nullable: true,
      description: "Người xác nhận phân công.",
      authScopes: { authenticated: true },
      unauthorizedResolver: () => null,
    }),
    confirmedAt: t.expose("confirmedAt", { type: "DateTime", nullable: true, description: "Thời điểm xác nhận." }),
    version: t.exposeInt("version", { description: "Phiên bản, gửi kèm khi sửa để phát hiện sửa đồng thời." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Lần sửa gần nhất." }),
  }),
});

builder.prismaObjectField("Indicator", "assignment", (t) =>
  t.relation("assignment", {
    nullable: true,
    description: "Phân công: đơn vị chủ trì, phối hợp, lãnh đạo phụ trách (chỉ tiêu con có thể không có).",
  }),
);

builder.prismaObjectField("Task", "assignment", (t) =>
  t.relation("assignment", {
    nullable: true,
    description: "Phân công: đơn vị chủ trì, phối hợp, lãnh đạo phụ trách.",
  }),
);

builder.queryField("assignments", (t) =>
  t.prismaConnection({
    type: "Assignment",
    cursor: "id",
    description:
      "Phân công (Phụ lục 01, 02) theo kế hoạch, lọc theo trạng thái suy luận và đơn vị chủ trì. Người chưa đăng nhập chỉ thấy phân công của kế hoạch đã công bố.",
    args: {
      planId: t.arg.id({ required: false, description: "ID toàn cục của kế hoạch." }),
      inferred: t.arg.boolean({
        required: false,
        description: "true: chỉ phân công suy luận chờ xác nhận; false: chỉ phân công đã xác nhận.",
      }),
      leadUnitId: t.arg.id({ required: false, description: "ID toàn cục của đơn vị chủ trì." }),
    },
    totalCount: (_root, args, ctx) => ctx.prisma.assignment.count({ where: assignmentsFilter(args, ctx.viewer) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.assignment.findMany({
        ...query,
        where: assignmentsFilter(args, ctx.viewer),
        orderBy: { id: "asc" },
      }),
  }),
);

function assignmentsFilter(
  args: { planId?: string | null; inferred?: boolean | null; leadUnitId?: string | null },
  viewer: Parameters<typeof assignmentWhere>[0],
) {
  // An ID of the wrong type matches nothing rather than everything.
  const planId = args.planId ? filterId(args.planId, "Plan") : undefined;
  const leadUnitId = args.leadUnitId ? filterId(args.leadUnitId, "Unit") : undefined;
  return {
    AND: [
      assignmentWhere(viewer),
      {
        ...(planId ? { planId } : {}),
        ...(leadUnitId ? { leadUnitId } : {}),
        ...(args.inferred != null ? { inferred: args.inferred } : {}),
      },
    ],
  };
}
