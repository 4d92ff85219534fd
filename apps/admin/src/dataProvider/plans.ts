// The `plans` resource: the plans connection and one plan by its global ID. Also resolves
// which plan the indicator and task lists show when no `planId` filter is given (the first).
import { PlanDocument, type PlanFieldsFragment, type PlanSummaryFieldsFragment, PlansDocument } from "@kehoach/schema";
import { HttpError, type Identifier } from "react-admin";
import { fetchAllNodes, listLocally, PAGE_SIZE } from "./connection.ts";
import { notFound, runQuery } from "./query.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

export type PlanRecord = PlanSummaryFieldsFragment & Partial<PlanFieldsFragment>;

export function createPlansHandler(client: GraphqlClient): ResourceHandler<PlanRecord> {
  const getOne = async (id: Identifier): Promise<PlanRecord> => {
    const data = await runQuery(client, PlanDocument, { id: String(id) });
    if (!data.plan) throw notFound("plans", id);
    return data.plan;
  };

  const getAll = async () => {
    const all = await fetchAllNodes(async (after) => {
      const data = await runQuery(client, PlansDocument, { first: PAGE_SIZE, after });
      return data.plans;
    });
    return all?.nodes ?? [];
  };

  return {
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
  };
}

/** The plan a list of indicators or tasks is about: the `planId` filter, else the first plan. */
export async function resolvePlanId(
  client: GraphqlClient,
  filter: Record<string, unknown> | undefined,
): Promise<string> {
  const planId = filter?.planId;
  if (typeof planId === "string" && planId) return planId;
  const data = await runQuery(client, PlansDocument, { first: 1 });
  const first = data.plans.edges[0]?.node.id;
  if (!first) throw new HttpError("app.error.no_plan", 404);
  return first;
}
