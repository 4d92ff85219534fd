// The `progressReports` resource: units' progress reports and their workflow.
// - getList: the API filters by plan, period, unit and status (drafts only reach their own unit);
//   the search (`q`), an `id` list filter, sort and pagination are applied here. With
//   `meta.assignedItemsOfPlan` (and a `unitId` filter) the result's `meta.assignedItems` lists the
//   tasks and indicators the unit leads or cooperates on (the lines of its monthly report form),
//   and, with a `periodId` filter, what cooperating units sent on the indicators it leads; with
//   `meta.previousBefore` (a period's start), the unit's report of the month before.
// - create / update = save the draft (saveReportDraft); an update whose `data.status` is SUBMITTED,
//   APPROVED or RETURNED (with `data.returnReason`) submits, approves or returns the report (RETURNED
//   from APPROVED reopens it), and one with `data.comment` comments on it. Every write sends the version the user read.
import { type LineRole, parseVietnameseNumber } from "@kehoach/domain";
import {
  ApproveReportDocument,
  CommentOnReportDocument,
  type ContributionFieldsFragment,
  ProgressReportDocument,
  ProgressReportsDocument,
  ReopenReportDocument,
  ReportContributionsDocument,
  type ReportFieldsFragment,
  ReportFormItemsDocument,
  type ReportFormItemsQuery,
  type ReportStatus,
  type ReportSummaryFieldsFragment,
  ReturnReportDocument,
  SaveReportDraftDocument,
  type SaveReportDraftInput,
  SubmitReportDocument,
} from "@kehoach/schema";
import type { Identifier } from "react-admin";
import { compareValues, fetchAllNodes, listLocally, PAGE_SIZE, readMethods } from "./connection.ts";
import { newIdempotencyKey } from "./idempotencyKey.ts";
import { runMutation } from "./mutation.ts";
import { type Summary, summary, type Whole, whole } from "./partial.ts";
import { notFound, runQuery } from "./query.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

/** LEAD: the unit leads the item and its figure is official; CONTRIBUTION: it cooperates (whoReports.ts). */
type Role = { role: LineRole };
type FormItem = ReportFormItemsQuery["reportFormItems"][number];
export type AssignedTask = NonNullable<FormItem["task"]> & Role;
type AssignedIndicatorNode = NonNullable<FormItem["indicator"]>;
/**
 * An indicator line of the form: a top-level indicator, the headline of a composite one that has
 * its own target ((1) "tăng bình quân trên 10%/năm"), or a part of one (then `parentName`).
 */
export type AssignedIndicator = Pick<AssignedIndicatorNode, "id" | "code" | "name" | "position" | "targets"> &
  Role & { parentName: string | null };
export interface AssignedItems {
  tasks: AssignedTask[];
  indicators: AssignedIndicator[];
  /** What cooperating units sent in the period on the indicators the unit leads (reportContributions). */
  contributions: ContributionFieldsFragment[];
  /** The unit's report of the month before, when there is one (with `meta.previousBefore`). */
  previous?: WholeReportRecord | null;
}

/** A report as react-admin's record: the list gives it without its lines, comments and history. */
export type ReportRecord = Summary<ReportSummaryFieldsFragment> | WholeReportRecord;
export type WholeReportRecord = Whole<ReportFieldsFragment>;

/** What the monthly report form saves: the draft of a unit for a period. */
export type ReportDraftData = Pick<SaveReportDraftInput, "periodId" | "unitId" | "summary"> & {
  taskLines: readonly FormTaskLine[];
  indicatorLines: readonly FormIndicatorLine[];
};
type FormTaskLine = Omit<SaveReportDraftInput["taskLines"][number], "percentDone"> & {
  percentDone?: number | string | null;
};
type FormIndicatorLine = SaveReportDraftInput["indicatorLines"][number];

const SERVER_FILTERS = ["planId", "periodId", "unitId", "status", "toReview"] as const;

