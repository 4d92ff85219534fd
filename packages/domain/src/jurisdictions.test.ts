// Jurisdictions: only a city's (or province's) ADMIN adds wards, only under its own city; codes as
// in the official list; "name@code" names one ward's account.
import { describe, expect, it } from "vitest";
import type { Actor } from "./access/policy.ts";
import { childKindsOf, jurisdictionCodeProblem, mayCreateJurisdiction, parseSignInName } from "./jurisdictions.ts";

const actor = (roles: string[], jurisdictionId: string): Actor => ({
  kind: "user",
  userId: "u",
  roles,
  scopes: [],
  unitIds: [],
  jurisdictionId,
  belowJurisdictionIds: jurisdictionId === "haiphong" ? ["tanhung"] : [],
});
const haiPhong = { id: "haiphong", kind: "CITY" as const };
const tanHung = { id: "tanhung", kind: "WARD" as const };

describe("mayCreateJurisdiction", () => {
  it("a city's ADMIN adds wards, communes and special zones under its own city", () => {
    for (const kind of ["WARD", "COMMUNE", "SPECIAL_ZONE"] as const) {
      expect(mayCreateJurisdiction(actor(["ADMIN"], "haiphong"), haiPhong, kind)).toBe(true);
    }
    expect(mayCreateJurisdiction(actor(["ADMIN"], "haiphong"), haiPhong, "CITY")).toBe(false);
  });

  it("nobody else does: not the city's office or leader, not another city's admin, not a ward's admin", () => {
    expect(mayCreateJurisdiction(actor(["OFFICE", "LEADER"], "haiphong"), haiPhong, "WARD")).toBe(false);
    expect(mayCreateJurisdiction(actor(["ADMIN"], "hanoi"), haiPhong, "WARD")).toBe(false);
    expect(mayCreateJurisdiction(actor(["ADMIN"], "tanhung"), tanHung, "WARD")).toBe(false);
    expect(childKindsOf("WARD")).toEqual([]);
  });
});

describe("jurisdictionCodeProblem", () => {
  it("takes the official codes and says what a code looks like otherwise", () => {
    expect(jurisdictionCodeProblem("10537", "WARD")).toBeNull();
    expect(jurisdictionCodeProblem("31", "CITY")).toBeNull();
    expect(jurisdictionCodeProblem("1053", "WARD")).toBe(
      "Mã đơn vị hành chính gồm đúng 5 chữ số, theo danh mục chính thức (ví dụ 10537).",
    );
    expect(jurisdictionCodeProblem("31a", "CITY")).toMatch(/^Mã đơn vị hành chính gồm đúng 2 chữ số/);
  });
});

describe("parseSignInName", () => {
  it("reads a bare name, and name@code for one ward's account, in lower case", () => {
    expect(parseSignInName(" KT.CanBo ")).toEqual({ username: "kt.canbo", jurisdictionCode: null });
    expect(parseSignInName("admin@10537")).toEqual({ username: "admin", jurisdictionCode: "10537" });
    expect(parseSignInName("a@b@11560")).toEqual({ username: "a@b", jurisdictionCode: "11560" });
    expect(parseSignInName("@10537")).toEqual({ username: "@10537", jurisdictionCode: null });
    expect(parseSignInName("admin@")).toEqual({ username: "admin@", jurisdictionCode: null });
  });
});
