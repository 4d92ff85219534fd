// The city's roll-up as rows to compare wards by: how many indicators are behind (off track, at
// risk or not achieved) out of those with a status, and the keys the table sorts by (a ward by its
// name in Vietnamese alphabetical order, "Phường"/"Xã" aside).
import type { CityOverviewQuery } from "@kehoach/schema";

export type CityWardRow = NonNullable<CityOverviewQuery["cityOverview"]>["wards"][number];

export const SORT_KEYS = ["ward", "behind", "overdue", "missing", "recommendations"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export type SortDirection = "asc" | "desc";
/** The way a column sorts when first chosen: names A to Z, counts the most first. */
export const firstDirection = (key: SortKey): SortDirection => (key === "ward" ? "asc" : "desc");
export const otherDirection = (direction: SortDirection): SortDirection => (direction === "asc" ? "desc" : "asc");

/** Indicators behind: off track, at risk or not achieved; null when the ward has no readable plan. */
export function behindOf(row: CityWardRow): number | null {
  const i = row.indicators;
  return i ? i.offTrack.count + i.atRisk.count + i.notAchieved.count : null;
}

/** The share of a ward's indicators that are behind (0–1), or null without a plan or indicators. */
export function behindShare(row: CityWardRow): number | null {
  const behind = behindOf(row);
  const total = row.indicators?.total.count ?? 0;
  return behind === null || total === 0 ? null : behind / total;
}

const byName = new Intl.Collator("vi");
/** "Phường Tân Hưng" → "Tân Hưng": wards and communes sort together by their own names. */
export const bareName = (row: Pick<CityWardRow, "wardName">) => row.wardName.replace(/^(Phường|Xã|Đặc khu) /, "");

const sortValueOf: Record<Exclude<SortKey, "ward">, (row: CityWardRow) => number | null> = {
  behind: behindOf,
  overdue: (row) => row.tasks?.overdue.count ?? null,
  missing: (row) => row.reportsMissing,
  recommendations: (row) => row.openRecommendations,
};

/**
 * The rows sorted by a key; wards without figures (no readable plan) always last, ties in the order
 * of the official codes.
 */
export function sortRows(rows: readonly CityWardRow[], key: SortKey, direction: SortDirection): CityWardRow[] {
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === "ward")
      return sign * (byName.compare(bareName(a), bareName(b)) || a.wardCode.localeCompare(b.wardCode));
    const x = sortValueOf[key](a);
    const y = sortValueOf[key](b);
    if (x === null || y === null) return x === y ? a.wardCode.localeCompare(b.wardCode) : x === null ? 1 : -1;
    return sign * (x - y) || a.wardCode.localeCompare(b.wardCode);
  });
}
