// The `auditEvents` resource (ADMIN and OFFICE), read-only and newest first as the API returns
// it. The API filters by event, actor, entity type, entity, date range and whether sign-ins show,
// and pages by cursor: a list reads only as far as the page shown, unless a filter the API lacks
// (`id`, the text search `q`) is set, in which case it reads every matching event and filters
// here. Each record carries the label of the item it is about, and `changes`: the fields that
// differ between before and after, with references to units, users, areas… replaced by their
// names (never raw IDs).
import { auditEntityTypeLabel, auditEventLabel, type Locale } from "@kehoach/domain";
import {
  AuditEventDocument,
  type AuditEventFieldsFragment,
  AuditEventsDocument,
  NodeLabelDocument,
  type NodeLabelQuery,
} from "@kehoach/schema";
import type { GetListParams, Identifier } from "react-admin";
import { fetchAllNodes, listLocally, PAGE_SIZE, readMethods } from "./connection.ts";
import { type Summary, summary, type Whole, whole } from "./partial.ts";
import { notFound, runQuery } from "./query.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

/** A value of a changed field, references already replaced by labels. */
export type ChangeValue = string | number | boolean | null | ChangeValue[] | { [key: string]: ChangeValue };

export interface AuditChange {
  field: string;
  before: ChangeValue;
  after: ChangeValue;
}

type LabelledEvent = AuditEventFieldsFragment & {
  /** What a user calls the item (unit name, "(6) Thu nhập…", user's name), when known. */
  entityLabel: string | null;
  actorName: string | null;
};

/** An audit event as react-admin's record: the list gives it labelled, getOne with its changes. */
export type AuditEventRecord = Summary<LabelledEvent> | WholeAuditEventRecord;
export type WholeAuditEventRecord = Whole<LabelledEvent & { changes: AuditChange[] }>;

/** Fields of a snapshot that refer to another object, and that object's type. */
const REFERENCE_TYPES: Record<string, string> = {
  unitId: "Unit",
  parentId: "Unit",
  leadUnitId: "Unit",
  cooperatingUnitIds: "Unit",
  leaderId: "User",
  confirmedById: "User",
  createdById: "User",
  reviewedById: "User",
  submittedById: "User",
  areaId: "Area",
  areaIds: "Area",
  planId: "Plan",
  indicatorId: "Indicator",
  taskId: "Task",
  periodId: "ReportingPeriod",
  reportId: "ProgressReport",
};

/** Bookkeeping fields a user does not need to see in a change table. */
const HIDDEN_FIELDS = new Set(["id", "version", "jurisdictionId", "createdAt", "updatedAt", "passwordHash"]);

const LOCAL_FILTERS = ["id", "q"] as const;
const SERVER_FILTERS = ["name", "excludeSignIns", "actor", "entityId", "entityType", "from", "to"];
const LOCALES: Locale[] = ["vi", "en"];

/** Pothos' global ID of a database row: base64 of "Type:uuid". */
export function globalIdOf(typename: string, id: string): string {
  return btoa(`${typename}:${id}`);
}

type LabelledNode = NonNullable<NodeLabelQuery["node"]>;
type NodeOf<T extends LabelledNode["__typename"]> = Extract<LabelledNode, { __typename: T }>;

/** What a user calls an item of each type that has a name; other types (a session) are not looked up. */
const NODE_LABELS: { [T in LabelledNode["__typename"]]?: (node: NodeOf<T>) => string | null } = {
  Unit: (node) => node.name,
  Area: (node) => node.name,
  User: (node) => node.displayName,
  Plan: (node) => (node.planNumber ? `${node.planNumber} ${node.title}` : node.title),
  Indicator: (node) => `(${node.number ?? node.code}) ${node.name}`,
  Task: (node) => `${node.code} ${node.title}`,
  Assignment: (node) => {
    if (node.indicator) return `(${node.indicator.number ?? node.indicator.code}) ${node.indicator.name}`;
    return node.task ? `${node.task.code} ${node.task.title}` : null;
  },
  ReportingPeriod: (node) => node.label,
  ProgressReport: (node) => `${node.unit.name} — ${node.period.label}`,
};

function hasLabel(typename: string): typename is keyof typeof NODE_LABELS {
  return Object.hasOwn(NODE_LABELS, typename);
}

function labelOfNode(node: LabelledNode): string | null {
  const label = NODE_LABELS[node.__typename] as ((node: LabelledNode) => string | null) | undefined;
  return label ? label(node) : null;
}

/** What the text search reads: the event and the kind of item in both languages, the item, who. */
function searchTextOf(event: AuditEventRecord): string {
  return [
    ...LOCALES.flatMap((locale) => [
      auditEventLabel(event.name, locale),
      auditEntityTypeLabel(event.entityType, locale),
    ]),
    event.entityLabel,
    event.actorName,
    event.actor?.username,
  ].join(" ");
}

