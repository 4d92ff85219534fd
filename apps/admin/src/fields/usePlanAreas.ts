// The areas (lĩnh vực) a plan's indicators and tasks may belong to. The API has no list of areas:
// they are gathered from the plan's indicator groups (with their sub-areas) and from its tasks
// (which also use "Chỉ đạo, điều hành chung"), in that order, each once.
import { useGetList, useGetOne } from "react-admin";
import type { PlanRecord, TaskRecord } from "../dataProvider/index.ts";
import { isWhole } from "../dataProvider/partial.ts";
import { useFormatLocale } from "../useFormatLocale.ts";

export interface AreaOption {
  id: string;
  code: string;
  name: string;
  nameEn: string;
}

export function usePlanAreas(planId?: string) {
  const locale = useFormatLocale();
  const tasks = useGetList<TaskRecord>("tasks", {
    filter: planId ? { planId } : {},
    pagination: { page: 1, perPage: 1000 },
    sort: { field: "position", order: "ASC" },
  });
  const resolvedPlanId = planId ?? tasks.data?.[0]?.planId;
  const plan = useGetOne<PlanRecord>("plans", { id: resolvedPlanId ?? "" }, { enabled: !!resolvedPlanId });
  // The plans list's copy has no indicator groups: wait for the whole plan.
  const wholePlan = isWhole(plan.data) ? plan.data : undefined;
  const found = new Map<string, AreaOption>();
  for (const group of wholePlan?.indicatorGroups ?? []) {
    found.set(group.area.id, group.area);
    for (const child of group.area.children) found.set(child.id, child);
  }
  for (const task of tasks.data ?? []) found.set(task.area.id, task.area);
  const areas = [...found.values()].map((area) => ({ ...area, label: locale === "en" ? area.nameEn : area.name }));
  return {
    areas,
    groups: wholePlan?.indicatorGroups ?? [],
    planId: resolvedPlanId,
    isPending: tasks.isPending || (!!resolvedPlanId && !wholePlan && !plan.error),
    error: tasks.error ?? plan.error,
  };
}
