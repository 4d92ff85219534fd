// Which draft items the review form shows open. Indicators and tasks are many: each shows one line
// (what it is, its source lines, its confidence) and opens to be edited. Items the parser was
// unsure of start open, and so do those added by hand and those a refused confirmation names.
import { createContext, useContext } from "react";

export interface ExpandedItems {
  /** `key` is the item's form path ("indicators.5"); `startsOpen` says whether it is open until toggled. */
  isOpen(key: string, startsOpen: boolean): boolean;
  setOpen(key: string, open: boolean): void;
}

export const ExpandedItemsContext = createContext<ExpandedItems>({ isOpen: () => true, setOpen: () => undefined });

export const useExpandedItems = () => useContext(ExpandedItemsContext);

const COLLAPSIBLE = new Set(["indicators", "tasks"]);

/** The collapsible item holding the field at `path` (["indicators", "0", "targets", …] → "indicators.0"). */
export function itemKeyOf(path: string[]): string | null {
  const [list, index] = path;
  return list && COLLAPSIBLE.has(list) && index !== undefined && /^\d+$/.test(index) ? `${list}.${index}` : null;
}
