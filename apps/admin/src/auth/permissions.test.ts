// The console's menus, routes and buttons ask canAccess, answered from the access policy of
// packages/domain: each role sees the screens it may use, and no form it may not send.
import { describe, expect, it } from "vitest";
import { permissionsFor } from "../../test/support/signedInAs.ts";
import { CONSOLE_RESOURCES, canAccess, seesDashboard } from "./permissions.ts";

const inUnit = { unitId: "VW5pdDprdA==", unitName: "Phòng Kinh tế", unitKind: "SPECIALISED_OFFICE" as const };

describe("canAccess", () => {
  it("lets the office edit the plan, its periods and assignments, but not units, users or tokens", () => {
    const office = permissionsFor("OFFICE");
    for (const resource of ["plans", "indicators", "tasks", "reportingPeriods", "assignments"]) {
      expect(canAccess(office, resource, "edit")).toBe(true);
      expect(canAccess(office, resource, "create")).toBe(true);
    }
    expect(canAccess(office, "units", "list")).toBe(true);
    expect(canAccess(office, "units", "edit")).toBe(false);
    expect(canAccess(office, "users", "list")).toBe(false);
    expect(canAccess(office, "auditEvents", "list")).toBe(true);
  });

  it("lets an administrator manage units and accounts and read the audit log", () => {
    const admin = permissionsFor("ADMIN");
    expect(canAccess(admin, "units", "edit")).toBe(true);
    expect(canAccess(admin, "users", "list")).toBe(true);
    expect(canAccess(admin, "users", "create")).toBe(true);
    expect(canAccess(admin, "auditEvents", "show")).toBe(true);
  });

  it("offers the wards below a city (or province) to its administrator only", () => {
    for (const jurisdictionKind of ["CITY", "PROVINCE"] as const) {
      const cityAdmin = permissionsFor("ADMIN", { jurisdictionKind });
      expect(canAccess(cityAdmin, "jurisdictions", "list")).toBe(true);
      expect(canAccess(cityAdmin, "jurisdictions", "create")).toBe(true);
    }
    for (const jurisdictionKind of ["WARD", "COMMUNE", "SPECIAL_ZONE"] as const) {
      const wardAdmin = permissionsFor("ADMIN", { jurisdictionKind });
      expect(canAccess(wardAdmin, "jurisdictions", "list")).toBe(false);
      expect(canAccess(wardAdmin, "jurisdictions", "create")).toBe(false);
    }
    for (const role of ["OFFICE", "LEADER", "SUPERVISOR"] as const) {
      const cityPerson = permissionsFor(role, { jurisdictionKind: "CITY" });
      expect(canAccess(cityPerson, "jurisdictions", "list")).toBe(false);
      expect(canAccess(cityPerson, "jurisdictions", "create")).toBe(false);
    }
  });

  it("gives a leader the plan and the reports to read, and no form", () => {
    const leader = permissionsFor("LEADER");
    expect(canAccess(leader, "plans", "list")).toBe(true);
    expect(canAccess(leader, "progressReports", "list")).toBe(true);
    expect(canAccess(leader, "plans", "edit")).toBe(false);
    expect(canAccess(leader, "units", "edit")).toBe(false);
    expect(canAccess(leader, "auditEvents", "list")).toBe(false);
    expect(seesDashboard(leader)).toBe(true);
  });

  it("shows unit staff their unit's reports, not the audit log or accounts, and no dashboard", () => {
    const staff = permissionsFor("UNIT_STAFF", inUnit);
    expect(canAccess(staff, "progressReports", "list")).toBe(true);
    expect(canAccess(permissionsFor("UNIT_STAFF"), "progressReports", "list")).toBe(false);
    expect(canAccess(staff, "auditEvents", "list")).toBe(false);
    expect(canAccess(staff, "users", "list")).toBe(false);
    expect(canAccess(staff, "progressReports", "edit")).toBe(false);
    expect(seesDashboard(staff)).toBe(false);
  });

  it("shows the reminders to the people of a unit, whatever their role, and to no one outside a unit", () => {
    for (const role of ["UNIT_STAFF", "UNIT_HEAD", "OFFICE", "LEADER"] as const) {
      expect(canAccess(permissionsFor(role, inUnit), "notifications", "list")).toBe(true);
      expect(canAccess(permissionsFor(role), "notifications", "list")).toBe(false);
    }
    expect(canAccess(permissionsFor("ADMIN"), "notifications", "list")).toBe(false);
  });

  it("refuses everything to nobody and to a screen the console does not have", () => {
    for (const resource of Object.keys(CONSOLE_RESOURCES)) expect(canAccess(undefined, resource, "list")).toBe(false);
    expect(canAccess(permissionsFor("ADMIN"), "apiTokens", "list")).toBe(false);
  });
});
