// Relay connections to react-admin lists. For this skeleton a list reads the whole
// connection (pages of PAGE_SIZE until hasNextPage is false) and filters, sorts and pages
// it in the browser; a plan has tens of indicators and about a hundred tasks. Each resource
// says in one place which filters the API applies and which are applied here.
import type { GetListParams, GetListResult, GetManyReferenceParams, Identifier, RaRecord } from "react-admin";

export const PAGE_SIZE = 100;

export interface ConnectionPage<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: readonly { cursor: string; node: Node }[];
}

/** Follows a connection to its end; `fetchPage(after)` returns null when the parent is gone. */
export async function fetchAllNodes<Node>(
  fetchPage: (after: string | null) => Promise<ConnectionPage<Node> | null>,
): Promise<{ nodes: Node[]; totalCount: number } | null> {
  const nodes: Node[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let pageIndex = 0; pageIndex < 1000; pageIndex++) {
    const page: ConnectionPage<Node> | null = await fetchPage(after);
    if (!page) return null;
    totalCount = page.totalCount;
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes, totalCount };
}

export interface LocalListOptions<RecordType> {
  /** Fields searched by the `q` filter (case- and accent-insensitive). */
  searchText?: (record: RecordType) => string;
  /** Filters the API already applied; they are not applied again here. */
  serverFilters?: readonly string[];
}

/** Applies react-admin's filter (`q` and field equality), sort and pagination to records. */
export function listLocally<RecordType extends RaRecord>(
  records: readonly RecordType[],
  params: Pick<GetListParams, "filter" | "sort" | "pagination">,
  options: LocalListOptions<RecordType> = {},
): GetListResult<RecordType> {
  // `selection` names the dashboard figure a list was opened from (its `id` filter); no record field.
  const ignored = new Set(["q", "planId", "selection", ...(options.serverFilters ?? [])]);
  const filter = params.filter ?? {};
  let result = records.filter((record) =>
    Object.entries(filter).every(([field, expected]) => {
      if (ignored.has(field) || expected === undefined || expected === "") return true;
      const actual = getPath(record, field);
      return Array.isArray(expected) ? expected.includes(actual) : actual === expected;
    }),
  );

  const query = typeof filter.q === "string" ? normalize(filter.q) : "";
  if (query && options.searchText) {
    const searchText = options.searchText;
    result = result.filter((record) => normalize(searchText(record)).includes(query));
  }

  const { field, order } = params.sort ?? { field: "", order: "ASC" };
  if (field) {
    const direction = order === "DESC" ? -1 : 1;
    result = [...result].sort((a, b) => direction * compareValues(getPath(a, field), getPath(b, field)));
  }

  const total = result.length;
  const { page, perPage } = params.pagination ?? { page: 1, perPage: total || 1 };
  const start = (page - 1) * perPage;
  return { data: result.slice(start, start + perPage), total };
}

export function getPath(record: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => {
    if (value == null || typeof value !== "object") return undefined;
    return (value as Record<string, unknown>)[key];
  }, record);
}

const collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });

/** Numbers numerically, strings in Vietnamese order ("(2)" before "(10)"), empty values last. */
export function compareValues(a: unknown, b: unknown): number {
  const aEmpty = a == null || a === "";
  const bEmpty = b == null || b === "";
  if (aEmpty || bEmpty) return aEmpty === bEmpty ? 0 : aEmpty ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

/** Lower case without Vietnamese diacritics, so "ke hoach" finds "Kế hoạch". */
export function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .trim();
}

/**
 * react-admin's read methods from a resource's list and its one-record reader: many = one by one,
 * a reference = the list filtered by the referencing field.
 */
export function readMethods<RecordType extends RaRecord>(
  getList: (params: GetListParams) => Promise<GetListResult<RecordType>>,
  getOne: (id: Identifier) => Promise<RecordType>,
) {
  return {
    getList,
    async getOne(params: { id: Identifier }) {
      return { data: await getOne(params.id) };
    },
    async getMany(params: { ids: Identifier[] }) {
      return { data: await Promise.all(params.ids.map(getOne)) };
    },
    async getManyReference(params: GetManyReferenceParams) {
      return getList({ ...params, filter: { ...params.filter, [params.target]: params.id } });
    },
  };
}