function parseSnapshot(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A name the snapshot itself gives (for items the viewer may no longer read, or sessions). */
function labelOfSnapshot(event: AuditEventFieldsFragment): string | null {
  const snapshot = { ...parseSnapshot(event.before), ...parseSnapshot(event.after) };
  for (const key of ["name", "title", "displayName", "username"]) {
    const value = snapshot[key];
    if (typeof value === "string" && value) return value;
  }
  return null;
}

function isReferenceField(field: string): boolean {
  return field in REFERENCE_TYPES || /Ids?$/.test(field);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value ? value : null;
}

/** A date input ("2026-01-07") as the instant it starts; `to` is exclusive, so the next day. */
function instantOf(value: unknown, nextDay = false): string | null {
  const text = stringOrNull(value);
  if (!text) return null;
  const date = new Date(text.length === 10 ? `${text}T00:00:00` : text);
  if (Number.isNaN(date.getTime())) return null;
  if (nextDay && text.length === 10) date.setDate(date.getDate() + 1);
  return date.toISOString();
}

export function createAuditEventsHandler(client: GraphqlClient): ResourceHandler<AuditEventRecord> {
  // Labels do not change often; one lookup per item while the console is open.
  const labels = new Map<string, Promise<string | null>>();
  const labelOf = (typename: string, id: string): Promise<string | null> => {
    if (!hasLabel(typename)) return Promise.resolve(null);
    const globalId = globalIdOf(typename, id);
    let label = labels.get(globalId);
    if (!label) {
      label = runQuery(client, NodeLabelDocument, { id: globalId })
        .then((data) => (data.node ? labelOfNode(data.node) : null))
        .catch(() => null);
      labels.set(globalId, label);
    }
    return label;
  };

  const withLabel = async (event: AuditEventFieldsFragment): Promise<LabelledEvent> => {
    const fromNode = event.entityId ? await labelOf(event.entityType, event.entityId) : null;
    return {
      ...event,
      entityLabel: fromNode ?? labelOfSnapshot(event),
      actorName: event.actor?.displayName ?? null,
    };
  };

  /** A snapshot value with its references replaced by labels (unknown references dropped). */
  const readable = async (field: string, value: unknown): Promise<ChangeValue> => {
    if (value === undefined || value === null) return null;
    const type = REFERENCE_TYPES[field];
    if (type) {
      const ids = Array.isArray(value) ? value : [value];
      const names = await Promise.all(ids.map(async (id) => (await labelOf(type, String(id))) ?? "—"));
      return Array.isArray(value) ? names : (names[0] ?? null);
    }
    if (Array.isArray(value)) return Promise.all(value.map((item) => readable("", item)));
    if (typeof value === "object") {
      const entries = await Promise.all(
        Object.entries(value)
          .filter(([key]) => !HIDDEN_FIELDS.has(key) && (key in REFERENCE_TYPES || !isReferenceField(key)))
          .map(async ([key, item]) => [key, await readable(key, item)] as const),
      );
      return Object.fromEntries(entries);
    }
    return value as string | number | boolean;
  };

  const changesOf = async (event: AuditEventFieldsFragment): Promise<AuditChange[]> => {
    const before = parseSnapshot(event.before);
    const after = parseSnapshot(event.after);
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
      (field) =>
        !HIDDEN_FIELDS.has(field) &&
        (field in REFERENCE_TYPES || !isReferenceField(field)) &&
        JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null),
    );
    return Promise.all(
      fields.map(async (field) => ({
        field,
        before: await readable(field, before[field]),
        after: await readable(field, after[field]),
      })),
    );
  };

  const getOne = async (id: Identifier): Promise<WholeAuditEventRecord> => {
    const data = await runQuery(client, AuditEventDocument, { id: String(id) });
    if (data.node?.__typename !== "AuditEvent") throw notFound("auditEvents", id);
    const { __typename, ...event } = data.node;
    return whole({ ...(await withLabel(event)), changes: await changesOf(event) });
  };

  const getList = async (params: GetListParams) => {
    const filter = params.filter ?? {};
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const readAll = LOCAL_FILTERS.some((key) => filter[key] !== undefined && filter[key] !== "");
    const wanted = readAll ? Number.POSITIVE_INFINITY : page * perPage;
    const variables = {
      name: stringOrNull(filter.name),
      excludeSignIns: filter.excludeSignIns === true,
      actor: stringOrNull(filter.actor),
      entityId: stringOrNull(filter.entityId),
      entityType: stringOrNull(filter.entityType),
      from: instantOf(filter.from),
      to: instantOf(filter.to, true),
    };
    let read = 0;
    const all = await fetchAllNodes(async (after) => {
      const { auditEvents } = await runQuery(client, AuditEventsDocument, { ...variables, first: PAGE_SIZE, after });
      read += auditEvents.edges.length;
      // Stop once the page shown is read: the log only grows.
      return read >= wanted
        ? { ...auditEvents, pageInfo: { ...auditEvents.pageInfo, hasNextPage: false } }
        : auditEvents;
    });
    const events = all?.nodes ?? [];
    if (readAll) {
      // Newest first is the only order the API keeps; the local search reads labels too.
      const records = (await Promise.all(events.map(withLabel))).map(summary);
      return listLocally(
        records,
        { ...params, sort: undefined },
        { serverFilters: SERVER_FILTERS, searchText: searchTextOf },
      );
    }
    const start = (page - 1) * perPage;
    const data = (await Promise.all(events.slice(start, start + perPage).map(withLabel))).map(summary);
    return { data, total: all?.totalCount ?? 0 };
  };

  return {
    ...readMethods<AuditEventRecord>(getList, getOne),
  };
}
