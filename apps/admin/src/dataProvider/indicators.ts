// The `indicators` resource: a plan's top-level indicators (1)…(18) with their targets, and
// one indicator by its global ID with its sub-indicators. The API filters by group and area;
// the search (`q`), sort and pagination are applied here.
import {
  IndicatorDocument,
  type IndicatorQuery,
  PlanIndicatorsDocument,
  type PlanIndicatorsQuery,
} from "@kehoach/schema";
import type { Identifier } from "react-admin";
import { fetchAllNodes, listLocally, PAGE_SIZE } from "./connection.ts";
import { resolvePlanId } from "./plans.ts";
import { notFound, runQuery } from "./query.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

type ListedIndicator = NonNullable<PlanIndicatorsQuery["plan"]>["indicators"]["edges"][number]["node"];
type FullIndicator = Extract<NonNullable<IndicatorQuery["node"]>, { __typename: "Indicator" }>;

/** An indicator as a react-admin record: the API's object, its global ID as `id`. */
export type IndicatorRecord = (ListedIndicator | Omit<FullIndicator, "__typename">) & { planId?: string };

const SERVER_FILTERS = ["groupCode", "areaCode"] as const;

export function createIndicatorsHandler(client: GraphqlClient): ResourceHandler<IndicatorRecord> {
  const getOne = async (id: Identifier): Promise<IndicatorRecord> => {
    const data = await runQuery(client, IndicatorDocument, { id: String(id) });
    if (data.node?.__typename !== "Indicator") throw notFound("indicators", id);
    const { __typename, ...indicator } = data.node;
    return indicator;
  };

  const getList: ResourceHandler<IndicatorRecord>["getList"] = async (params) => {
    const filter = params.filter ?? {};
    const planId = await resolvePlanId(client, filter);
    const all = await fetchAllNodes(async (after) => {
      const data = await runQuery(client, PlanIndicatorsDocument, {
        planId,
        first: PAGE_SIZE,
        after,
        groupCode: stringOrNull(filter.groupCode),
        areaCode: stringOrNull(filter.areaCode),
      });
      return data.plan?.indicators ?? null;
    });
    if (!all) throw notFound("plans", planId);
    const records = all.nodes.map((indicator) => ({ ...indicator, planId }));
    return listLocally(records, params, {
      serverFilters: SERVER_FILTERS,
      searchText: (indicator) => `(${indicator.number ?? indicator.code}) ${indicator.name} ${indicator.sourceText}`,
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

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value ? value : null;
}
