// Specification of evaluation statuses: labels and how the statuses of parts combine.
import { describe, expect, it } from "vitest";
import { combineStatuses, EVALUATION_STATUSES, evaluationStatusLabel } from "./status.ts";

describe("evaluation status labels", () => {
  it("names every status in Vietnamese and English", () => {
    for (const status of EVALUATION_STATUSES) {
      expect(evaluationStatusLabel(status, "vi")).not.toBe("");
      expect(evaluationStatusLabel(status, "en")).not.toBe("");
    }
    expect(evaluationStatusLabel("AT_RISK", "vi")).toBe("Có nguy cơ không đạt");
    expect(evaluationStatusLabel("NOT_ACHIEVED", "en")).toBe("Not achieved");
  });
});

describe("combineStatuses", () => {
  it("is ACHIEVED only when every part is", () => {
    expect(combineStatuses(["ACHIEVED", "ACHIEVED"])).toBe("ACHIEVED");
    expect(combineStatuses(["ACHIEVED", "ON_TRACK"])).toBe("ON_TRACK");
  });

  it("takes the worst part", () => {
    expect(combineStatuses(["ON_TRACK", "AT_RISK", "ACHIEVED"])).toBe("AT_RISK");
    expect(combineStatuses(["AT_RISK", "OFF_TRACK"])).toBe("OFF_TRACK");
    expect(combineStatuses(["OFF_TRACK", "NOT_ACHIEVED", "NO_DATA"])).toBe("NOT_ACHIEVED");
  });

  it("lets a part without data stop the whole from being on track, but not hide a known problem", () => {
    expect(combineStatuses(["ON_TRACK", "NO_DATA"])).toBe("NO_DATA");
    expect(combineStatuses(["AT_RISK", "NO_DATA"])).toBe("AT_RISK");
  });

  it("leaves out parts that do not apply yet", () => {
    expect(combineStatuses(["ACHIEVED", "NOT_APPLICABLE"])).toBe("ACHIEVED");
    expect(combineStatuses(["NOT_APPLICABLE"])).toBe("NOT_APPLICABLE");
    expect(combineStatuses([])).toBe("NOT_APPLICABLE");
  });
});
