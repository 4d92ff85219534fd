// The `recommendations` resource: voters' recommendations (ý kiến, kiến nghị của cử tri) that the
// Fatherland Front passes on, and the steps of their workflow.
// - getList: the API filters by plan, unit, status and `openOnly` (and gives a unit only its own);
//   the search (`q`), an `id` list filter, sort and pagination are applied here.
// - create = the Front records one (recordRecommendation).
// - update = one step of packages/domain's RECOMMENDATION_STEPS, named by `data.step`: ASSIGN (with
//   `unitId`), ANSWER (with `answer`), RESOLVE or REOPEN (the Front's word, with `note`), each with
//   the version the user read.
import type { RecommendationStep } from "@kehoach/domain";
import {
  AnswerRecommendationDocument,
  AssignRecommendationDocument,
  CloseRecommendationDocument,
  RecommendationDocument,
  type RecommendationFieldsFragment,
  type RecommendationStatus,
  RecommendationsDocument,
  RecordRecommendationDocument,
  type RecordRecommendationInput,
} from "@kehoach/schema";
import { HttpError, type Identifier } from "react-admin";
import { fetchAllNodes, listLocally, PAGE_SIZE, readMethods } from "./connection.ts";
import { runMutation } from "./mutation.ts";
import { notFound, runQuery } from "./query.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

/** The list and the one-record read give the same fields: no summary or whole record here. */
export type RecommendationRecord = RecommendationFieldsFragment;

/** What an update sends: the step taken and what it needs. */
export type RecommendationStepData =
  | { step: Extract<RecommendationStep, "ASSIGN">; unitId: string }
  | { step: Extract<RecommendationStep, "ANSWER">; answer: string }
  | { step: Extract<RecommendationStep, "RESOLVE" | "REOPEN">; note?: string | null };

/** The record as useUpdate sends a step: the step's fields beside the record's. */
export type RecommendationWrite = RecommendationRecord &
  Partial<{ step: RecommendationStep; unitId: string; note: string | null }>;

/** What the create form sends (inputs named like the API's input fields, so its field errors land there). */
export type RecommendationCreateData = Pick<
  RecordRecommendationInput,
  "planId" | "content" | "source" | "receivedOn"
> & {
  indicatorId?: string | null;
  taskId?: string | null;
};

const SERVER_FILTERS = ["planId", "unitId", "status", "openOnly"] as const;

export function createRecommendationsHandler(client: GraphqlClient): ResourceHandler<RecommendationRecord> {
  const getOne = async (id: Identifier): Promise<RecommendationRecord> => {
    const data = await runQuery(client, RecommendationDocument, { id: String(id) });
    if (data.node?.__typename !== "Recommendation") throw notFound("recommendations", id);
    const { __typename, ...recommendation } = data.node;
    return recommendation;
  };

  const getList: ResourceHandler<RecommendationRecord>["getList"] = async (params) => {
    const filter = params.filter ?? {};
    const all = await fetchAllNodes(async (after) => {
      const data = await runQuery(client, RecommendationsDocument, {
        first: PAGE_SIZE,
        after,
        planId: textOrNull(filter.planId),
        unitId: textOrNull(filter.unitId),
        status: (textOrNull(filter.status) as RecommendationStatus | null) ?? null,
        openOnly: filter.openOnly === true,
      });
      return data.recommendations;
    });
    return listLocally(all?.nodes ?? [], params, {
      serverFilters: SERVER_FILTERS,
      searchText: (r) => `${r.content} ${r.source} ${r.unit?.name ?? ""}`,
    });
  };

  return {
    ...readMethods(getList, getOne),
    async create(params) {
      const data = params.data as RecommendationCreateData;
      const payload = await runMutation(
        client,
        RecordRecommendationDocument,
        {
          input: {
            planId: data.planId,
            content: data.content,
            source: data.source,
            receivedOn: data.receivedOn,
            indicatorId: data.indicatorId || null,
            taskId: data.taskId || null,
          },
        },
        (d) => d.recordRecommendation,
      );
      if (payload.__typename !== "RecommendationPayload") throw notFound("plans", data.planId);
      return { data: payload.recommendation };
    },
    async update(params) {
      const input = { recommendationId: String(params.id), version: params.previousData.version };
      const data = params.data as RecommendationStepData;
      const payload = await takeStep(client, input, data);
      if (payload.__typename !== "RecommendationPayload") throw notFound("recommendations", params.id);
      return { data: payload.recommendation };
    },
  };
}

/** The mutation of one step; a recommendation changes only by these (its text stays as recorded). */
function takeStep(
  client: GraphqlClient,
  input: { recommendationId: string; version: number },
  data: RecommendationStepData,
) {
  switch (data.step) {
    case "ASSIGN":
      return runMutation(
        client,
        AssignRecommendationDocument,
        { input: { ...input, unitId: data.unitId } },
        (d) => d.assignRecommendation,
      );
    case "ANSWER":
      return runMutation(
        client,
        AnswerRecommendationDocument,
        { input: { ...input, answer: data.answer } },
        (d) => d.answerRecommendation,
      );
    case "RESOLVE":
    case "REOPEN":
      return runMutation(
        client,
        CloseRecommendationDocument,
        { input: { ...input, resolved: data.step === "RESOLVE", note: data.note?.trim() || null } },
        (d) => d.closeRecommendation,
      );
    default:
      throw new HttpError("app.error.read_only", 405);
  }
}

function textOrNull(value: unknown): string | null {
  return typeof value === "string" && value ? value : null;
}
