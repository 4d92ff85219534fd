// The `reportingPeriods` resource: the periods of the viewer's plans, one period by its global ID,
// and opening or closing a period (ADMIN, OFFICE). The API filters by plan, kind, status and year;
// the search (`q`), an `id` list filter, sort and pagination are applied here. An update whose
// `data.status` is OPEN or CLOSED opens or closes the period with the version the user read; one
// with `data.wardReportFinal` makes the month's compiled report final (finalizeWardReport), one with
// `data.wardReportPublished` publishes the final report for the citizens (publishWardReport).
import {
  CloseReportingPeriodDocument,
  FinalizeWardReportDocument,
  OpenReportingPeriodDocument,
  type PeriodKind,
  type PeriodStatus,
  PublishWardReportDocument,
  ReportingPeriodDocument,
  type ReportingPeriodFieldsFragment,
  ReportingPeriodsDocument,
} from "@kehoach/schema";
import { HttpError, type Identifier } from "react-admin";
import { fetchAllNodes, listLocally, PAGE_SIZE, readMethods } from "./connection.ts";
import { newIdempotencyKey } from "./idempotencyKey.ts";
import { runMutation } from "./mutation.ts";
import { notFound, runQuery } from "./query.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

export type ReportingPeriodRecord = ReportingPeriodFieldsFragment;

/** What an update may send: a new status, `wardReportFinal` to make the month's report final, or `wardReportPublished`. */
export type ReportingPeriodWrite = ReportingPeriodRecord & { wardReportFinal?: boolean; wardReportPublished?: boolean };

const SERVER_FILTERS = ["planId", "kind", "status", "year"] as const;

export function createReportingPeriodsHandler(client: GraphqlClient): ResourceHandler<ReportingPeriodRecord> {
  const getOne = async (id: Identifier): Promise<ReportingPeriodRecord> => {
    const data = await runQuery(client, ReportingPeriodDocument, { id: String(id) });
    if (data.node?.__typename !== "ReportingPeriod") throw notFound("reportingPeriods", id);
    const { __typename, ...period } = data.node;
    return period;
  };

  const getList: ResourceHandler<ReportingPeriodRecord>["getList"] = async (params) => {
    const filter = params.filter ?? {};
    const all = await fetchAllNodes(async (after) => {
      const data = await runQuery(client, ReportingPeriodsDocument, {
        first: PAGE_SIZE,
        after,
        planId: textOrNull(filter.planId),
        kind: (textOrNull(filter.kind) as PeriodKind | null) ?? null,
        status: (textOrNull(filter.status) as PeriodStatus | null) ?? null,
        year: typeof filter.year === "number" ? filter.year : null,
      });
      return data.reportingPeriods;
    });
    return listLocally(all?.nodes ?? [], params, {
      serverFilters: SERVER_FILTERS,
      searchText: (period) => `${period.label} ${period.plan.number ?? ""} ${period.plan.title}`,
    });
  };

  return {
    ...readMethods(getList, getOne),
    async update(params) {
      const input = { periodId: String(params.id), version: params.previousData.version };
      const change: Partial<ReportingPeriodWrite> = params.data;
      if (change.wardReportFinal === true) {
        const payload = await runMutation(
          client,
          FinalizeWardReportDocument,
          { input: { periodId: String(params.id), idempotencyKey: newIdempotencyKey() } },
          (d) => d.finalizeWardReport,
        );
        if (payload.__typename === "FinalizeWardReportPayload") return { data: payload.period };
      }
      if (change.wardReportPublished === true) {
        const payload = await runMutation(
          client,
          PublishWardReportDocument,
          { input: { periodId: String(params.id) } },
          (d) => d.publishWardReport,
        );
        if (payload.__typename === "PublishWardReportPayload") return { data: payload.wardReport.period };
      }
      const status = params.data.status;
      if (status === "OPEN") {
        const payload = await runMutation(client, OpenReportingPeriodDocument, { input }, (d) => d.openReportingPeriod);
        if (payload.__typename === "OpenReportingPeriodPayload") return { data: payload.period };
      }
      if (status === "CLOSED") {
        const payload = await runMutation(
          client,
          CloseReportingPeriodDocument,
          { input },
          (d) => d.closeReportingPeriod,
        );
        if (payload.__typename === "CloseReportingPeriodPayload") return { data: payload.period };
      }
      // Only the status changes here: dates and labels come from the plan year.
      throw new HttpError("app.error.read_only", 405);
    },
  };
}

function textOrNull(value: unknown): string | null {
  return typeof value === "string" && value ? value : null;
}
