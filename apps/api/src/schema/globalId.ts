// Reading a Relay global ID of a given type back to the row's UUID: the one decoder every part's
// input validators and filters use, so that all agree on what a well-formed ID is.
import { decodeGlobalID } from "@pothos/plugin-relay";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The database id inside a global ID of `typename` (surrounding blanks ignored), or null when it is not one. */
export function decodeId(globalId: string, typename: string): string | null {
  try {
    const decoded = decodeGlobalID(globalId.trim());
    return decoded.typename === typename && UUID.test(decoded.id) ? decoded.id : null;
  } catch {
    return null;
  }
}
