import { describe, expect, it } from "vitest";
import {
  type Actor,
  FOLLOWS,
  mayDo,
  mayDoInOwnJurisdiction,
  mayRead,
  mayReadField,
  mayReadInOwnJurisdiction,
  type ObjectFacts,
  READ_POLICY,
  reachOf,
  readerRoles,
  reviewRefusal,
  rolesFor,
} from "./policy.ts";

// Two wards of one city, and a ward of another city.
const CITY = "city";
const WARD = "ward-a";
const OTHER_WARD = "ward-b";
const FAR_WARD = "ward-far";

function person(roles: string[], jurisdictionId = WARD, extra: Partial<Actor> = {}): Actor {
  return {
    kind: "user",
    userId: `u-${roles.join("-")}-${jurisdictionId}`,
    roles,
    scopes: [],
    unitIds: [],
    jurisdictionId,
    belowJurisdictionIds: jurisdictionId === CITY ? [WARD, OTHER_WARD] : [],
    ...extra,
  };
}
const anonymous: Actor = {
  kind: "anonymous",
  userId: null,
  roles: [],
  scopes: [],
  unitIds: [],
  jurisdictionId: null,
  belowJurisdictionIds: [],
};
function token(scopes: string[], roles = ["API_CLIENT"]): Actor {
  return { ...person(roles), kind: "apiClient", scopes };
}

const admin = person(["ADMIN"]);
const office = person(["OFFICE"], WARD, { unitIds: ["vp"] });
const leader = person(["LEADER"]);
const head = person(["UNIT_HEAD"], WARD, { unitIds: ["kt"] });
const staff = person(["UNIT_STAFF"], WARD, { unitIds: ["kt"] });
const supervisor = person(["SUPERVISOR"]);
const otherOffice = person(["OFFICE"], OTHER_WARD);
const otherAdmin = person(["ADMIN"], OTHER_WARD);
const cityAdmin = person(["ADMIN"], CITY);
const cityOffice = person(["OFFICE"], CITY);
const cityLeader = person(["LEADER"], CITY);

const draftPlan: ObjectFacts = { jurisdictionId: WARD, status: "DRAFT", published: false };
const activePlan: ObjectFacts = { jurisdictionId: WARD, status: "ACTIVE", published: false };
const publishedPlan: ObjectFacts = { jurisdictionId: WARD, status: "ACTIVE", published: true };

describe("reach", () => {
  it("places an object in the actor's ward, in a ward below its city, or outside", () => {
    expect(reachOf(office, WARD)).toBe("OWN");
    expect(reachOf(cityOffice, WARD)).toBe("BELOW");
    expect(reachOf(cityOffice, FAR_WARD)).toBe("OUTSIDE");
    expect(reachOf(office, OTHER_WARD)).toBe("OUTSIDE");
    expect(reachOf(anonymous, WARD)).toBe("OUTSIDE");
  });
});

describe("plans", () => {
  const readers = (plan: ObjectFacts) =>
    Object.entries({
      admin,
      office,
      leader,
      head,
      staff,
      supervisor,
      otherOffice,
      otherAdmin,
      cityAdmin,
      cityOffice,
      cityLeader,
      anonymous,
      planToken: token(["plan:read"]),
      reportToken: token(["report:read"]),
    })
      .filter(([, actor]) => mayRead(actor, "Plan", plan))
      .map(([name]) => name);

  it("a draft is read by its ward's ADMIN and OFFICE only", () => {
    expect(readers(draftPlan)).toEqual(["admin", "office"]);
  });

  it("an issued, unpublished plan is read in its ward, by a plan:read token and by the city's ADMIN", () => {
    expect(readers(activePlan)).toEqual([
      "admin",
      "office",
      "leader",
      "head",
      "staff",
      "supervisor",
      "cityAdmin",
      "planToken",
    ]);
  });

  it("a published plan is read by everyone, other wards and the city included", () => {
    expect(readers(publishedPlan)).toHaveLength(14);
  });

  it("a token of an office account acts by its scopes, not by the account's role", () => {
    expect(mayRead(token([], ["OFFICE"]), "Plan", draftPlan)).toBe(false);
    expect(mayRead(token(["report:read"], ["OFFICE"]), "Plan", activePlan)).toBe(false);
  });
});

