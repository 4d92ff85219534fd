// The one way a `search` argument becomes a LIKE (Prisma's `contains`).

/**
 * Case-insensitive "contains" on a text column. Prisma passes `%` and `_` through as wildcards, so
 * they (and the escape character `\`) are escaped to match themselves.
 */
export function contains(search: string) {
  return { contains: search.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const };
}
