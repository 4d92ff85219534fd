// One statement for a Prisma row of each row of a list (a city's 114 wards' plans), instead of a
// findUnique per row: Prisma batches those into one statement too, but prepares each call on its own,
// which cost a city's roll-up about a third of its time.

/**
 * Loads the rows of `ids` on the first call with a selection and answers every row from it; a second
 * selection (another alias of the field) loads once more. The selection always carries `id`, the key.
 */
export function listLoader<Row extends { id: string }, Selection extends { select?: object | null }>(
  ids: readonly string[],
  load: (ids: string[], selection: Selection) => Promise<Row[]>,
): (id: string, selection: Selection) => Promise<Row | null> {
  const loaded = new Map<string, Promise<Map<string, Row>>>();
  const unique = [...new Set(ids)];
  return async (id, selection) => {
    const key = JSON.stringify(selection);
    let rows = loaded.get(key);
    if (!rows) {
      const keyed = selection.select ? { ...selection, select: { ...selection.select, id: true } } : selection;
      rows = load(unique, keyed).then((list) => new Map(list.map((row) => [row.id, row])));
      loaded.set(key, rows);
    }
    return (await rows).get(id) ?? null;
  };
}
