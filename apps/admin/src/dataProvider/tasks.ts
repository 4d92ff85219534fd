// The `tasks` resource: a plan's tasks and solutions (key and specific, by area), one task by its
// global ID with its assignment and progress, and the office's writes (create, update at the
// version read, delete = archive). The API filters by area and kind; status, overdue, `id`, search
// (`q`), sort and pagination are applied here (about a hundred tasks a plan).
import {
  ArchiveTaskDocument,
  CreateTaskDocument,
  type CreateTaskInput,
  PlanTasksDocument,
  type PlanTasksQuery,
  type TaskDetailFieldsFragment,
  TaskDocument,
  UpdateTaskDocument,
  type UpdateTaskInput,
} from "@kehoach/schema";
import { HttpError, type Identifier } from "react-admin";
import { fetchAllNodes, listLocally, PAGE_SIZE, readMethods } from "./connection.ts";
import { runMutation } from "./mutation.ts";
import { type Summary, summary, type Whole, whole } from "./partial.ts";
import { presentFields, resolvePlanId } from "./plans.ts";
import { notFound, runQuery } from "./query.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

type ListedTask = NonNullable<PlanTasksQuery["plan"]>["tasks"]["edges"][number]["node"];

/** Its plan, its position in the plan, and `areaId` beside `area` (named as the API's input). */
interface TaskPlace {
  planId?: string;
  position?: number;
  areaId?: string;
}

/** A task as react-admin's record: the API's object with its global ID as `id`. */
export type TaskRecord = Summary<ListedTask & TaskPlace> | WholeTaskRecord;
/** A task with its whole assignment and last update, as its own page reads it. */
export type WholeTaskRecord = Whole<TaskDetailFieldsFragment & TaskPlace>;

const SERVER_FILTERS = ["areaCode", "kind"] as const;

/** A new task starts not started: status and % done are only edited afterwards. */
const CREATE_FIELDS = [
  "areaId",
  "kind",
  "section",
  "code",
  "title",
  "content",
  "deadline",
  "recurrence",
  "outputs",
] as const satisfies readonly (keyof CreateTaskInput)[];

const EDITABLE_FIELDS = [
  ...CREATE_FIELDS,
  "status",
  "percentDone",
] as const satisfies readonly (keyof UpdateTaskInput)[];

function taskRecord(task: TaskDetailFieldsFragment): WholeTaskRecord {
  return whole({ ...task, planId: task.plan.id, areaId: task.area.id });
}

/** The form's values as the API's input: % done as a Decimal string, outputs without their ids. */
function taskInput(data: Record<string, unknown>, keys: readonly string[] = EDITABLE_FIELDS) {
  const fields = presentFields(data, keys) as Partial<Record<(typeof EDITABLE_FIELDS)[number], unknown>>;
  const { percentDone, outputs } = fields;
  return {
    ...fields,
    ...(percentDone !== undefined ? { percentDone: percentDone === null ? null : String(percentDone) } : {}),
    ...(Array.isArray(outputs)
      ? {
          outputs: outputs.map((output: { kind: string; title: string }) => ({
            kind: output.kind,
            title: output.title,
          })),
        }
      : {}),
  };
}

export function createTasksHandler(client: GraphqlClient): ResourceHandler<TaskRecord> {
  const getOne = async (id: Identifier): Promise<TaskRecord> => {
    const data = await runQuery(client, TaskDocument, { id: String(id) });
    if (data.node?.__typename !== "Task") throw notFound("tasks", id);
    const { __typename, ...task } = data.node;
    return taskRecord(task);
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
    const records = all.nodes.map((task, position) => summary({ ...task, planId, position, areaId: task.area.id }));
    return listLocally(records, params, {
      serverFilters: SERVER_FILTERS,
      searchText: (task) => `${task.code} ${task.title} ${task.content}`,
    });
  };

  return {
    ...readMethods(getList, getOne),
    async create(params) {
      const planId = await resolvePlanId(client, params.data);
      const input = { ...taskInput(params.data, CREATE_FIELDS), planId } as CreateTaskInput;
      const result = await runMutation(client, CreateTaskDocument, { input }, (data) => data.createTask);
      if (result.__typename !== "TaskPayload") throw new HttpError("ra.notification.http_error", 502);
      return { data: taskRecord(result.task) };
    },
    async update(params) {
      const input = {
        ...taskInput(params.data),
        id: String(params.id),
        version: Number(params.previousData?.version),
      } as UpdateTaskInput;
      const result = await runMutation(client, UpdateTaskDocument, { input }, (data) => data.updateTask);
      if (result.__typename !== "TaskPayload") throw new HttpError("ra.notification.http_error", 502);
      return { data: taskRecord(result.task) };
    },
    async delete(params) {
      const input = { id: String(params.id), version: Number(params.previousData?.version) };
      const result = await runMutation(client, ArchiveTaskDocument, { input }, (data) => data.archiveTask);
      if (result.__typename !== "TaskPayload") throw new HttpError("ra.notification.http_error", 502);
      return { data: taskRecord(result.task) };
    },
  };
}
