// How a leader in charge is named on the assignment screens and in the leader choices.
import { describe, expect, it } from "vitest";
import { leaderName } from "./leaderName.ts";

describe("leaderName", () => {
  it("adds the title after a person's name", () => {
    expect(leaderName({ displayName: "Vũ Công Thảo", title: "Chủ tịch UBND phường" })).toBe(
      "Vũ Công Thảo (Chủ tịch UBND phường)",
    );
  });

  it("does not repeat a title the name already says", () => {
    expect(leaderName({ displayName: "Phó Chủ tịch UBND phường (Kinh tế)", title: "Phó Chủ tịch UBND phường" })).toBe(
      "Phó Chủ tịch UBND phường (Kinh tế)",
    );
    expect(leaderName({ displayName: "phó chủ tịch UBND phường (Văn hóa)", title: "Phó Chủ tịch UBND phường " })).toBe(
      "phó chủ tịch UBND phường (Văn hóa)",
    );
  });

  it("gives the name alone when there is no title", () => {
    expect(leaderName({ displayName: "Vũ Công Thảo", title: null })).toBe("Vũ Công Thảo");
    expect(leaderName({ displayName: "Vũ Công Thảo", title: " " })).toBe("Vũ Công Thảo");
  });
});
