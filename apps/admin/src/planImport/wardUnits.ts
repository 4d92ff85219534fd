// The ward's units, fetched once for the review through the data provider (as the unit screens read
// them): what the names of the draft's tasks are checked against. Archived units are left out, as
// confirming does: a plan's name matching only an archived unit gives a new unit.

import type { WardUnit } from "@kehoach/domain";
import { createContext, useContext, useMemo } from "react";
import { useGetList } from "react-admin";
import type { UnitRecord } from "../dataProvider/units.ts";

export interface WardUnits {
  /** Null while loading, or when they could not be read (`failed`). */
  units: WardUnit[] | null;
  failed: boolean;
}

export const WardUnitsContext = createContext<WardUnits>({ units: null, failed: false });

export const useWardUnits = () => useContext(WardUnitsContext);

/** A ward has tens of units: one page holds them all. */
export function useFetchWardUnits(): WardUnits {
  const { data, error } = useGetList<UnitRecord>("units", {
    pagination: { page: 1, perPage: 500 },
    sort: { field: "name", order: "ASC" },
    filter: { archived: false },
  });
  const failed = !!error;
  return useMemo(
    () => ({ units: data ? data.map(({ id, name }) => ({ id: String(id), name })) : null, failed }),
    [data, failed],
  );
}
