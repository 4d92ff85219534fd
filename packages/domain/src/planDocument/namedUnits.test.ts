// What confirming makes of the units a draft's tasks name: the ward's unit, a new unit (listed once,
// in the order the API creates them), or nothing for a name of several bodies.
import { describe, expect, it } from "vitest";
import { hasLeadUnit, namedUnitOf, unitsToCreate } from "./namedUnits.ts";

const units = [
  { id: "1", name: "Văn phòng HĐND và UBND" },
  { id: "2", name: "Công an phường" },
  { id: "3", name: "Phòng Văn hóa - Xã hội" },
];

describe("namedUnitOf", () => {
  it("is the ward's unit a plan's name designates, however the plan spells it", () => {
    expect(namedUnitOf("Văn phòng HĐND và UBND phường", units)).toEqual({ kind: "existing", unit: units[0] });
    expect(namedUnitOf("Phòng Văn hoá - Xã hội", units)).toEqual({ kind: "existing", unit: units[2] });
  });

  it("is a new unit when the ward has none of that name, and nothing for several bodies or a blank name", () => {
    expect(namedUnitOf("Sở Y tế", units)).toEqual({ kind: "new" });
    expect(namedUnitOf("Các sở, ngành liên quan", units)).toEqual({ kind: "several" });
    expect(namedUnitOf("  ", units)).toBeNull();
    expect(namedUnitOf(null, units)).toBeNull();
  });
});

describe("unitsToCreate", () => {
  it("lists each new unit once, lead before cooperating, task by task", () => {
    const tasks = [
      { lead: "Văn phòng HĐND và UBND phường", cooperating: ["Sở Y tế", "Công an phường"] },
      { lead: "Sở Y tế", cooperating: ["Trung tâm Y tế khu vực", "Các đơn vị liên quan"] },
      { lead: "Ban Quản lý dự án", cooperating: [] },
    ];
    expect(unitsToCreate(tasks, units)).toEqual(["Sở Y tế", "Trung tâm Y tế khu vực", "Ban Quản lý dự án"]);
  });

  it("creates nothing for the cooperating units of a task without a single lead unit", () => {
    const tasks = [
      { lead: null, cooperating: ["Sở Y tế"] },
      { lead: "Các sở, ngành liên quan", cooperating: ["Sở Tư pháp"] },
    ];
    expect(unitsToCreate(tasks, units)).toEqual([]);
    expect(hasLeadUnit(null, units)).toBe(false);
    expect(hasLeadUnit("Các sở, ngành liên quan", units)).toBe(false);
    expect(hasLeadUnit("Sở Y tế", units)).toBe(true);
  });
});
