// Which source lines the review shows: set by focusing a draft item or clicking its line chip (and
// cleared by focusing an item that has none, added by hand), read by the source text column, which
// highlights them and scrolls to them. A small store rather
// than state of the review, so that showing lines re-renders the source column only, not the form.
import type { Evidence } from "@kehoach/domain";
import { createContext, useContext, useSyncExternalStore } from "react";

export interface EvidenceStore {
  /** Null shows none. */
  show(evidence: Evidence | null): void;
  current(): Evidence | null;
  subscribe(listener: () => void): () => void;
}

export function createEvidenceStore(): EvidenceStore {
  let current: Evidence | null = null;
  const listeners = new Set<() => void>();
  return {
    show(evidence) {
      if (evidence === current) return;
      current = evidence;
      for (const listener of listeners) listener();
    },
    current: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const EvidenceContext = createContext<EvidenceStore>(createEvidenceStore());

export const useShowEvidence = () => useContext(EvidenceContext).show;

export function useShownEvidence(): Evidence | null {
  const store = useContext(EvidenceContext);
  return useSyncExternalStore(store.subscribe, store.current);
}
