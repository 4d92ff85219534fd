import { describe, expect, it } from "vitest";
import { listLoader } from "./listLoader.ts";

type Row = { id: string; title?: string };

function recordingLoader(rows: Row[]) {
  const calls: { ids: string[]; selection: { select?: Record<string, boolean> } }[] = [];
  const load = listLoader(["a", "b", "a", "c"], async (ids, selection: { select?: Record<string, boolean> }) => {
    calls.push({ ids, selection });
    return rows.filter((row) => ids.includes(row.id));
  });
  return { load, calls };
}

describe("listLoader", () => {
  it("answers every row of the list from one load of the ids, each id once", async () => {
    const { load, calls } = recordingLoader([{ id: "a" }, { id: "b" }, { id: "c" }]);
    const rows = await Promise.all(["a", "b", "c"].map((id) => load(id, {})));
    expect(rows).toEqual([{ id: "a" }, { id: "b" }, { id: "c" }]);
    expect(calls).toEqual([{ ids: ["a", "b", "c"], selection: {} }]);
  });

  it("loads again for another selection, and adds the id to a selection that lacks it", async () => {
    const { load, calls } = recordingLoader([{ id: "a", title: "Tân Hưng" }]);
    await load("a", { select: { title: true } });
    await load("a", { select: { title: true } });
    await load("a", {});
    expect(calls.map((c) => c.selection)).toEqual([{ select: { title: true, id: true } }, {}]);
  });

  it("answers null for an id the load did not return", async () => {
    const { load } = recordingLoader([{ id: "a" }]);
    expect(await load("b", {})).toBeNull();
  });
});
