// The data provider maps the API's Relay connections and nodes to react-admin records:
// global IDs as ids, totals from the connection, pages and sorting applied, errors as HttpError.
import {
  IndicatorDocument,
  PlanIndicatorsDocument,
  PlansDocument,
  PlanTasksDocument,
  TaskDocument,
  UpdateTaskDocument,
} from "@kehoach/schema";
import type { DocumentNode } from "graphql";
import { describe, expect, it, vi } from "vitest";
import { createDataProvider, type GraphqlClient } from "./index.ts";

const PLAN_ID = "UGxhbjoxMjM="; // Plan:123

const area = { id: "a1", code: "ECONOMY", name: "Kinh tế - hạ tầng - đô thị", nameEn: "Economy" };
const group = { id: "g1", code: "a", title: "Về phát triển kinh tế", area };

function target(overrides: Record<string, unknown>) {
  return {
    id: `t-${Math.random()}`,
    kind: "QUANTITATIVE",
    comparator: "EQ",
    value: null,
    minValue: null,
    maxValue: null,
    unit: "%",
    measure: "PERCENT",
    direction: "INCREASE",
    basis: "LEVEL",
    qualitativeKind: null,
    text: "",
    ...overrides,
  };
}

function indicator(number: number) {
  return {
    id: btoa(`Indicator:${number}`),
    code: String(number),
    number,
    name: `Chỉ tiêu số ${number}`,
    sourceText: `(${number}) …`,
    applicableFromYear: null,
    note: null,
    group,
    area,
    targets: [target({ value: String(number) })],
    subIndicators: [],
    version: 1,
    evaluation: { status: number % 2 ? "ON_TRACK" : "NO_DATA", progress: null },
  };
}

function task(index: number, status = "NOT_STARTED") {
  return {
    id: btoa(`Task:${index}`),
    code: `a.${index}`,
    kind: index <= 4 ? "KEY" : "SPECIFIC",
    section: "III.2.2.a",
    title: `Nhiệm vụ ${index}`,
    content: "…",
    status,
    deadline: null,
    recurrence: "ONGOING",
    area,
    outputs: [],
  };
}

function connection<Node>(nodes: Node[], first: number, after: string | null | undefined) {
  const start = after ? Number(after) : 0;
  const page = nodes.slice(start, start + first);
  const end = start + page.length;
  return {
    totalCount: nodes.length,
    pageInfo: { hasNextPage: end < nodes.length, endCursor: page.length ? String(end) : null },
    edges: page.map((node, i) => ({ cursor: String(start + i + 1), node })),
  };
}

/** A stand-in for urql's Client answering each typed document from fixed data. */
function stubClient(answer: (document: DocumentNode, variables: Record<string, unknown>) => unknown) {
  const query = vi.fn((document: DocumentNode, variables: Record<string, unknown>) => ({
    toPromise: async () => answer(document, variables),
  }));
  return { client: { query } as unknown as GraphqlClient, query };
}

const indicators = Array.from({ length: 18 }, (_, i) => indicator(18 - i)); // out of order on purpose
const tasks = Array.from({ length: 130 }, (_, i) => task(i + 1, i % 3 === 0 ? "IN_PROGRESS" : "NOT_STARTED"));

const api = stubClient((document, variables) => {
  const first = (variables.first as number | undefined) ?? 100;
  const after = variables.after as string | null | undefined;
  if (document === PlansDocument) {
    const plan = {
      id: PLAN_ID,
      year: 2026,
      number: null,
      title: "Kế hoạch 2026",
      issuer: "UBND phường",
      status: "ACTIVE",
      publishedAt: null,
    };
    return { data: { plans: connection([plan], first, after) } };
  }
  if (document === PlanIndicatorsDocument) {
    if (variables.planId !== PLAN_ID) return { data: { plan: null } };
    return { data: { plan: { id: PLAN_ID, indicators: connection(indicators, first, after) } } };
  }
  if (document === PlanTasksDocument) {
    const filtered = variables.kind ? tasks.filter((t) => t.kind === variables.kind) : tasks;
    return { data: { plan: { id: PLAN_ID, tasks: connection(filtered, first, after) } } };
  }
  if (document === IndicatorDocument) {
    const found = indicators.find((i) => i.id === variables.id);
    return {
      data: { node: found ? { __typename: "Indicator", ...found, parent: null, plan: { id: PLAN_ID } } : null },
    };
  }
  if (document === TaskDocument) {
    const found = tasks.find((t) => t.id === variables.id);
    return { data: { node: found ? { __typename: "Task", ...found, plan: { id: PLAN_ID } } : { __typename: "Plan" } } };
  }
  throw new Error("unexpected document");
});

