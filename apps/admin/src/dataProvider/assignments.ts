// The `assignments` resource (Phụ lục 01, 02): each indicator or task → lead unit, cooperating
// units, leader in charge. The API filters by plan, lead unit and `inferred`; the search (`q`),
// other filters, sort and pagination are applied here (a plan has about a hundred and twenty).
// Updating with only `{ inferred: false }` confirms the assignment as it stands; any other
// update edits it (which the API also counts as confirming it).
import {
  AssignmentDocument,
  type AssignmentFieldsFragment,
  AssignmentsDocument,
  ConfirmAssignmentDocument,
  UpdateAssignmentDocument,
} from "@kehoach/schema";
import { HttpError, type Identifier } from "react-admin";
import { fetchAllNodes, listLocally, PAGE_SIZE, readMethods } from "./connection.ts";
import { runMutation } from "./mutation.ts";
import { notFound, runQuery } from "./query.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

/** An assignment as a react-admin record, with the item's label and the form's flat ids. */
export type AssignmentRecord = AssignmentFieldsFragment & {
  itemLabel: string;
  itemKind: "indicator" | "task";
  planId: string;
  leadUnitId: string;
  cooperatingUnitIds: string[];
  leaderId: string | null;
};

interface AssignmentFormData {
  inferred?: boolean;
  leadUnitId?: string;
  cooperatingUnitIds?: string[] | null;
  leaderId?: string | null;
}

const SERVER_FILTERS = ["planId", "leadUnitId", "inferred"] as const;

/** "(6) Thu nhập bình quân đầu người" or "2.1 Tập trung …", as the plan numbers them. */
export function itemLabelOf(assignment: Pick<AssignmentFieldsFragment, "indicator" | "task">): string {
  const { indicator, task } = assignment;
  if (indicator) return `(${indicator.number ?? indicator.code}) ${indicator.name}`;
  if (task) return `${task.code} ${task.title}`;
  return "";
}

function toAssignmentRecord(assignment: AssignmentFieldsFragment): AssignmentRecord {
  return {
    ...assignment,
    itemLabel: itemLabelOf(assignment),
    itemKind: assignment.indicator ? "indicator" : "task",
    planId: assignment.plan.id,
    leadUnitId: assignment.leadUnit.id,
    cooperatingUnitIds: assignment.cooperatingUnits.map((unit) => unit.id),
    leaderId: assignment.leader?.id ?? null,
  };
}

function isConfirmation(data: AssignmentFormData): boolean {
  return data.inferred === false && Object.keys(data).every((key) => key === "inferred");
}

const unexpected = () => new HttpError("ra.notification.http_error", 502);

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value ? value : null;
}

function booleanOrNull(value: unknown): boolean | null {
  if (value === true || value === "true") return true;
  if (value === false || value === "false") return false;
  return null;
}

export function createAssignmentsHandler(client: GraphqlClient): ResourceHandler<AssignmentRecord> {
  const getOne = async (id: Identifier): Promise<AssignmentRecord> => {
    const data = await runQuery(client, AssignmentDocument, { id: String(id) });
    if (data.node?.__typename !== "Assignment") throw notFound("assignments", id);
    const { __typename, ...assignment } = data.node;
    return toAssignmentRecord(assignment);
  };

  const getList: ResourceHandler<AssignmentRecord>["getList"] = async (params) => {
    const filter = params.filter ?? {};
    const all = await fetchAllNodes(async (after) => {
      const data = await runQuery(client, AssignmentsDocument, {
        first: PAGE_SIZE,
        after,
        planId: stringOrNull(filter.planId),
        leadUnitId: stringOrNull(filter.leadUnitId),
        inferred: booleanOrNull(filter.inferred),
      });
      return data.assignments;
    });
    return listLocally((all?.nodes ?? []).map(toAssignmentRecord), params, {
      serverFilters: SERVER_FILTERS,
      searchText: (assignment) =>
        [
          assignment.itemLabel,
          assignment.leadUnit.name,
          ...assignment.cooperatingUnits.map((unit) => unit.name),
          assignment.leader?.displayName ?? "",
        ].join(" "),
    });
  };

  return {
    ...readMethods(getList, getOne),
    async update(params) {
      const data = params.data as AssignmentFormData;
      const version = params.previousData.version;
      const id = String(params.id);
      const result = isConfirmation(data)
        ? await runMutation(
            client,
            ConfirmAssignmentDocument,
            { input: { id, version } },
            (result) => result.confirmAssignment,
          )
        : await runMutation(
            client,
            UpdateAssignmentDocument,
            {
              input: {
                id,
                version,
                leadUnitId: data.leadUnitId,
                cooperatingUnitIds: data.cooperatingUnitIds ?? [],
                leaderId: data.leaderId || null,
              },
            },
            (result) => result.updateAssignment,
          );
      if (!("assignment" in result)) throw unexpected();
      return { data: toAssignmentRecord(result.assignment) };
    },
  };
}
