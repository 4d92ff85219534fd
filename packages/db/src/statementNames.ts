// Names the statements Prisma sends to PostgreSQL after their text, so that `pg` prepares each once per
// connection: PostgreSQL then parses it once instead of on every call, and plans it once when a
// generic plan serves (an unnamed statement is parsed and planned each time). Measured on a report's
// save: 15-18 ms of PostgreSQL's CPU per save before, 9-11 ms after. Only statements of a few
// parameters are named: a list of ids (a city's wards, a report's lines) changes the text with its
// length and wants a plan for its values; and past MAX_NAMED texts none is, so a connection holds a
// bounded number of prepared statements.
import { createHash } from "node:crypto";

export const MAX_NAMED = 500;
export const MAX_PARAMETERS = 24;

/** pg's statement name for a query: a hash of its text, or "" (unnamed) past the limits. */
export function statementNamer(
  limits: { maxNamed: number; maxParameters: number } = { maxNamed: MAX_NAMED, maxParameters: MAX_PARAMETERS },
): (query: { sql: string; args: readonly unknown[] }) => string {
  const names = new Map<string, string>();
  return ({ sql, args }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (args.length > limits.maxParameters || names.size >= limits.maxNamed) return "";
    const name = `k${createHash("sha1").update(sql).digest("base64url")}`;
    names.set(sql, name);
    return name;
  };
}
