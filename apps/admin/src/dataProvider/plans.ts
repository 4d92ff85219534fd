// The `plans` resource: the plans connection, one plan by its global ID, and the office's writes
// (create, update at the version read, delete = archive; publish and unpublish as an update
// `{ publish }`). Also resolves which plan the indicator and task lists show when no `planId`
// filter is given (the first).
import {
  ArchivePlanDocument,
  CreatePlanDocument,
  type CreatePlanInput,
  type PlanDetailFieldsFragment,
  PlanDocument,
  type PlanSummaryFieldsFragment,
  PlansDocument,
  PublishPlanDocument,
  UnpublishPlanDocument,
  UpdatePlanDocument,
  type UpdatePlanInput,
} from "@kehoach/schema";
import { HttpError, type Identifier, type RaRecord } from "react-admin";
import { fetchAllNodes, listLocally, PAGE_SIZE } from "./connection.ts";
import { runMutation } from "./mutation.ts";
import { type Summary, summary, type Whole, whole } from "./partial.ts";
import { notFound, runQuery } from "./query.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

/** A plan as react-admin's record: the list gives its summary, getOne and the writes all of it. */
export type PlanRecord =
  | Summary<PlanSummaryFieldsFragment & Pick<PlanDetailFieldsFragment, "version">>
  | WholePlanRecord;
export type WholePlanRecord = Whole<PlanDetailFieldsFragment>;

/** The plan's fields the office edits, named as the API's inputs. */
const EDITABLE_FIELDS = [
  "year",
  "title",
  "issuer",
  "number",
  "issuedOn",
  "placeAndDate",
  "theme",
  "objective",
  "purposes",
  "requirements",
  "signerName",
  "signerTitle",
] as const satisfies readonly (keyof CreatePlanInput)[];

/** The fields of `keys` that `data` holds (a form, or a partial update such as `{ status }`). */
export function presentFields<Key extends string>(
  data: Record<string, unknown>,
  keys: readonly Key[],
): Partial<Record<Key, unknown>> {
  const result: Partial<Record<Key, unknown>> = {};
  for (const key of keys) if (key in data && data[key] !== undefined) result[key] = data[key];
  return result;
}

/** A list of paragraphs as the form holds it, without blank entries the user added and left empty. */
function textList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((item): item is string => typeof item === "string" && item.trim() !== "");
}

function planInput(data: Record<string, unknown>) {
  const fields = presentFields(data, EDITABLE_FIELDS);
  return {
    ...fields,
    ...(fields.purposes !== undefined ? { purposes: textList(fields.purposes) } : {}),
    ...(fields.requirements !== undefined ? { requirements: textList(fields.requirements) } : {}),
  };
}

export function createPlansHandler(client: GraphqlClient): ResourceHandler<PlanRecord> {
  const getOne = async (id: Identifier): Promise<WholePlanRecord> => {
    const data = await runQuery(client, PlanDocument, { id: String(id) });
    if (!data.plan) throw notFound("plans", id);
    return whole(data.plan);
  };

  const getAll = async () => {
    const all = await fetchAllNodes(async (after) => {
      const data = await runQuery(client, PlansDocument, { first: PAGE_SIZE, after });
      return data.plans;
    });
    return (all?.nodes ?? []).map(summary);
  };

  /** publishPlan, unpublishPlan and archivePlan take the plan and the version read. */
  const transition = async (kind: "publish" | "unpublish" | "archive", id: Identifier, previous?: RaRecord) => {
    const variables = { input: { id: String(id), version: Number(previous?.version) } };
    const result =
      kind === "publish"
        ? await runMutation(client, PublishPlanDocument, variables, (data) => data.publishPlan)
        : kind === "unpublish"
          ? await runMutation(client, UnpublishPlanDocument, variables, (data) => data.unpublishPlan)
          : await runMutation(client, ArchivePlanDocument, variables, (data) => data.archivePlan);
    if (result.__typename !== "PlanPayload") throw new HttpError("ra.notification.http_error", 502);
    return { data: whole(result.plan) };
  };

  return {
    // Plans are few: the whole connection is read and filtered, sorted and paged here.
    async getList(params) {
      return listLocally(await getAll(), params, {
        searchText: (plan) => `${plan.number ?? ""} ${plan.title} ${plan.issuer} ${plan.year}`,
      });
    },
    async getOne(params) {
      return { data: await getOne(params.id) };
    },
    async getMany(params) {
      return { data: await Promise.all(params.ids.map(getOne)) };
    },
    async getManyReference(params) {
      // Plans reference nothing yet (the jurisdiction will come with users and units).
      const plans = await getAll();
      const matching = plans.filter(
        (plan) => String((plan as Record<string, unknown>)[params.target]) === String(params.id),
      );
      return listLocally(matching, params);
    },
    async create(params) {
      const input = planInput(params.data) as CreatePlanInput;
      const result = await runMutation(client, CreatePlanDocument, { input }, (data) => data.createPlan);
      if (result.__typename !== "PlanPayload") throw new HttpError("ra.notification.http_error", 502);
      return { data: whole(result.plan) };
    },
    async update(params) {
      // The publish and unpublish buttons send `{ publish: true | false }` and nothing else.
      const { publish } = params.data as { publish?: unknown };
      if (typeof publish === "boolean") {
        return transition(publish ? "publish" : "unpublish", params.id, params.previousData);
      }
      const changedStatus =
        params.data.status !== undefined && params.data.status !== params.previousData?.status
          ? { status: params.data.status }
          : {};
      const input = {
        ...planInput(params.data),
        ...changedStatus,
        id: String(params.id),
        version: Number(params.previousData?.version),
      } as UpdatePlanInput;
      const result = await runMutation(client, UpdatePlanDocument, { input }, (data) => data.updatePlan);
      if (result.__typename !== "PlanPayload") throw new HttpError("ra.notification.http_error", 502);
      return { data: whole(result.plan) };
    },
    async delete(params) {
      return transition("archive", params.id, params.previousData);
    },
  };
}

/** The plan a list of indicators or tasks is about: the `planId` filter, else the first plan. */
export async function resolvePlanId(
  client: GraphqlClient,
  filter: Record<string, unknown> | undefined,
): Promise<string> {
  const planId = filter?.planId;
  if (typeof planId === "string" && planId) return planId;
  // The viewer's own plan first: a city deployment publishes every ward's plan to everyone.
  const own = await runQuery(client, PlansDocument, { first: 1, mine: true });
  const data = own.plans.edges.length ? own : await runQuery(client, PlansDocument, { first: 1 });
  const first = data.plans.edges[0]?.node.id;
  if (!first) throw new HttpError("app.error.no_plan", 404);
  return first;
}