describe("progress reports", () => {
  const report = (status: string, unitId = "kt"): ObjectFacts => ({ jurisdictionId: WARD, status, unitId });

  it("a draft stays with its unit", () => {
    expect(mayRead(head, "ProgressReport", report("DRAFT"))).toBe(true);
    expect(mayRead(staff, "ProgressReport", report("DRAFT"))).toBe(true);
    for (const actor of [admin, office, leader, supervisor, token(["report:read"])]) {
      expect(mayRead(actor, "ProgressReport", report("DRAFT"))).toBe(false);
    }
  });

  it("a sent report is read in its ward; a unit's staff read only their unit's", () => {
    for (const actor of [admin, office, leader, supervisor, token(["report:read"])]) {
      expect(mayRead(actor, "ProgressReport", report("SUBMITTED"))).toBe(true);
    }
    expect(mayRead(staff, "ProgressReport", report("APPROVED", "vhxh"))).toBe(false);
  });

  it("no other ward and no city role reads a ward's reports; anonymous reads none", () => {
    for (const actor of [otherOffice, otherAdmin, cityOffice, cityLeader, cityAdmin, anonymous]) {
      expect(mayRead(actor, "ProgressReport", report("APPROVED"))).toBe(false);
    }
  });

  it("a unit member's grant does not reach another ward's report of a unit with the same id", () => {
    const elsewhere = { ...report("DRAFT"), jurisdictionId: OTHER_WARD };
    expect(mayRead(head, "ProgressReport", elsewhere)).toBe(false);
  });
});

describe("contributions", () => {
  it("the lead unit reads a cooperating unit's line once its report is sent, not its draft", () => {
    const line = (status: string) => ({ jurisdictionId: WARD, status, unitId: "kt" });
    expect(mayRead(head, "Contribution", line("SUBMITTED"))).toBe(true);
    expect(mayRead(head, "Contribution", line("DRAFT"))).toBe(false);
    expect(mayRead(person(["UNIT_HEAD"], WARD, { unitIds: ["vhxh"] }), "Contribution", line("SUBMITTED"))).toBe(false);
  });
});

describe("figures (measurements)", () => {
  const figure = (published: boolean, jurisdictionId = WARD): ObjectFacts => ({ jurisdictionId, published });

  it("anonymous readers see only figures of published periods of published plans", () => {
    expect(mayRead(anonymous, "Measurement", figure(true))).toBe(true);
    expect(mayRead(anonymous, "Measurement", figure(false))).toBe(false);
  });

  it("the ward reads its approved figures; the city's leaders read them as a roll-up; other wards do not", () => {
    expect(mayRead(staff, "Measurement", figure(false))).toBe(true);
    expect(mayRead(cityLeader, "Measurement", figure(false))).toBe(true);
    expect(mayRead(cityOffice, "Measurement", figure(false))).toBe(true);
    expect(mayRead(otherOffice, "Measurement", figure(false))).toBe(false);
  });
});

describe("people and tokens", () => {
  const user = (userId: string, jurisdictionId = WARD): ObjectFacts => ({ jurisdictionId, userId });

  it("another ward's ADMIN and OFFICE never read a ward's people; the city's ADMIN does", () => {
    expect(mayRead(otherAdmin, "User", user("x"))).toBe(false);
    expect(mayRead(otherOffice, "User", user("x"))).toBe(false);
    expect(mayRead(cityAdmin, "User", user("x"))).toBe(true);
    expect(mayRead(cityLeader, "User", user("x"))).toBe(false);
    expect(mayRead(anonymous, "User", user("x"))).toBe(false);
  });

  it("everyone reads their own account; colleagues of the ward read each other", () => {
    expect(mayRead(cityLeader, "User", user(cityLeader.userId as string, CITY))).toBe(true);
    expect(mayRead(staff, "User", user("x"))).toBe(true);
  });

  it("contact details: the person, the ward's ADMIN and OFFICE, and the city's ADMIN; not colleagues or another ward", () => {
    for (const field of ["User.email", "User.phone"] as const) {
      expect(mayReadField(staff, field, user(staff.userId as string))).toBe(true);
      expect(mayReadField(admin, field, user("x"))).toBe(true);
      expect(mayReadField(office, field, user("x"))).toBe(true);
      expect(mayReadField(cityAdmin, field, user("x"))).toBe(true);
      expect(mayReadField(head, field, user("x"))).toBe(false);
      expect(mayReadField(leader, field, user("x"))).toBe(false);
      expect(mayReadField(otherOffice, field, user("x"))).toBe(false);
      expect(mayReadField(cityOffice, field, user("x"))).toBe(false);
    }
    expect(mayReadField(office, "User.lastLoginAt", user("x"))).toBe(false);
    expect(mayReadField(admin, "User.lastLoginAt", user("x"))).toBe(true);
  });

  it("a unit's people: its members, the ward's ADMIN and OFFICE; not another unit or another ward", () => {
    const unit = (unitId: string): ObjectFacts => ({ jurisdictionId: WARD, unitId });
    expect(mayReadField(staff, "Unit.users", unit("kt"))).toBe(true);
    expect(mayReadField(staff, "Unit.users", unit("vh"))).toBe(false);
    expect(mayReadField(office, "Unit.users", unit("vh"))).toBe(true);
    expect(mayReadField(leader, "Unit.users", unit("vh"))).toBe(false);
    expect(mayReadField(otherAdmin, "Unit.users", unit("vh"))).toBe(false);
    expect(mayReadField(cityAdmin, "Unit.users", unit("vh"))).toBe(true);
    expect(mayReadField(anonymous, "Unit.users", unit("vh"))).toBe(false);
  });

  it("API tokens are read by their ward's ADMIN only", () => {
    expect(mayRead(admin, "ApiToken", { jurisdictionId: WARD })).toBe(true);
    expect(mayRead(otherAdmin, "ApiToken", { jurisdictionId: WARD })).toBe(false);
    expect(mayRead(cityAdmin, "ApiToken", { jurisdictionId: WARD })).toBe(false);
  });
});

