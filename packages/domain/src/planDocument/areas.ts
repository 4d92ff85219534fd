// The area (lĩnh vực, prisma/seed/areas.yaml) a heading or an item belongs to, from its words.
import { fold } from "./text.ts";
import type { AreaCode } from "./types.ts";

type Keywords = [AreaCode, string[]][];

const AREAS: Keywords = [
  ["ECONOMY", ["kinh te", "ha tang", "do thi", "tai chinh", "ngan sach", "nong nghiep", "thuong mai"]],
  ["CULTURE_SOCIETY", ["van hoa", "xa hoi", "giao duc", "y te", "an sinh"]],
  ["JUSTICE", ["tu phap", "tiep cong dan", "khieu nai", "to cao", "tham nhung", "phap luat"]],
  ["DEFENCE_SECURITY", ["quoc phong", "an ninh", "quan su", "trat tu"]],
];

// Within defence and security: local military affairs, public order, or justice items filed there.
const DEFENCE_PARTS: Keywords = [
  ["MILITARY", ["quan su", "quoc phong", "nhap ngu", "dan quan", "du bi dong vien", "quan doi", "tuyen quan"]],
  ["PUBLIC_ORDER", ["an ninh", "trat tu", "toi pham", "ma tuy", "giao thong", "chay no"]],
  ["JUSTICE", ["tiep can phap luat", "tu phap", "tham nhung", "khieu nai", "to cao"]],
];

/** The area whose keyword comes first in the text (a heading names its main area first). */
function firstArea(text: string, keywords: Keywords): AreaCode | null {
  const folded = fold(text);
  let best: { area: AreaCode; at: number } | null = null;
  for (const [area, words] of keywords) {
    for (const word of words) {
      const at = new RegExp(`(?<![a-z])${word}(?![a-z])`).exec(folded)?.index;
      if (at !== undefined && (best === null || at < best.at)) best = { area, at };
    }
  }
  return best?.area ?? null;
}

/**
 * The area of a heading ("a) Về phát triển kinh tế" → ECONOMY, "Lĩnh vực văn hóa – xã hội" →
 * CULTURE_SOCIETY); "kinh tế - xã hội" names the whole plan, so such a heading is GENERAL.
 */
export function areaOf(text: string): AreaCode | null {
  if (/kinh te\s*[-–]\s*xa hoi/.test(fold(text))) return "GENERAL";
  return firstArea(text, AREAS);
}

/** Narrows DEFENCE_SECURITY to MILITARY, PUBLIC_ORDER or JUSTICE from the item's words. */
export function refineArea(area: AreaCode | null, text: string): AreaCode | null {
  if (area !== "DEFENCE_SECURITY") return area;
  return firstArea(text, DEFENCE_PARTS) ?? area;
}
