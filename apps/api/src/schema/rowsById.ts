// A Prisma row by id, for each row of a list (a city's 114 wards' plans, a report form's lines), from
// one findMany per request and selection (a DataLoader, as elsewhere in the API). A findUnique per row is batched by
// Prisma into one statement too, but Prisma prepares each call on its own: a third of a city's roll-up.
import DataLoader from "dataloader";
import type { Context } from "../context.ts";

/** A Pothos prisma plugin selection (`{ select }`, `{ include }` or neither). */
type Selection = { select?: object | null };

const perRequest = new WeakMap<Context, Map<string, DataLoader<string, unknown>>>();

/**
 * The loader of `model`'s rows with `selection` in this request: another selection of the same field
 * (another alias) has a loader of its own. The selection always carries `id`, the key.
 */
export function rowsById<Row extends { id: string }, S extends Selection>(
  ctx: Context,
  model: string,
  selection: S,
  load: (ids: string[], selection: S) => Promise<Row[]>,
): DataLoader<string, Row | null> {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = new Map();
    perRequest.set(ctx, loaders);
  }
  const key = `${model}:${JSON.stringify(selection)}`;
  let loader = loaders.get(key) as DataLoader<string, Row | null> | undefined;
  if (!loader) {
    const keyed = selection.select ? { ...selection, select: { ...selection.select, id: true } } : selection;
    loader = new DataLoader(async (ids: readonly string[]) => {
      const found = new Map((await load([...ids], keyed)).map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    });
    loaders.set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/**
 * The row of `id` through rowsById, or null without an id. The loader is taken (the selection read)
 * either way: Pothos's prisma plugin warns of a field's selection that its resolver never read.
 */
export function rowById<Row extends { id: string }, S extends Selection>(
  ctx: Context,
  model: string,
  selection: S,
  load: (ids: string[], selection: S) => Promise<Row[]>,
  id: string | null,
): Promise<Row | null> {
  const loader = rowsById(ctx, model, selection, load);
  return id === null ? Promise.resolve(null) : loader.load(id);
}
