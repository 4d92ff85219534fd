// How a report's saved lines become the lines of a new save. Each line is kept by its key (its task
// or indicator): a line whose key is gone is removed, a new key is created, a changed line is updated
// in place. So a line keeps its id across drafts (a measurement or an adopted contribution that names
// it still does), and a save writes only what changed.

/** A field of a line as stored or as sent: decimals come back from the database as objects. */
export type LineValue = string | number | boolean | null | { toString(): string };

export interface ReportLineChanges<L> {
  create: L[];
  update: { id: string; data: L }[];
  remove: string[];
}

/**
 * Equal only when both are null, or both print the same. Two prints of one value ("84.9", "84.90")
 * count as a change: that costs one write, never a lost edit.
 */
function sameValue(saved: LineValue | undefined, wanted: LineValue | undefined): boolean {
  if (saved == null || wanted == null) return saved == null && wanted == null;
  return String(saved) === String(wanted);
}

/** The writes that turn `saved` into `wanted`, lines matched by `key`; fields compared are `wanted`'s. */
export function reportLineChanges<K extends string, L extends { [F in K]: string } & Record<string, LineValue>>(
  key: K,
  saved: readonly (Record<string, LineValue | undefined> & { id: string } & { [F in K]: string })[],
  wanted: readonly L[],
): ReportLineChanges<L> {
  const keyOf = (line: { [F in K]: string }): string => line[key];
  const savedByKey = new Map(saved.map((line) => [keyOf(line), line]));
  const wantedKeys = new Set(wanted.map(keyOf));
  const changes: ReportLineChanges<L> = { create: [], update: [], remove: [] };
  for (const line of wanted) {
    const before = savedByKey.get(keyOf(line));
    if (!before) changes.create.push(line);
    else if (Object.keys(line).some((field) => !sameValue(before[field], line[field]))) {
      changes.update.push({ id: before.id, data: line });
    }
  }
  for (const line of saved) if (!wantedKeys.has(keyOf(line))) changes.remove.push(line.id);
  return changes;
}