const dataProvider = createDataProvider(api.client);

describe("dataProvider", () => {
  it("lists a plan's indicators with their global IDs as ids and the connection's total", async () => {
    const result = await dataProvider.getList("indicators", {
      filter: { planId: PLAN_ID },
      sort: { field: "number", order: "ASC" },
      pagination: { page: 1, perPage: 25 },
    });
    expect(result.total).toBe(18);
    expect(result.data).toHaveLength(18);
    expect(result.data[0]?.id).toBe(btoa("Indicator:1"));
    expect(result.data.map((record) => record.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(result.data[0]?.planId).toBe(PLAN_ID);
  });

  it("uses the first plan when no plan is chosen", async () => {
    const result = await dataProvider.getList("indicators", {
      filter: {},
      sort: { field: "number", order: "DESC" },
      pagination: { page: 1, perPage: 5 },
    });
    expect(result.total).toBe(18);
    expect(result.data.map((record) => record.number)).toEqual([18, 17, 16, 15, 14]);
  });

  it("reads every page of a long connection and pages it for react-admin", async () => {
    api.query.mockClear();
    const page2 = await dataProvider.getList("tasks", {
      filter: { planId: PLAN_ID },
      sort: { field: "position", order: "ASC" },
      pagination: { page: 2, perPage: 25 },
    });
    expect(page2.total).toBe(130);
    expect(page2.data).toHaveLength(25);
    expect(page2.data[0]?.code).toBe("a.26");
    // 130 tasks in pages of 100: two requests, the second after the first page's end cursor.
    const taskCalls = api.query.mock.calls.filter(([document]) => document === PlanTasksDocument);
    expect(taskCalls.map(([, variables]) => variables.after)).toEqual([null, "100"]);
  });

  it("filters tasks by kind on the server and by status and search text in the browser", async () => {
    const keyTasks = await dataProvider.getList("tasks", {
      filter: { planId: PLAN_ID, kind: "KEY" },
      sort: { field: "position", order: "ASC" },
      pagination: { page: 1, perPage: 25 },
    });
    expect(keyTasks.total).toBe(4);
    const kindVariables = api.query.mock.calls.at(-1)?.[1];
    expect(kindVariables?.kind).toBe("KEY");

    const inProgress = await dataProvider.getList("tasks", {
      filter: { planId: PLAN_ID, status: "IN_PROGRESS" },
      sort: { field: "position", order: "ASC" },
      pagination: { page: 1, perPage: 100 },
    });
    expect(inProgress.total).toBe(44);
    expect(inProgress.data.every((record) => record.status === "IN_PROGRESS")).toBe(true);

    const searched = await dataProvider.getList("tasks", {
      filter: { planId: PLAN_ID, q: "nhiem vu 12" },
      sort: { field: "position", order: "ASC" },
      pagination: { page: 1, perPage: 100 },
    });
    expect(searched.data.map((record) => record.code)).toEqual([
      "a.12",
      "a.120",
      "a.121",
      "a.122",
      "a.123",
      "a.124",
      "a.125",
      "a.126",
      "a.127",
      "a.128",
      "a.129",
    ]);
  });

  it("reads one indicator by its global ID, without the __typename", async () => {
    const { data } = await dataProvider.getOne("indicators", { id: btoa("Indicator:6") });
    expect(data.id).toBe(btoa("Indicator:6"));
    expect(data.number).toBe(6);
    expect(data).not.toHaveProperty("__typename");
  });

  it("asks for an indicator's explanation in the language the screen gives, Vietnamese otherwise", async () => {
    const id = btoa("Indicator:6");
    await dataProvider.getOne("indicators", { id, meta: { locale: "en" } });
    expect(api.query.mock.lastCall?.[0]).toBe(IndicatorDocument);
    expect(api.query.mock.lastCall?.[1]).toEqual({ id, locale: "EN" });
    await dataProvider.getOne("indicators", { id });
    expect(api.query.mock.lastCall?.[1]).toEqual({ id, locale: "VI" });
    await dataProvider.getMany("indicators", { ids: [id] });
    expect(api.query.mock.lastCall?.[1]).toEqual({ id, locale: "VI" });
  });

  it("reads many tasks by their global IDs, and refuses an ID of another type", async () => {
    const { data } = await dataProvider.getMany("tasks", { ids: [btoa("Task:3"), btoa("Task:1")] });
    expect(data.map((record) => record.code)).toEqual(["a.3", "a.1"]);
    await expect(dataProvider.getOne("tasks", { id: "missing" })).rejects.toMatchObject({ status: 404 });
  });

  it("lists a plan's tasks as references of the plan", async () => {
    const result = await dataProvider.getManyReference("tasks", {
      target: "planId",
      id: PLAN_ID,
      filter: {},
      sort: { field: "position", order: "ASC" },
      pagination: { page: 1, perPage: 10 },
    });
    expect(result.total).toBe(130);
    expect(result.data).toHaveLength(10);
  });

  it("reports an unknown plan as not found", async () => {
    await expect(
      dataProvider.getList("indicators", {
        filter: { planId: "nope" },
        sort: { field: "number", order: "ASC" },
        pagination: { page: 1, perPage: 10 },
      }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("turns GraphQL errors into an HttpError with the API's message", async () => {
    const failing = stubClient(() => ({
      error: {
        graphQLErrors: [{ message: "Không có quyền" }],
        networkError: undefined,
        message: "[GraphQL] Không có quyền",
      },
    }));
    const provider = createDataProvider(failing.client);
    await expect(provider.getOne("plans", { id: PLAN_ID })).rejects.toMatchObject({
      message: "Không có quyền",
      status: 400,
    });
  });

  it("updates a task at the version read, sending only the API's fields, and reports a conflict", async () => {
    const mutation = vi.fn((_document: DocumentNode, variables: { input: Record<string, unknown> }) => ({
      toPromise: async () => ({
        data: {
          updateTask:
            variables.input.version === 3
              ? {
                  __typename: "TaskPayload",
                  task: { ...task(1, "DONE"), version: 4, percentDone: "100", plan: { id: PLAN_ID } },
                }
              : { __typename: "ConflictError", code: "CONFLICT", message: "Đã có thay đổi", currentVersion: 4 },
        },
      }),
    }));
    const provider = createDataProvider({ ...api.client, mutation } as unknown as GraphqlClient);
    const previousData = { ...task(1), version: 3, areaId: "a1" };
    const { data } = await provider.update("tasks", {
      id: previousData.id,
      data: { ...previousData, status: "DONE", percentDone: 100 },
      previousData,
    });
    expect(data.status).toBe("DONE");
    expect(mutation.mock.calls[0]?.[0]).toBe(UpdateTaskDocument);
    expect(mutation.mock.calls[0]?.[1].input).toEqual({
      id: previousData.id,
      version: 3,
      areaId: "a1",
      kind: "KEY",
      section: "III.2.2.a",
      code: "a.1",
      title: "Nhiệm vụ 1",
      content: "…",
      deadline: null,
      recurrence: "ONGOING",
      status: "DONE",
      percentDone: "100",
      outputs: [],
    });

    await expect(
      provider.update("tasks", {
        id: previousData.id,
        data: { status: "DONE" },
        previousData: { ...previousData, version: 2 },
      }),
    ).rejects.toMatchObject({ message: "app.error.conflict", status: 409 });
  });

  it("sends a new idempotency key with each click on submit, so that the API answers a retry with the first result", async () => {
    const mutation = vi.fn((_document: DocumentNode, _variables: { input: Record<string, unknown> }) => ({
      toPromise: async () => ({
        data: {
          submitReport: { __typename: "ConflictError", code: "CONFLICT", message: "Đã có thay đổi", currentVersion: 5 },
        },
      }),
    }));
    const provider = createDataProvider({ ...api.client, mutation } as unknown as GraphqlClient);
    const previousData = { id: "UHJvZ3Jlc3NSZXBvcnQ6MQ==", version: 4, status: "DRAFT" };
    for (let click = 0; click < 2; click++) {
      await provider
        .update("progressReports", { id: previousData.id, data: { status: "SUBMITTED" }, previousData })
        .catch(() => undefined);
    }
    const keys = mutation.mock.calls.map((call) => call[1].input.idempotencyKey);
    expect(keys).toHaveLength(2);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it("filters indicators by evaluation status and by a list of ids", async () => {
    const onTrack = await dataProvider.getList("indicators", {
      filter: { planId: PLAN_ID, evaluationStatus: "ON_TRACK" },
      sort: { field: "number", order: "ASC" },
      pagination: { page: 1, perPage: 50 },
    });
    expect(onTrack.data.map((record) => record.number)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17]);
    const chosen = await dataProvider.getList("indicators", {
      filter: { planId: PLAN_ID, id: [btoa("Indicator:6"), btoa("Indicator:2")] },
      sort: { field: "number", order: "ASC" },
      pagination: { page: 1, perPage: 50 },
    });
    expect(chosen.data.map((record) => record.number)).toEqual([2, 6]);
  });
});
