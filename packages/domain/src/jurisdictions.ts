// Jurisdictions (đơn vị hành chính) and their accounts: which kind sits under which, what an
// official code looks like, and how a sign-in name names an account. Usernames are unique within a
// jurisdiction only, so the same name may exist in two wards; "name@code" (kt.canbo@10537) names
// the account of one ward outright.
import { type Actor, mayDo } from "./access/policy.ts";

export const JURISDICTION_KINDS = ["CITY", "PROVINCE", "WARD", "COMMUNE", "SPECIAL_ZONE"] as const;
export type JurisdictionKind = (typeof JURISDICTION_KINDS)[number];

/** Since 01/7/2025 there are two levels: a city or province, and its wards, communes and special zones. */
const CHILD_KINDS: Record<JurisdictionKind, readonly JurisdictionKind[]> = {
  CITY: ["WARD", "COMMUNE", "SPECIAL_ZONE"],
  PROVINCE: ["WARD", "COMMUNE", "SPECIAL_ZONE"],
  WARD: [],
  COMMUNE: [],
  SPECIAL_ZONE: [],
};

/** The kinds of jurisdiction that may sit directly under one of this kind. */
export function childKindsOf(kind: JurisdictionKind): readonly JurisdictionKind[] {
  return CHILD_KINDS[kind];
}

/**
 * May the actor add a jurisdiction of this kind under `parent` (with its first administrator)?
 * The policy's "jurisdiction.create" in the parent, and a kind that belongs under it.
 */
export function mayCreateJurisdiction(
  actor: Actor,
  parent: { id: string; kind: JurisdictionKind },
  kind: JurisdictionKind,
): boolean {
  return mayDo(actor, "jurisdiction.create", { jurisdictionId: parent.id }) && CHILD_KINDS[parent.kind].includes(kind);
}

/** The official codes (Quyết định 19/2025/QĐ-TTg): two digits for a city or province, five below. */
export function jurisdictionCodeProblem(code: string, kind: JurisdictionKind): string | null {
  const digits = kind === "CITY" || kind === "PROVINCE" ? 2 : 5;
  return new RegExp(`^\\d{${digits}}$`).test(code)
    ? null
    : `Mã đơn vị hành chính gồm đúng ${digits} chữ số, theo danh mục chính thức (ví dụ ${digits === 2 ? "31" : "10537"}).`;
}

/** A sign-in name: "kt.canbo", or "kt.canbo@10537" for the account of one jurisdiction. */
export function parseSignInName(login: string): { username: string; jurisdictionCode: string | null } {
  const name = login.trim().toLowerCase();
  const at = name.lastIndexOf("@");
  if (at <= 0 || at === name.length - 1) return { username: name, jurisdictionCode: null };
  return { username: name.slice(0, at), jurisdictionCode: name.slice(at + 1) };
}
