// The `tasks` resource: a plan's tasks and solutions (key and specific, by area), and one task
// by its global ID. The API filters by area and kind; status, search (`q`), sort and
// pagination are applied here.
import { PlanTasksDocument, TaskDocument, type TaskFieldsFragment } from "@kehoach/schema";
import type { Identifier } from "react-admin";
import { fetchAllNodes, listLocally, PAGE_SIZE } from "./connection.ts";
import { resolvePlanId } from "./plans.ts";
import { notFound, runQuery } from "./query.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

/** A task as a react-admin record: the API's object, its global ID as `id`, its position in the plan. */
export type TaskRecord = TaskFieldsFragment & { planId?: string; position?: number };

const SERVER_FILTERS = ["areaCode", "kind"] as const;

export function createTasksHandler(client: GraphqlClient): ResourceHandler<TaskRecord> {
  const getOne = async (id: Identifier): Promise<TaskRecord> => {
    const data = await runQuery(client, TaskDocument, { id: String(id) });
    if (data.node?.__typename !== "Task") throw notFound("tasks", id);
    const { __typename, ...task } = data.node;
    return task;
  };

  const getList: ResourceHandler<TaskRecord>["getList"] = async (params) => {
    const filter = params.filter ?? {};
    const planId = await resolvePlanId(client, filter);
    const kind = filter.kind === "KEY" || filter.kind === "SPECIFIC" ? filter.kind : null;
    const all = await fetchAllNodes(async (after) => {
      const data = await runQuery(client, PlanTasksDocument, {
        planId,
        first: PAGE_SIZE,
        after,
        areaCode: typeof filter.areaCode === "string" && filter.areaCode ? filter.areaCode : null,
        kind,
      });
      return data.plan?.tasks ?? null;
    });
    if (!all) throw notFound("plans", planId);
    // `position` keeps the plan's own order (key tasks first, then 2.1, 2.2 a–d).
    const records = all.nodes.map((task, position) => ({ ...task, planId, position }));
    return listLocally(records, params, {
      serverFilters: SERVER_FILTERS,
      searchText: (task) => `${task.code} ${task.title} ${task.content}`,
    });
  };

  return {
    getList,
    async getOne(params) {
      return { data: await getOne(params.id) };
    },
    async getMany(params) {
      return { data: await Promise.all(params.ids.map(getOne)) };
    },
    async getManyReference(params) {
      return getList({ ...params, filter: { ...params.filter, [params.target]: params.id } });
    },
  };
}
