// An indicator or task added in the review holds what confirming needs and the form does not show.
import { describe, expect, it } from "vitest";
import { ADDED_TASK_SECTION, newIndicator, newTask } from "./addedItems.ts";
import type { ReviewedIndicator, ReviewedTask } from "./reviewedDraft.ts";

const indicator = (number: number, code = String(number)): ReviewedIndicator => ({
  number,
  code,
  group: "c",
  area: "PUBLIC_ORDER",
  name: `Chỉ tiêu ${number}`,
  sourceText: `(${number}) Chỉ tiêu ${number}`,
  applicableFromYear: null,
  note: null,
  targets: [],
  subIndicators: [],
});

describe("newIndicator", () => {
  it("takes the number after the largest, in the last indicator's group and area, with no targets", () => {
    expect(newIndicator({ indicators: [indicator(1), indicator(18), indicator(7)] })).toEqual({
      number: 19,
      code: "19",
      group: "c",
      area: "PUBLIC_ORDER",
      name: "",
      sourceText: "",
      applicableFromYear: null,
      note: null,
      targets: [],
      subIndicators: [],
    });
  });

  it("skips a code already taken, and starts at 1 in an empty list", () => {
    expect(newIndicator({ indicators: [indicator(2), indicator(1, "3")] })).toMatchObject({ number: 4, code: "4" });
    expect(newIndicator({ indicators: [] })).toMatchObject({ number: 1, code: "1", group: null, area: null });
  });
});

describe("newTask", () => {
  it("is a specific task of the “Bổ sung” section with the next free code, no lead unit nor deadline", () => {
    const task = (code: string) => ({ ...newTask({}), code, section: "III.1" }) as ReviewedTask;
    expect(newTask({ tasks: [task("TT.1"), task("BS.1"), task("BS.3")] })).toEqual({
      code: "BS.2",
      section: ADDED_TASK_SECTION,
      kind: "SPECIFIC",
      area: "GENERAL",
      bullet: null,
      title: "",
      content: "",
      lead: null,
      cooperating: [],
      deadline: null,
      outputs: [],
    });
    expect(ADDED_TASK_SECTION).toBe("Bổ sung");
  });
});