export function createProgressReportsHandler(client: GraphqlClient): ResourceHandler<ReportRecord> {
  const getOne = async (id: Identifier): Promise<WholeReportRecord> => {
    const data = await runQuery(client, ProgressReportDocument, { id: String(id) });
    if (data.node?.__typename !== "ProgressReport") throw notFound("progressReports", id);
    const { __typename, ...report } = data.node;
    return whole(report);
  };

  /** The unit's latest report of a monthly period that starts before `before` (yyyy-mm-dd), whole. */
  const previousReport = async (unitId: string, planId: string, before: string) => {
    const reports = await fetchAllNodes(async (after) => {
      const data = await runQuery(client, ProgressReportsDocument, { first: PAGE_SIZE, after, planId, unitId });
      return data.progressReports;
    });
    const earlier = (reports?.nodes ?? [])
      .filter((r) => r.period.kind === "MONTH" && r.period.startsOn < before)
      .sort((a, b) => compareValues(b.period.startsOn, a.period.startsOn))[0];
    return earlier ? getOne(earlier.id) : null;
  };

  const getList: ResourceHandler<ReportRecord>["getList"] = async (params) => {
    const filter = params.filter ?? {};
    const all = await fetchAllNodes(async (after) => {
      const data = await runQuery(client, ProgressReportsDocument, {
        first: PAGE_SIZE,
        after,
        planId: textOrNull(filter.planId),
        periodId: textOrNull(filter.periodId),
        unitId: textOrNull(filter.unitId),
        status: (textOrNull(filter.status) as ReportStatus | null) ?? null,
        toReview: filter.toReview === true ? true : null,
      });
      return data.progressReports;
    });
    const records = (all?.nodes ?? []).map((report) => summary(report));
    const result = listLocally<ReportRecord>(records, params, {
      serverFilters: SERVER_FILTERS,
      searchText: (report) => `${report.unit.name} ${report.period.label} ${report.summary ?? ""}`,
    });
    const planId = params.meta?.assignedItemsOfPlan;
    const unitId = textOrNull(filter.unitId);
    const periodId = textOrNull(filter.periodId);
    if (typeof planId !== "string" || !unitId || !periodId) return result;
    const assigned = await loadAssignedItems(client, unitId, planId, periodId);
    const before = params.meta?.previousBefore;
    const previous = typeof before === "string" ? await previousReport(unitId, planId, before) : null;
    return { ...result, meta: { assignedItems: { ...assigned, previous } } };
  };

  const saveDraft = async (data: ReportDraftData, version: number | null) => {
    const payload = await runMutation(
      client,
      SaveReportDraftDocument,
      { input: draftInput(data, version) },
      (d) => d.saveReportDraft,
    );
    if (payload.__typename !== "SaveReportDraftPayload") throw notFound("progressReports", data.periodId);
    return { data: whole(payload.report) };
  };

  return {
    ...readMethods(getList, getOne),
    async create(params) {
      return saveDraft(params.data as ReportDraftData, null);
    },
    async update(params) {
      const reportId = String(params.id);
      const version = params.previousData.version;
      const data = params.data as Partial<ReportRecord & ReportDraftData> & { comment?: string };
      if (typeof data.comment === "string") {
        await runMutation(
          client,
          CommentOnReportDocument,
          { input: { reportId, body: data.comment } },
          (d) => d.commentOnReport,
        );
        return { data: await getOne(reportId) };
      }
      const transition = data.status !== params.previousData.status ? data.status : undefined;
      if (transition === "SUBMITTED") {
        const payload = await runMutation(
          client,
          SubmitReportDocument,
          { input: { reportId, version, idempotencyKey: newIdempotencyKey() } },
          (d) => d.submitReport,
        );
        if (payload.__typename === "SubmitReportPayload") return { data: whole(payload.report) };
      }
      if (transition === "APPROVED") {
        const payload = await runMutation(
          client,
          ApproveReportDocument,
          { input: { reportId, version, idempotencyKey: newIdempotencyKey() } },
          (d) => d.approveReport,
        );
        if (payload.__typename === "ApproveReportPayload") return { data: whole(payload.report) };
      }
      // An approved report sent back to its unit is reopened (the office only; the API checks).
      if (transition === "RETURNED" && params.previousData.status === "APPROVED") {
        const payload = await runMutation(
          client,
          ReopenReportDocument,
          { input: { reportId, version, reason: data.returnReason ?? "" } },
          (d) => d.reopenReport,
        );
        if (payload.__typename === "ReopenReportPayload") return { data: whole(payload.report) };
      }
      if (transition === "RETURNED") {
        const reason = data.returnReason ?? "";
        const payload = await runMutation(
          client,
          ReturnReportDocument,
          { input: { reportId, version, reason, idempotencyKey: newIdempotencyKey() } },
          (d) => d.returnReport,
        );
        if (payload.__typename === "ReturnReportPayload") return { data: whole(payload.report) };
      }
      return saveDraft(
        {
          periodId: data.periodId ?? params.previousData.period.id,
          unitId: data.unitId ?? params.previousData.unit.id,
          summary: data.summary ?? null,
          taskLines: data.taskLines ?? [],
          indicatorLines: data.indicatorLines ?? [],
        },
        version,
      );
    },
  };
}

