// Reading a Relay global ID of a given type back to the row's UUID: the one decoder every part's
// input validators and filters use, so that all agree on what a well-formed ID is.
import { decodeGlobalID } from "@pothos/plugin-relay";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID no row has: a filter on it matches nothing (an unknown ID, a viewer with no account). */
export const NO_SUCH_ID = "00000000-0000-0000-0000-000000000000";

/**
 * The database id a filter by a global ID compares with: the id inside it, NO_SUCH_ID when it is not
 * one of `typename` (so the filter matches nothing), undefined when there is no filter.
 */
export function filterId(value: string | number | null | undefined, typename: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  return decodeId(String(value), typename) ?? NO_SUCH_ID;
}

/** The database id inside a global ID of `typename` (surrounding blanks ignored), or null when it is not one. */
export function decodeId(globalId: string, typename: string): string | null {
  try {
    const decoded = decodeGlobalID(globalId.trim());
    return decoded.typename === typename && UUID.test(decoded.id) ? decoded.id : null;
  } catch {
    return null;
  }
}