describe("actions", () => {
  const sent = { jurisdictionId: WARD, status: "SUBMITTED" };

  it("the ward's OFFICE and LEADER review a sent report; a city's OFFICE and LEADER never act in a ward", () => {
    expect(mayDo(office, "report.review", sent)).toBe(true);
    expect(mayDo(leader, "report.review", sent)).toBe(true);
    expect(mayDo(cityOffice, "report.review", sent)).toBe(false);
    expect(mayDo(cityLeader, "report.review", sent)).toBe(false);
    expect(mayDo(otherOffice, "report.review", sent)).toBe(false);
    expect(mayDo(cityOffice, "period.manage", { jurisdictionId: WARD })).toBe(false);
  });

  it("only the office reopens an approved report", () => {
    expect(mayDo(office, "report.reopen", { jurisdictionId: WARD })).toBe(true);
    expect(mayDo(leader, "report.reopen", { jurisdictionId: WARD })).toBe(false);
    expect(mayDo(cityOffice, "report.reopen", { jurisdictionId: WARD })).toBe(false);
  });

  it("a city's ADMIN manages the accounts of its wards, not their plans", () => {
    expect(mayDo(cityAdmin, "user.manage", { jurisdictionId: WARD })).toBe(true);
    expect(mayDo(cityAdmin, "plan.edit", { jurisdictionId: WARD })).toBe(false);
    expect(mayDo(otherAdmin, "user.manage", { jurisdictionId: WARD })).toBe(false);
  });

  it("API tokens never act, whatever their account's role", () => {
    expect(mayDo(token(["plan:read"], ["ADMIN"]), "plan.edit", { jurisdictionId: WARD })).toBe(false);
  });

  it("the person who submitted a report does not review it", () => {
    const both = person(["UNIT_HEAD", "OFFICE"], WARD, { unitIds: ["kt"] });
    expect(reviewRefusal(both, { submittedById: both.userId }, { inChargeOfReportArea: true })).toMatch(
      /không tự duyệt/,
    );
    expect(reviewRefusal(office, { submittedById: "someone" }, { inChargeOfReportArea: false })).toBeNull();
    expect(reviewRefusal(leader, { submittedById: "someone" }, { inChargeOfReportArea: false })).toMatch(/lĩnh vực/);
  });

  it("names the roles of each action for the menus", () => {
    expect(rolesFor("report.review")).toEqual(["OFFICE", "LEADER"]);
    expect(readerRoles("AuditEvent")).toEqual(["ADMIN", "OFFICE"]);
    expect(mayDoInOwnJurisdiction(["ADMIN"], "report.review")).toBe(false);
    expect(mayDoInOwnJurisdiction(["OFFICE"], "period.manage")).toBe(true);
    expect(mayReadInOwnJurisdiction(["OFFICE"], "AuditEvent")).toBe(true);
    expect(mayReadInOwnJurisdiction(["LEADER"], "AuditEvent")).toBe(false);
    // Units are public: every role reads them; a plan's drafts are not, but its published rows are.
    expect(mayReadInOwnJurisdiction(["UNIT_STAFF"], "Unit")).toBe(true);
    expect(mayReadInOwnJurisdiction(["SUPERVISOR"], "Plan")).toBe(true);
    expect(mayReadInOwnJurisdiction(["UNIT_STAFF"], "ApiToken")).toBe(false);
    // Unit staff read their unit's reports, as members of the unit, not by their role.
    expect(mayReadInOwnJurisdiction(["UNIT_STAFF"], "ProgressReport", true)).toBe(true);
    expect(mayReadInOwnJurisdiction(["UNIT_STAFF"], "ProgressReport")).toBe(false);
  });
});

describe("the tables", () => {
  it("every type that follows another follows a type with rules", () => {
    for (const kind of Object.values(FOLLOWS)) expect(READ_POLICY[kind].length).toBeGreaterThan(0);
  });
});