/**
 * The tasks and indicators of a plan that a unit leads or cooperates on, in plan order, each with
 * the unit's role as the API decides it (reportFormItems, from whoReports.ts): a composite indicator
 * is reported part by part, with its own line first when it has its own target.
 */
async function loadAssignedItems(
  client: GraphqlClient,
  unitId: string,
  planId: string,
  periodId: string,
): Promise<AssignedItems> {
  const items = (await runQuery(client, ReportFormItemsDocument, { planId, unitId })).reportFormItems;
  const contributions = (await runQuery(client, ReportContributionsDocument, { periodId, unitId })).reportContributions;
  return {
    tasks: items.flatMap(({ task, role }) => (task && !task.archivedAt ? [{ ...task, role }] : [])),
    indicators: items.flatMap(({ indicator, role }): AssignedIndicator[] => {
      if (!indicator || indicator.archivedAt) return [];
      const { id, code, name, position, targets, parent } = indicator;
      return [{ id, code, name, position, targets, role, parentName: parent?.name ?? null }];
    }),
    contributions,
  };
}

/** The API's input from the form's values: empty texts and numbers become null. */
function draftInput(data: ReportDraftData, version: number | null): SaveReportDraftInput {
  return {
    periodId: data.periodId,
    unitId: data.unitId,
    version,
    summary: blankToNull(data.summary),
    taskLines: data.taskLines.map((line) => ({
      taskId: line.taskId,
      status: line.status,
      percentDone: numberOrNull(line.percentDone),
      results: blankToNull(line.results),
      difficulties: blankToNull(line.difficulties),
      proposals: blankToNull(line.proposals),
    })),
    indicatorLines: data.indicatorLines.map((line) => ({
      indicatorId: line.indicatorId,
      periodValue: decimalOrNull(line.periodValue),
      valueToDate: decimalOrNull(line.valueToDate),
      yearEndEstimate: decimalOrNull(line.yearEndEstimate),
      samePeriodLastYear: decimalOrNull(line.samePeriodLastYear),
      achieved: line.achieved ?? null,
      eventCount: line.eventCount ?? null,
      note: blankToNull(line.note),
      adoptedFromLineId: line.adoptedFromLineId ?? null,
    })),
  };
}

function textOrNull(value: unknown): string | null {
  return typeof value === "string" && value ? value : null;
}

function blankToNull(value: string | null | undefined): string | null {
  return value?.trim() ? value : null;
}

function numberOrNull(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Decimals go to the API as "84.9"; the form may hold them as typed in Vietnamese ("84,9"). */
function decimalOrNull(value: unknown): string | null {
  if (value === null || value === undefined || String(value).trim() === "") return null;
  const n = typeof value === "number" ? value : parseVietnameseNumber(String(value));
  return n === null ? String(value).trim() : String(n);
}
