// The jurisdictions whose rows a viewer reads: its own and, for ADMIN, those directly below it (a
// city's administrator reads its wards), as the roles table says. A row filter for any model with
// a `jurisdiction` relation and a `jurisdictionId` column.
import type { Viewer } from "./viewer.ts";

/** Matches no row: the viewer has no jurisdiction (anonymous). */
const NO_JURISDICTION = "00000000-0000-0000-0000-000000000000";

export function readableJurisdictions(viewer: Viewer) {
  const id = viewer.jurisdictionId ?? NO_JURISDICTION;
  if (!viewer.roles.includes("ADMIN")) return { jurisdictionId: id };
  return { jurisdiction: { OR: [{ id }, { parentId: id }] } };
}
