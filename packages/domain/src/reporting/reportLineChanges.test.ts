// A saved draft's lines kept by task or indicator: only what changed is written, ids stay.
import { describe, expect, it } from "vitest";
import { reportLineChanges } from "./reportLineChanges.ts";

/** As the database returns a Decimal column: an object that prints its value. */
const decimal = (text: string) => ({ toString: () => text });

describe("reportLineChanges", () => {
  const saved = [
    { id: "l1", taskId: "t1", status: "IN_PROGRESS", percentDone: decimal("40"), results: "Đang làm." },
    { id: "l2", taskId: "t2", status: "DONE", percentDone: decimal("100"), results: null },
    { id: "l3", taskId: "t3", status: "NOT_STARTED", percentDone: null, results: null },
  ];

  it("the same lines sent again write nothing", () => {
    const wanted = [
      { taskId: "t1", status: "IN_PROGRESS", percentDone: 40, results: "Đang làm." },
      { taskId: "t2", status: "DONE", percentDone: 100, results: null },
      { taskId: "t3", status: "NOT_STARTED", percentDone: null, results: null },
    ];
    expect(reportLineChanges("taskId", saved, wanted)).toEqual({ create: [], update: [], remove: [] });
  });

  it("a changed line is updated under its own id, a new one created, a dropped one removed", () => {
    const wanted = [
      { taskId: "t1", status: "IN_PROGRESS", percentDone: 41, results: "Đang làm." },
      { taskId: "t3", status: "NOT_STARTED", percentDone: null, results: null },
      { taskId: "t4", status: "IN_PROGRESS", percentDone: 10, results: null },
    ];
    expect(reportLineChanges("taskId", saved, wanted)).toEqual({
      create: [wanted[2]],
      update: [{ id: "l1", data: wanted[0] }],
      remove: ["l2"],
    });
  });

  it("an emptied field, or a text that reads 'null', is a change", () => {
    const emptied = reportLineChanges("taskId", saved.slice(0, 1), [
      { taskId: "t1", status: "IN_PROGRESS", percentDone: null, results: "Đang làm." },
    ]);
    expect(emptied.update.map((u) => u.id)).toEqual(["l1"]);
    const typed = reportLineChanges("taskId", saved.slice(2), [
      { taskId: "t3", status: "NOT_STARTED", percentDone: null, results: "null" },
    ]);
    expect(typed.update.map((u) => u.id)).toEqual(["l3"]);
  });

  it("decimals compare by value as printed: one more digit is written, never lost", () => {
    const lines = [{ id: "i1", indicatorId: "c1", valueToDate: decimal("84.9"), achieved: null }];
    const same = reportLineChanges("indicatorId", lines, [{ indicatorId: "c1", valueToDate: "84.9", achieved: null }]);
    expect(same.update).toEqual([]);
    const finer = reportLineChanges("indicatorId", lines, [
      { indicatorId: "c1", valueToDate: "84.900001", achieved: null },
    ]);
    expect(finer.update.map((u) => u.id)).toEqual(["i1"]);
    const flag = reportLineChanges("indicatorId", lines, [{ indicatorId: "c1", valueToDate: "84.9", achieved: false }]);
    expect(flag.update.map((u) => u.id)).toEqual(["i1"]);
  });
});
