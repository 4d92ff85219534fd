// Who reports what on the Tân Hưng plan: lead and cooperating units, the Fatherland Front and the
// residential groups never expected, the office reporting for itself.
import { describe, expect, it } from "vitest";
import {
  expectedReporters,
  lineRoleOf,
  mayReportFor,
  partsLedByDifferentUnits,
  reportersOf,
  reportingAssignmentOf,
  reportsToCommittee,
  type UnitKind,
} from "./whoReports.ts";

const KINDS: Record<string, UnitKind> = {
  vp: "OFFICE",
  kt: "SPECIALISED_OFFICE",
  vhxh: "SPECIALISED_OFFICE",
  hcc: "CENTRE",
  ca: "POLICE",
  qs: "MILITARY",
  mttq: "FRONT",
  doantn: "MASS_ORGANISATION",
  tdp: "RESIDENTIAL_GROUP",
  thngocson: "SCHOOL",
};
const kindOf = (id: string) => KINDS[id];

describe("lineRoleOf", () => {
  const indicator6 = { leadUnitId: "kt", cooperatingUnitIds: ["vhxh"] };
  it("the lead unit's line is official, a cooperating unit's a contribution, others have none", () => {
    expect(lineRoleOf(indicator6, "kt")).toBe("LEAD");
    expect(lineRoleOf(indicator6, "vhxh")).toBe("CONTRIBUTION");
    expect(lineRoleOf(indicator6, "ca")).toBeNull();
  });
});

describe("reportingAssignmentOf", () => {
  // (15): the public administration centre leads, Phòng VH-XH cooperates.
  const indicator15 = { leadUnitId: "hcc", cooperatingUnitIds: ["vhxh"] };
  const satisfaction = { leadUnitId: "vhxh", cooperatingUnitIds: ["mttq"] };

  it("a part without its own assignment answers to its composite's; with one, to its own", () => {
    expect(reportingAssignmentOf({ own: null, parent: indicator15 }, "vp")).toEqual(indicator15);
    expect(reportingAssignmentOf({ own: satisfaction, parent: indicator15 }, "vp")).toEqual(satisfaction);
  });

  it("a composite whose parts share one lead stays with that lead", () => {
    const composite = { own: indicator15, parts: [null, null, null, null] };
    expect(partsLedByDifferentUnits(composite)).toBe(false);
    expect(reportingAssignmentOf(composite, "vp")).toEqual(indicator15);
    expect(lineRoleOf(indicator15, "vp")).toBeNull();
  });

  it("a composite whose parts are led by different units is the office's to report, from everyone's figures", () => {
    const composite = { own: indicator15, parts: [null, null, null, satisfaction] };
    expect(partsLedByDifferentUnits(composite)).toBe(true);
    const assignment = reportingAssignmentOf(composite, "vp");
    expect(assignment).toEqual({ leadUnitId: "vp", cooperatingUnitIds: ["hcc", "vhxh", "mttq"] });
    if (!assignment) throw new Error("no assignment");
    expect(lineRoleOf(assignment, "vp")).toBe("LEAD");
    expect(lineRoleOf(assignment, "hcc")).toBe("CONTRIBUTION");
    expect(lineRoleOf(assignment, "vhxh")).toBe("CONTRIBUTION");
    expect(lineRoleOf(assignment, "ca")).toBeNull();
    // Only units of the committee are expected to report on it: not the Front.
    expect(reportersOf(assignment, kindOf)).toEqual(["vp", "hcc", "vhxh"]);
    // Each part stays with its own lead.
    expect(reportingAssignmentOf({ own: null, parent: indicator15 }, "vp")?.leadUnitId).toBe("hcc");
    expect(reportingAssignmentOf({ own: satisfaction, parent: indicator15 }, "vp")?.leadUnitId).toBe("vhxh");
  });

  it("a composite with parts of different leads and no office in the ward keeps its own lead", () => {
    expect(reportingAssignmentOf({ own: indicator15, parts: [null, satisfaction] }, null)).toEqual(indicator15);
  });

  it("the office leading the composite itself is not listed as its own contributor", () => {
    const own = { leadUnitId: "vp", cooperatingUnitIds: [] };
    expect(reportingAssignmentOf({ own, parts: [{ leadUnitId: "kt", cooperatingUnitIds: [] }, null] }, "vp")).toEqual({
      leadUnitId: "vp",
      cooperatingUnitIds: ["kt"],
    });
  });
});

