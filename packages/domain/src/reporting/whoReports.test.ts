// Who reports what on the Tân Hưng plan: lead and cooperating units, the Fatherland Front and the
// residential groups never expected, the office reporting for itself.
import { describe, expect, it } from "vitest";
import {
  expectedReporters,
  lineRoleOf,
  mayReportFor,
  reportersOf,
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
