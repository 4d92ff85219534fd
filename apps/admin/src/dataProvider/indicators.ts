// The `indicators` resource: a plan's top-level indicators (1)…(18) with their targets and
// evaluation, one indicator by its global ID with its evaluation, measurements, assignment and
// sub-indicators, and the office's writes: create, update (the indicator's text, then its targets
// with setIndicatorTargets, each only when changed), delete = archive. The API filters by group
// and area; evaluation status, `id`, search (`q`), sort and pagination are applied here. A screen
// that shows the evaluation's explanation reads it with `getOne(…, { meta: { locale: "en" } })`;
// writes return it in Vietnamese (the operations' default).
import {
  ArchiveIndicatorDocument,
  CreateIndicatorDocument,
  type CreateIndicatorInput,
  type EvaluationStatus,
  type IndicatorDetailFieldsFragment,
  IndicatorDocument,
  type Locale,
  PlanIndicatorsDocument,
  type PlanIndicatorsQuery,
  SetIndicatorContributionDocument,
  type SetIndicatorContributionInput,
  SetIndicatorTargetsDocument,
  type TargetInput,
  UpdateIndicatorDocument,
  type UpdateIndicatorInput,
} from "@kehoach/schema";
import { HttpError, type Identifier } from "react-admin";
import { fetchAllNodes, listLocally, PAGE_SIZE, readMethods } from "./connection.ts";
import { apiLocaleOf } from "./locale.ts";
import { runMutation } from "./mutation.ts";
import { type Summary, summary, type Whole, whole } from "./partial.ts";
import { presentFields, resolvePlanId } from "./plans.ts";
import { notFound, runQuery } from "./query.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

type ListedIndicator = NonNullable<PlanIndicatorsQuery["plan"]>["indicators"]["edges"][number]["node"];

/** Its plan, and `groupId`, `areaId` beside `group` and `area` (named as the API's inputs). */
interface IndicatorPlace {
  planId?: string;
  groupId?: string;
  areaId?: string;
  /** The evaluation's status beside it, so that a list filter can name it. */
  evaluationStatus?: EvaluationStatus;
}

/** An indicator as react-admin's record: the API's object with its global ID as `id`. */
export type IndicatorRecord = Summary<ListedIndicator & IndicatorPlace> | WholeIndicatorRecord;
/** An indicator with its measurements, assignment and evaluated parts, as its own page reads it. */
export type WholeIndicatorRecord = Whole<IndicatorDetailFieldsFragment & IndicatorPlace>;

const SERVER_FILTERS = ["groupCode", "areaCode"] as const;

const EDITABLE_FIELDS = [
  "code",
  "number",
  "name",
  "groupId",
  "areaId",
  "sourceText",
  "note",
  "applicableFromYear",
] as const satisfies readonly (keyof UpdateIndicatorInput)[];

/** The link to the city plan's indicator, written by setIndicatorContribution. */
const CONTRIBUTION_FIELDS = ["contributesToId", "contributionRule", "contributionWeight"] as const;

function contributionOf(record: Record<string, unknown>) {
  const target = record.contributesTo as { id?: string } | null | undefined;
  const weight = record.contributionWeight;
  return {
    contributesToId: (record.contributesToId as string | null | undefined) ?? target?.id ?? null,
    contributionRule: (record.contributionRule as string | null | undefined) ?? null,
    contributionWeight: weight === null || weight === undefined || weight === "" ? null : Number(weight),
  };
}

const TARGET_FIELDS = [
  "kind",
  "comparator",
  "value",
  "minValue",
  "maxValue",
  "unit",
  "measure",
  "direction",
  "basis",
  "qualitativeKind",
  "phasing",
  "text",
] as const satisfies readonly (keyof TargetInput)[];

const DECIMAL_FIELDS = new Set<string>(["value", "minValue", "maxValue"]);

/** A target of the form (numbers from number inputs, ids of the API) as the API's TargetInput. */
export function targetInput(target: Record<string, unknown>): TargetInput {
  const input: Record<string, unknown> = {};
  for (const field of TARGET_FIELDS) {
    const value = target[field];
    if (value === undefined || value === null || value === "") input[field] = null;
    // Decimals are strings in the API; "84.900000" and 84.9 are the same value.
    else input[field] = DECIMAL_FIELDS.has(field) ? String(Number(value)) : value;
  }
  return input as unknown as TargetInput;
}

const targetsOf = (value: unknown): TargetInput[] =>
  Array.isArray(value) ? value.map((target) => targetInput(target as Record<string, unknown>)) : [];

