// query reportFormItems: the lines of a unit's monthly report form — the tasks and indicators of a
// plan the unit leads or contributes to, each with its role decided by packages/domain
// whoReports.ts, in the plan's order (a composite's own line before its parts). The console's form
// reads this instead of working the rule out from assignments itself.

import { LINE_ROLES, type LineRole, lineRoleOf } from "@kehoach/domain";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { NotFoundError } from "../../errors.ts";
import { rowById } from "../rowsById.ts";
import { globalIdOf } from "../validators.ts";
import { jurisdictionWhere } from "./access.ts";
import { indicatorAssignmentsSelect, officeUnitIdOf, reportingAssignmentOfRow } from "./indicatorAssignments.ts";

export const LineRoleEnum = builder.enumType("LineRole", {
  description: "Vai trò của đơn vị với một dòng báo cáo.",
  values: Object.fromEntries(
    LINE_ROLES.map((role) => [
      role,
      {
        value: role,
        description:
          role === "LEAD"
            ? "Chủ trì: số liệu của đơn vị là số liệu chính thức."
            : "Phối hợp: số liệu đóng góp, chính thức khi đơn vị chủ trì dùng.",
      },
    ]),
  ) as Record<LineRole, { value: LineRole; description: string }>,
});

type Item = { role: LineRole; taskId: string | null; indicatorId: string | null };

const ReportFormItemRef = builder.objectRef<Item>("ReportFormItem").implement({
  description: "Một dòng của mẫu báo cáo tháng của đơn vị: một nhiệm vụ hoặc một chỉ tiêu, với vai trò của đơn vị.",
  fields: (t) => ({
    role: t.field({ type: LineRoleEnum, description: "Chủ trì hay phối hợp.", resolve: (item) => item.role }),
    task: t.prismaField({
      type: "Task",
      nullable: true,
      description: "Nhiệm vụ (khi dòng là nhiệm vụ).",
      // The form's lines in one statement per model and selection, not one per line.
      resolve: (query, item, _args, ctx) =>
        rowById(
          ctx,
          "Task",
          query,
          (ids, selection) => ctx.prisma.task.findMany({ ...selection, where: { id: { in: ids } } }),
          item.taskId,
        ),
    }),
    indicator: t.prismaField({
      type: "Indicator",
      nullable: true,
      description: "Chỉ tiêu hoặc chỉ tiêu con (khi dòng là chỉ tiêu).",
      resolve: (query, item, _args, ctx) =>
        rowById(
          ctx,
          "Indicator",
          query,
          (ids, selection) => ctx.prisma.indicator.findMany({ ...selection, where: { id: { in: ids } } }),
          item.indicatorId,
        ),
    }),
  }),
});

/** The form's lines of a unit for a plan: tasks by position, then indicators with their parts. */
export async function reportFormItemsOf(
  ctx: Pick<Context, "prisma">,
  o: { planId: string; unitId: string; jurisdictionId: string },
): Promise<Item[]> {
  const tasks = await ctx.prisma.task.findMany({
    where: { planId: o.planId, archivedAt: null, assignment: { isNot: null } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, assignment: { select: { leadUnitId: true, cooperatingUnits: { select: { unitId: true } } } } },
  });
  const indicators = await ctx.prisma.indicator.findMany({
    where: { planId: o.planId, archivedAt: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, parentId: true, _count: { select: { targets: true } }, ...indicatorAssignmentsSelect },
  });
  const officeUnitId = await officeUnitIdOf(ctx.prisma, o.jurisdictionId);
  const items: Item[] = [];
  for (const task of tasks) {
    const a = task.assignment;
    const role =
      a &&
      lineRoleOf({ leadUnitId: a.leadUnitId, cooperatingUnitIds: a.cooperatingUnits.map((c) => c.unitId) }, o.unitId);
    if (role) items.push({ role, taskId: task.id, indicatorId: null });
  }
  const roleOf = (row: (typeof indicators)[number]) => {
    const assignment = reportingAssignmentOfRow(row, officeUnitId);
    return assignment && lineRoleOf(assignment, o.unitId);
  };
  for (const top of indicators.filter((i) => i.parentId === null)) {
    const parts = indicators.filter((i) => i.parentId === top.id);
    // A composite is reported part by part; its own line only when it has its own target ((1)).
    const lines = parts.length === 0 || top._count.targets > 0 ? [top, ...parts] : parts;
    for (const line of lines) {
      const role = roleOf(line);
      if (role) items.push({ role, taskId: null, indicatorId: line.id });
    }
  }
  return items;
}

builder.queryField("reportFormItems", (t) =>
  t.field({
    type: [ReportFormItemRef],
    description:
      "Các dòng của mẫu báo cáo tháng của một đơn vị trong một kế hoạch: nhiệm vụ và chỉ tiêu đơn vị chủ trì hoặc phối hợp, theo thứ tự của kế hoạch. Với chỉ tiêu có các chỉ tiêu con do nhiều đơn vị chủ trì, Văn phòng chủ trì dòng của chỉ tiêu chung.",
    authScopes: { authenticated: true },
    args: {
      planId: t.arg.id({
        required: true,
        description: "ID toàn cục của kế hoạch.",
        validate: globalIdOf("Plan", "kế hoạch"),
      }),
      unitId: t.arg.id({
        required: true,
        description: "ID toàn cục của đơn vị.",
        validate: globalIdOf("Unit", "đơn vị"),
      }),
    },
    resolve: async (_root, { planId, unitId }, ctx) => {
      const jurisdiction = jurisdictionWhere(ctx.viewer);
      const unit = jurisdiction
        ? await ctx.prisma.unit.findFirst({ where: { id: unitId, jurisdiction }, select: { jurisdictionId: true } })
        : null;
      if (!unit) throw new NotFoundError("đơn vị", unitId, "Unit");
      const plan = await ctx.prisma.plan.findFirst({
        where: { id: planId, jurisdictionId: unit.jurisdictionId },
        select: { id: true },
      });
      if (!plan) throw new NotFoundError("kế hoạch", planId, "Plan");
      return reportFormItemsOf(ctx, { planId, unitId, jurisdictionId: unit.jurisdictionId });
    },
  }),
);