describe("expected reporters", () => {
  it("supervising and self-governing bodies cooperate but are never expected to report", () => {
    expect(reportsToCommittee("FRONT")).toBe(false);
    expect(reportsToCommittee("MASS_ORGANISATION")).toBe(false);
    expect(reportsToCommittee("RESIDENTIAL_GROUP")).toBe(false);
    // (14): Phòng VH-XH leads; the Front and the residential groups cooperate.
    expect(reportersOf({ leadUnitId: "vhxh", cooperatingUnitIds: ["mttq", "tdp"] }, kindOf)).toEqual(["vhxh"]);
  });

  it("the plan's expected reporters are every lead and cooperating unit of the committee, once each", () => {
    const assignments = [
      { leadUnitId: "kt", cooperatingUnitIds: ["vhxh"] },
      { leadUnitId: "hcc", cooperatingUnitIds: ["vhxh"] },
      { leadUnitId: "vp", cooperatingUnitIds: ["mttq", "doantn"] },
      { leadUnitId: "ca", cooperatingUnitIds: ["qs", "tdp"] },
      { leadUnitId: "vhxh", cooperatingUnitIds: ["thngocson"] },
    ];
    expect([...expectedReporters(assignments, kindOf)].sort()).toEqual([
      "ca",
      "hcc",
      "kt",
      "qs",
      "thngocson",
      "vhxh",
      "vp",
    ]);
  });

  it("a unit not known (archived, another ward's) is not expected", () => {
    expect(reportersOf({ leadUnitId: "gone", cooperatingUnitIds: [] }, kindOf)).toEqual([]);
  });
});

describe("mayReportFor", () => {
  const kt = { id: "kt", kind: "SPECIALISED_OFFICE" as const };
  const vp = { id: "vp", kind: "OFFICE" as const };
  const mttq = { id: "mttq", kind: "FRONT" as const };

  it("staff draft and the head submits, for their own unit only", () => {
    const staff = { roles: ["UNIT_STAFF"], unitIds: ["kt"] };
    const head = { roles: ["UNIT_HEAD"], unitIds: ["kt"] };
    expect(mayReportFor(staff, kt, "DRAFT")).toBe(true);
    expect(mayReportFor(staff, kt, "SUBMIT")).toBe(false);
    expect(mayReportFor(head, kt, "SUBMIT")).toBe(true);
    expect(mayReportFor(head, { id: "vhxh", kind: "SPECIALISED_OFFICE" }, "DRAFT")).toBe(false);
  });

  it("the office's staff report for the office (it leads key tasks), not for another unit", () => {
    const office = { roles: ["OFFICE"], unitIds: ["vp"] };
    expect(mayReportFor(office, vp, "DRAFT")).toBe(true);
    expect(mayReportFor(office, vp, "SUBMIT")).toBe(true);
    expect(mayReportFor({ roles: ["OFFICE"], unitIds: ["kt"] }, kt, "DRAFT")).toBe(false);
  });

  it("the Fatherland Front never reports, whatever the role", () => {
    expect(mayReportFor({ roles: ["UNIT_HEAD", "SUPERVISOR"], unitIds: ["mttq"] }, mttq, "DRAFT")).toBe(false);
    expect(mayReportFor({ roles: ["SUPERVISOR"], unitIds: ["mttq"] }, mttq, "DRAFT")).toBe(false);
  });

  it("leaders and admins do not fill units' reports", () => {
    expect(mayReportFor({ roles: ["LEADER", "ADMIN"], unitIds: ["kt"] }, kt, "DRAFT")).toBe(false);
  });
});
