import { describe, expect, it } from "vitest";
import type { Context } from "../context.ts";
import { rowById, rowsById } from "./rowsById.ts";

type Row = { id: string; title?: string };
type Selection = { select?: Record<string, boolean> };

function recording(rows: Row[]) {
  const calls: { ids: string[]; selection: Selection }[] = [];
  const load = async (ids: string[], selection: Selection) => {
    calls.push({ ids, selection });
    return rows.filter((row) => ids.includes(row.id));
  };
  return { load, calls };
}

const request = () => ({}) as Context;

describe("rowsById", () => {
  it("answers the rows of a list from one load, each id once", async () => {
    const { load, calls } = recording([{ id: "a" }, { id: "b" }, { id: "c" }]);
    const ctx = request();
    const rows = await Promise.all(["a", "b", "a", "c"].map((id) => rowsById(ctx, "Plan", {}, load).load(id)));
    expect(rows).toEqual([{ id: "a" }, { id: "b" }, { id: "a" }, { id: "c" }]);
    expect(calls).toEqual([{ ids: ["a", "b", "c"], selection: {} }]);
  });

  it("loads again for another selection or another request, and adds the id to a selection that lacks it", async () => {
    const { load, calls } = recording([{ id: "a", title: "Tân Hưng" }]);
    const ctx = request();
    await rowsById(ctx, "Plan", { select: { title: true } }, load).load("a");
    await rowsById(ctx, "Plan", { select: { title: true } }, load).load("a");
    await rowsById(ctx, "Plan", {}, load).load("a");
    await rowsById(request(), "Plan", {}, load).load("a");
    expect(calls.map((c) => c.selection)).toEqual([{ select: { title: true, id: true } }, {}, {}]);
  });

  it("answers null for an id the load did not return", async () => {
    const { load } = recording([{ id: "a" }]);
    expect(await rowsById(request(), "Plan", {}, load).load("b")).toBeNull();
  });

  it("answers null without an id, loading nothing, and the row of an id through the same loader", async () => {
    const { load, calls } = recording([{ id: "a" }]);
    const ctx = request();
    expect(await rowById(ctx, "Plan", {}, load, null)).toBeNull();
    expect(calls).toEqual([]);
    expect(await rowById(ctx, "Plan", {}, load, "a")).toEqual({ id: "a" });
    expect(calls).toEqual([{ ids: ["a"], selection: {} }]);
  });
});