function indicatorRecord(indicator: IndicatorDetailFieldsFragment): WholeIndicatorRecord {
  return whole({
    ...indicator,
    planId: indicator.plan.id,
    groupId: indicator.group.id,
    areaId: indicator.area.id,
    evaluationStatus: indicator.evaluation.status,
  });
}

export function createIndicatorsHandler(client: GraphqlClient): ResourceHandler<IndicatorRecord> {
  const getOne = async (id: Identifier, locale: Locale = "VI"): Promise<WholeIndicatorRecord> => {
    const data = await runQuery(client, IndicatorDocument, { id: String(id), locale });
    if (data.node?.__typename !== "Indicator") throw notFound("indicators", id);
    const { __typename, ...indicator } = data.node;
    return indicatorRecord(indicator);
  };

  const setTargets = async (indicatorId: string, version: number, targets: TargetInput[]) => {
    const input = { indicatorId, version, targets };
    const result = await runMutation(
      client,
      SetIndicatorTargetsDocument,
      { input },
      (data) => data.setIndicatorTargets,
    );
    if (result.__typename !== "IndicatorPayload") throw new HttpError("ra.notification.http_error", 502);
    return result.indicator;
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
    const records = all.nodes.map((indicator) =>
      summary({
        ...indicator,
        planId,
        groupId: indicator.group.id,
        areaId: indicator.area.id,
        evaluationStatus: indicator.evaluation.status,
      }),
    );
    return listLocally(records, params, {
      serverFilters: SERVER_FILTERS,
      searchText: (indicator) => `(${indicator.number ?? indicator.code}) ${indicator.name} ${indicator.sourceText}`,
    });
  };

  return {
    ...readMethods(getList, (id) => getOne(id)),
    async getOne(params) {
      return { data: await getOne(params.id, apiLocaleOf(params.meta)) };
    },
    async create(params) {
      // The indicator and its targets in one write: either both are saved or neither.
      const input = {
        ...presentFields(params.data, [...EDITABLE_FIELDS, "parentId"]),
        targets: targetsOf(params.data.targets),
      } as CreateIndicatorInput;
      const result = await runMutation(client, CreateIndicatorDocument, { input }, (data) => data.createIndicator);
      if (result.__typename !== "IndicatorPayload") throw new HttpError("ra.notification.http_error", 502);
      return { data: indicatorRecord(result.indicator) };
    },
    async update(params) {
      const id = String(params.id);
      const previous: Record<string, unknown> = { ...params.previousData };
      const fields = presentFields(params.data, EDITABLE_FIELDS);
      const before = presentFields(previous, EDITABLE_FIELDS);
      let version = Number(previous.version);
      let updated: IndicatorDetailFieldsFragment | null = null;
      // Each write bumps the version: the second one uses the version the first one returned.
      if (JSON.stringify(fields) !== JSON.stringify(before) || params.data.targets === undefined) {
        const input = { ...fields, id, version } as UpdateIndicatorInput;
        const result = await runMutation(client, UpdateIndicatorDocument, { input }, (data) => data.updateIndicator);
        if (result.__typename !== "IndicatorPayload") throw new HttpError("ra.notification.http_error", 502);
        updated = result.indicator;
        version = updated.version;
      }
      if (CONTRIBUTION_FIELDS.some((field) => field in params.data)) {
        const wanted = contributionOf(params.data);
        if (JSON.stringify(wanted) !== JSON.stringify(contributionOf(previous))) {
          const input = {
            id,
            version,
            contributesToId: wanted.contributesToId,
            rule: wanted.contributesToId ? wanted.contributionRule : null,
            weight: wanted.contributesToId ? wanted.contributionWeight : null,
          } as SetIndicatorContributionInput;
          const result = await runMutation(
            client,
            SetIndicatorContributionDocument,
            { input },
            (data) => data.setIndicatorContribution,
          );
          if (result.__typename !== "IndicatorPayload") throw new HttpError("ra.notification.http_error", 502);
          updated = result.indicator;
          version = updated.version;
        }
      }
      if (params.data.targets !== undefined) {
        const targets = targetsOf(params.data.targets);
        if (JSON.stringify(targets) !== JSON.stringify(targetsOf(previous.targets))) {
          updated = await setTargets(id, version, targets);
        }
      }
      return { data: updated ? indicatorRecord(updated) : await getOne(id) };
    },
    async delete(params) {
      const input = { id: String(params.id), version: Number(params.previousData?.version) };
      const result = await runMutation(client, ArchiveIndicatorDocument, { input }, (data) => data.archiveIndicator);
      if (result.__typename !== "IndicatorPayload") throw new HttpError("ra.notification.http_error", 502);
      return { data: indicatorRecord(result.indicator) };
    },
  };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value ? value : null;
}
