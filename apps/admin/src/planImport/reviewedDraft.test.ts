// The draft the review form holds and sends: tasks keep their lead unit, cooperating units and
// deadline; an indicator added by hand is sent with its name as its words; an item without source
// lines shows none.
import { parsePlanDocument, planDraftToJson } from "@kehoach/domain";
import { describe, expect, it } from "vitest";
import seedPlan from "../../../../prisma/seed/ke-hoach-tan-hung-2026.md?raw";
import { newIndicator, newTask } from "./addedItems.ts";
import { draftToConfirm, evidenceAt, reviewedDraftOf } from "./reviewedDraft.ts";

const draft = planDraftToJson(parsePlanDocument(seedPlan));

describe("reviewedDraftOf", () => {
  it("keeps each task's lead unit, cooperating units and deadline, and gives empty ones to a draft without them", () => {
    const named = {
      ...draft,
      tasks: [{ ...draft.tasks[0], lead: "Sở Y tế", cooperating: ["Công an phường"], deadline: "Quý IV/2026" }],
    } as typeof draft;
    expect(reviewedDraftOf(named).tasks[0]).toMatchObject({
      lead: "Sở Y tế",
      cooperating: ["Công an phường"],
      deadline: "Quý IV/2026",
    });
    const older = { ...draft, tasks: [{ ...draft.tasks[0], lead: undefined, cooperating: undefined }] };
    expect(reviewedDraftOf(older as unknown as typeof draft).tasks[0]).toMatchObject({
      lead: null,
      cooperating: [],
      deadline: null,
    });
  });
});

describe("draftToConfirm", () => {
  it("gives an added indicator its name as its words, and sends the rest as the form holds it", () => {
    const reviewed = reviewedDraftOf(draft);
    const added = { ...newIndicator(reviewed), name: "Tỷ lệ hộ dùng nước sạch" };
    const task = { ...newTask(reviewed), title: "Rà soát", content: "Rà soát hộ nghèo." };
    const sent = draftToConfirm({ ...reviewed, indicators: [...reviewed.indicators, added], tasks: [task] });
    expect(sent.indicators.at(-1)?.sourceText).toBe("Tỷ lệ hộ dùng nước sạch");
    expect(sent.indicators.slice(0, -1)).toEqual(draft.indicators);
    expect(sent.tasks).toEqual([task]);
  });
});

describe("evidenceAt", () => {
  it("is the innermost item's source lines, and none for an item added by hand", () => {
    const reviewed = reviewedDraftOf(draft);
    const values = { ...reviewed, tasks: [...reviewed.tasks, newTask(reviewed)] };
    expect(evidenceAt(values, "indicators.5.targets.0.value")).toEqual(draft.indicators[5]?.targets[0]?.evidence);
    expect(evidenceAt(values, "tasks.0.title")).toEqual(draft.tasks[0]?.evidence);
    expect(evidenceAt(values, `tasks.${reviewed.tasks.length}.title`)).toBeNull();
    expect(evidenceAt(values, "tasks.99.cooperating.0")).toBeNull();
  });
});
