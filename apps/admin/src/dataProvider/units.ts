// The `units` resource: the ward's units and organisations. The API filters by kind; archived
// units are always fetched (includeArchived) so that the `archived` filter, the search (`q`),
// sort and pagination are applied here (a ward has tens of units). Delete archives the unit.
import {
  ArchiveUnitDocument,
  CreateUnitDocument,
  UnitDocument,
  type UnitKind,
  type UnitQuery,
  type UnitSummaryFieldsFragment,
  UnitsDocument,
  UpdateUnitDocument,
} from "@kehoach/schema";
import { HttpError, type Identifier } from "react-admin";
import { fetchAllNodes, listLocally, PAGE_SIZE, readMethods } from "./connection.ts";
import { runMutation } from "./mutation.ts";
import { type Summary, summary, type Whole, whole } from "./partial.ts";
import { notFound, runQuery } from "./query.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

type FullUnit = NonNullable<UnitQuery["unit"]>;

/** `parentId` and `archived` beside the API's fields: what forms and filters use. */
interface UnitFlags {
  parentId: string | null;
  archived: boolean;
}

/** A unit as react-admin's record: the list and the unit's writes give its summary. */
export type UnitRecord = Summary<UnitSummaryFieldsFragment & UnitFlags> | WholeUnitRecord;
/** A unit with its assignments and users, as its own page reads it. */
export type WholeUnitRecord = Whole<FullUnit & UnitFlags>;

/** What the unit forms send (inputs named like the API's input fields). */
interface UnitFormData {
  code?: string;
  name?: string;
  shortName?: string | null;
  kind?: UnitKind;
  parentId?: string | null;
  duties?: (string | null)[] | null;
}

const SERVER_FILTERS = ["kind"] as const;

function flagsOf(unit: UnitSummaryFieldsFragment): UnitFlags {
  return { parentId: unit.parent?.id ?? null, archived: unit.archivedAt != null };
}
const unitSummary = (unit: UnitSummaryFieldsFragment) => summary({ ...unit, ...flagsOf(unit) });

/** Blank duty lines (an added but empty row of the form) are dropped. */
function dutiesOf(duties: UnitFormData["duties"]): string[] {
  return (duties ?? []).map((duty) => duty?.trim() ?? "").filter(Boolean);
}

/** The status filter as a boolean, whether a select gave it as text or a link as a boolean. */
export function withArchivedFilter<P extends { filter?: Record<string, unknown> }>(params: P): P {
  const archived = params.filter?.archived;
  if (typeof archived !== "string") return params;
  return { ...params, filter: { ...params.filter, archived: archived === "" ? undefined : archived === "true" } };
}

const unexpected = () => new HttpError("ra.notification.http_error", 502);

export function createUnitsHandler(client: GraphqlClient): ResourceHandler<UnitRecord> {
  const getOne = async (id: Identifier): Promise<UnitRecord> => {
    const data = await runQuery(client, UnitDocument, { id: String(id) });
    if (!data.unit) throw notFound("units", id);
    return whole({ ...data.unit, ...flagsOf(data.unit) });
  };

  const getList: ResourceHandler<UnitRecord>["getList"] = async (params) => {
    const kind =
      typeof params.filter?.kind === "string" && params.filter.kind ? (params.filter.kind as UnitKind) : null;
    const all = await fetchAllNodes(async (after) => {
      const data = await runQuery(client, UnitsDocument, { first: PAGE_SIZE, after, includeArchived: true, kind });
      return data.units;
    });
    return listLocally((all?.nodes ?? []).map(unitSummary), withArchivedFilter(params), {
      serverFilters: SERVER_FILTERS,
      searchText: (unit) => `${unit.code} ${unit.name} ${unit.shortName ?? ""}`,
    });
  };

  return {
    ...readMethods(getList, getOne),
    async create(params) {
      const data = params.data as UnitFormData;
      const result = await runMutation(
        client,
        CreateUnitDocument,
        {
          input: {
            code: data.code ?? "",
            name: data.name ?? "",
            kind: data.kind ?? "OTHER",
            shortName: data.shortName || null,
            parentId: data.parentId || null,
            duties: dutiesOf(data.duties),
          },
        },
        (result) => result.createUnit,
      );
      if (result.__typename !== "CreateUnitPayload") throw unexpected();
      return { data: unitSummary(result.unit) };
    },
    async update(params) {
      const data = params.data as UnitFormData;
      const result = await runMutation(
        client,
        UpdateUnitDocument,
        {
          input: {
            id: String(params.id),
            version: params.previousData.version,
            code: data.code,
            name: data.name,
            // "" clears the short name; null removes the parent (the API's conventions).
            shortName: data.shortName ?? "",
            kind: data.kind,
            parentId: data.parentId || null,
            duties: dutiesOf(data.duties),
          },
        },
        (result) => result.updateUnit,
      );
      if (result.__typename !== "UpdateUnitPayload") throw unexpected();
      return { data: unitSummary(result.unit) };
    },
    async delete(params) {
      const previous = params.previousData ?? (await getOne(params.id));
      const result = await runMutation(
        client,
        ArchiveUnitDocument,
        { input: { id: String(params.id), version: previous.version } },
        (result) => result.archiveUnit,
      );
      if (result.__typename !== "ArchiveUnitPayload") throw unexpected();
      return { data: unitSummary(result.unit) };
    },
  };
}
