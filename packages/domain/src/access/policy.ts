// The access policy: who may read which objects and do which actions, for every role, token scope
// and anonymous reader, and how far each reaches in the jurisdiction tree. The API derives its row
// filters and its per-object checks from these tables; the console shows menus and buttons by them.
//
// Reach. A ward's roles act in their own ward (OWN). A city's ADMIN manages the accounts of the
// wards below it and reads their plans (BELOW). A city's LEADER and OFFICE read the wards'
// published plans and approved figures as a roll-up and never act in a ward's workflow: no rule
// gives them an action BELOW.
//
// Who. A role counts only for a person signed in with a password. An API token acts by its scopes
// alone (read-only: no action names a scope), so a token of an office account is not the office.
// UNIT_MEMBER and SELF name a relation between the person and the object (its unit, its account).
//
// Publication is a visibility state: anyone reads a published plan and the figures of its published
// periods; everything else needs a role or a scope in reach.

export const ROLES = ["ADMIN", "OFFICE", "LEADER", "UNIT_HEAD", "UNIT_STAFF", "SUPERVISOR", "API_CLIENT"] as const;
export type Role = (typeof ROLES)[number];

/** Read scopes an API token may carry. */
export const TOKEN_SCOPES = ["plan:read", "report:read", "overview:read"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** Who asks: resolved once per request by the API, from `me` by the console. */
export interface Actor {
  kind: "anonymous" | "user" | "apiClient";
  userId: string | null;
  roles: readonly string[];
  scopes: readonly string[];
  /** Units the person reports for (UNIT_HEAD / UNIT_STAFF grants, the office's own staff). */
  unitIds: readonly string[];
  jurisdictionId: string | null;
  /** Jurisdictions directly below the actor's (a city's wards). */
  belowJurisdictionIds: readonly string[];
}

/** Where an object stands from the actor: in its jurisdiction, in one directly below, or elsewhere. */
export type Reach = "OWN" | "BELOW" | "OUTSIDE";

export function reachOf(actor: Pick<Actor, "jurisdictionId" | "belowJurisdictionIds">, jurisdictionId: string | null) {
  if (!jurisdictionId || !actor.jurisdictionId) return "OUTSIDE";
  if (jurisdictionId === actor.jurisdictionId) return "OWN";
  return actor.belowJurisdictionIds.includes(jurisdictionId) ? "BELOW" : "OUTSIDE";
}

/** A role (of a signed-in person), a token scope, anyone at all, or a relation to the object. */
export type Who = Role | `scope:${TokenScope}` | "ANYONE" | "UNIT_MEMBER" | "SELF";

/** The state an object is in, as the rules test it. */
export interface ObjectState {
  /** Plan: DRAFT / ACTIVE / ARCHIVED. Report: DRAFT / SUBMITTED / RETURNED / APPROVED. */
  status?: string;
  /** Plan: published. Measurement: its period and its plan are published. */
  published?: boolean;
}

export interface Rule {
  who: readonly Who[];
  /** Where the object may be; absent: anywhere (with ANYONE, for published things). */
  reach?: readonly Exclude<Reach, "OUTSIDE">[];
  /** States the object must be in, by state field; absent: any state. */
  when?: { status?: readonly string[]; published?: readonly boolean[] };
}

const SIGNED_IN_ROLES = ["ADMIN", "OFFICE", "LEADER", "UNIT_HEAD", "UNIT_STAFF", "SUPERVISOR"] as const;
const ISSUED_PLAN = ["ACTIVE", "ARCHIVED"] as const;
/** Reports a unit has sent: everyone who reads the ward's reports sees them; drafts stay with the unit. */
export const SENT_REPORT_STATUSES = ["SUBMITTED", "RETURNED", "APPROVED"] as const;

/** Object types with rules of their own. Others follow one of these (`FOLLOWS`). */
export type ProtectedKind =
  | "Plan"
  | "ProgressReport"
  | "Contribution"
  | "Measurement"
  | "Unit"
  | "User"
  | "ApiToken"
  | "AuditEvent"
  | "Jurisdiction"
  | "Area"
  | "WardReport"
  | "Notification"
  | "Recommendation"
  | "CityRollup";

/** Who reads what. A row is readable when one rule matches the actor, the reach and the state. */
export const READ_POLICY: Record<ProtectedKind, readonly Rule[]> = {
  Plan: [
    { who: ["ANYONE"], when: { published: [true] } },
    { who: ["ADMIN", "OFFICE"], reach: ["OWN"] },
    {
      who: ["LEADER", "UNIT_HEAD", "UNIT_STAFF", "SUPERVISOR", "scope:plan:read"],
      reach: ["OWN"],
      when: { status: ISSUED_PLAN },
    },
    { who: ["ADMIN"], reach: ["BELOW"], when: { status: ISSUED_PLAN } },
  ],
  ProgressReport: [
    { who: ["UNIT_MEMBER"], reach: ["OWN"] },
    {
      who: ["ADMIN", "OFFICE", "LEADER", "SUPERVISOR", "scope:report:read", "scope:overview:read"],
      reach: ["OWN"],
      when: { status: SENT_REPORT_STATUSES },
    },
  ],
  // A cooperating unit's line on an indicator another unit leads, once its report is sent: read by
  // the lead unit (whoReports.ts), besides everyone who reads the report itself. `unitId` is the lead unit.
  Contribution: [{ who: ["UNIT_MEMBER"], reach: ["OWN"], when: { status: SENT_REPORT_STATUSES } }],
  // Figures enter only by approval: a measurement is an approved figure.
  Measurement: [
    { who: ["ANYONE"], when: { published: [true] } },
    { who: [...SIGNED_IN_ROLES, "scope:plan:read", "scope:report:read", "scope:overview:read"], reach: ["OWN"] },
    { who: ["ADMIN", "OFFICE", "LEADER"], reach: ["BELOW"] },
  ],
  // The units of a ward are named in its published plan: public, but not their people (User).
  Unit: [{ who: ["ANYONE"] }],
  User: [
    { who: ["SELF"] },
    { who: ["ADMIN"], reach: ["OWN", "BELOW"] },
    { who: ["OFFICE", "LEADER", "UNIT_HEAD", "UNIT_STAFF", "SUPERVISOR"], reach: ["OWN"] },
  ],
  ApiToken: [{ who: ["ADMIN"], reach: ["OWN"] }],
  AuditEvent: [{ who: ["ADMIN", "OFFICE"], reach: ["OWN"] }],
  Jurisdiction: [{ who: ["ANYONE"] }],
  Area: [{ who: ["ANYONE"] }],
  // A month's final compiled report: read in the ward by those who read its sent reports; by anyone
  // once the office has published it (with its plan) for the citizens.
  WardReport: [
    { who: ["ANYONE"], when: { published: [true] } },
    {
      who: ["ADMIN", "OFFICE", "LEADER", "SUPERVISOR", "scope:report:read", "scope:overview:read"],
      reach: ["OWN"],
    },
  ],
  // Reminders to a unit (reporting/reminders.ts): its people only. `unitId` is the unit reminded.
  Notification: [{ who: ["UNIT_MEMBER"], reach: ["OWN"] }],
  // Voters' recommendations passed on by the Front: the ward's leadership, office and Front; a unit
  // the ones assigned to it (`unitId`).
  Recommendation: [
    { who: ["ADMIN", "OFFICE", "LEADER", "SUPERVISOR"], reach: ["OWN"] },
    { who: ["UNIT_MEMBER"], reach: ["OWN"] },
  ],
  // The roll-up of the wards below a city (cityOverview): per ward, counts and statuses from its
  // readable plan and approved figures, never a ward's reports or recommendations themselves.
  // The object is the city (`jurisdictionId`).
  CityRollup: [{ who: ["ADMIN", "OFFICE", "LEADER"], reach: ["OWN"] }],
};

/**
 * Fields of a readable object that only some readers see: a person's contact details and last login,
 * the people of a unit. The object's own read rule still applies first.
 */
export const FIELD_POLICY = {
  "User.email": [{ who: ["SELF"] }, { who: ["ADMIN"], reach: ["OWN", "BELOW"] }, { who: ["OFFICE"], reach: ["OWN"] }],
  "User.phone": [{ who: ["SELF"] }, { who: ["ADMIN"], reach: ["OWN", "BELOW"] }, { who: ["OFFICE"], reach: ["OWN"] }],
  "User.lastLoginAt": [{ who: ["SELF"] }, { who: ["ADMIN"], reach: ["OWN", "BELOW"] }],
  /** How many administrators a jurisdiction has: whether a ward's accounts are opened. */
  "Jurisdiction.administratorCount": [{ who: ["ADMIN"], reach: ["OWN", "BELOW"] }],
  /** `unitId` is the unit itself: its members see each other. */
  "Unit.users": [
    { who: ["ADMIN", "OFFICE", "UNIT_MEMBER"], reach: ["OWN"] },
    { who: ["ADMIN"], reach: ["BELOW"] },
  ],
} as const satisfies Record<string, readonly Rule[]>;
export type ProtectedField = keyof typeof FIELD_POLICY;

/**
 * Object types readable exactly when another object is: a plan's content by its plan, a report's
 * lines by the report, a role grant by its user. A comment follows what it is about: its report,
 * or the plan of its indicator or task.
 */
export const FOLLOWS = {
  Indicator: "Plan",
  IndicatorGroup: "Plan",
  Target: "Plan",
  Task: "Plan",
  TaskOutput: "Plan",
  Assignment: "Plan",
  Document: "Plan",
  ReportingPeriod: "Plan",
  ProgressReportIndicatorLine: "ProgressReport",
  ProgressReportTaskLine: "ProgressReport",
  RoleGrant: "User",
} as const satisfies Record<string, ProtectedKind>;

/** Actions on a ward's objects. Only signed-in people act; the object must be in reach. */
export const ACTIONS = [
  "plan.edit",
  "assignment.edit",
  "period.manage",
  "report.review",
  "report.reopen",
  "report.comment",
  "unit.manage",
  "user.manage",
  "unit.staff.manage",
  "token.manage",
  "jurisdiction.create",
  "wardReport.finalize",
  "wardReport.publish",
  "recommendation.record",
  "recommendation.assign",
  "recommendation.answer",
  "recommendation.close",
  "taskOutput.attach",
] as const;
export type Action = (typeof ACTIONS)[number];

export const ACTION_POLICY: Record<Action, readonly Rule[]> = {
  /** The plan, its indicators, targets, tasks, documents; publishing; importing a plan document. */
  "plan.edit": [{ who: ["ADMIN", "OFFICE"], reach: ["OWN"] }],
  "assignment.edit": [{ who: ["ADMIN", "OFFICE"], reach: ["OWN"] }],
  /** Opening and closing reporting periods. */
  "period.manage": [{ who: ["ADMIN", "OFFICE"], reach: ["OWN"] }],
  /**
   * Approving or returning a sent report (a leader only for reports touching its areas; never one's
   * own: `reviewRefusal`). Which report states allow which step is the report workflow's rule.
   */
  "report.review": [{ who: ["OFFICE", "LEADER"], reach: ["OWN"] }],
  /** Reopening an approved report, with a reason. */
  "report.reopen": [{ who: ["OFFICE"], reach: ["OWN"] }],
  "report.comment": [{ who: SIGNED_IN_ROLES, reach: ["OWN"] }],
  "unit.manage": [{ who: ["ADMIN"], reach: ["OWN"] }],
  /** Accounts: a ward's ADMIN in the ward, a city's ADMIN also in its wards. */
  "user.manage": [{ who: ["ADMIN"], reach: ["OWN", "BELOW"] }],
  /** A unit head's accounts for its own unit's staff (UNIT_STAFF only; the API checks the unit). */
  "unit.staff.manage": [{ who: ["UNIT_HEAD"], reach: ["OWN"] }],
  "token.manage": [{ who: ["ADMIN"], reach: ["OWN"] }],
  /** Adding a ward under a city, with its first ADMIN; the object is the city (jurisdictions.ts). */
  "jurisdiction.create": [{ who: ["ADMIN"], reach: ["OWN"] }],
  /** Making a month's compiled report final, after the leaders have read it: it is kept as it is. */
  "wardReport.finalize": [{ who: ["LEADER", "OFFICE"], reach: ["OWN"] }],
  /** Publishing a final compiled report on the public page (the office posts to the ward's website). */
  "wardReport.publish": [{ who: ["OFFICE"], reach: ["OWN"] }],
  /** The Front records voters' recommendations, and says whether each answer resolves it. */
  "recommendation.record": [{ who: ["SUPERVISOR"], reach: ["OWN"] }],
  "recommendation.close": [{ who: ["SUPERVISOR"], reach: ["OWN"] }],
  /** The office hands a recommendation to the unit that answers it. */
  "recommendation.assign": [{ who: ["OFFICE"], reach: ["OWN"] }],
  /** The unit it is assigned to answers (the API checks the unit, as for reports). */
  "recommendation.answer": [{ who: ["UNIT_HEAD", "UNIT_STAFF", "OFFICE"], reach: ["OWN"] }],
  /**
   * Attaching evidence files to a task's output, and removing them: the office, and the people of the
   * task's lead unit (`unitId`). A report line's files follow who may save the report's draft
   * (attachments/rules.ts).
   */
  "taskOutput.attach": [
    { who: ["OFFICE"], reach: ["OWN"] },
    { who: ["UNIT_MEMBER"], reach: ["OWN"] },
  ],
};

/** The object a rule is tested against. */
export interface ObjectFacts extends ObjectState {
  jurisdictionId: string | null;
  /** The unit the object belongs to (a report's unit), for UNIT_MEMBER. */
  unitId?: string | null;
  /** The account the object is (a user), for SELF. */
  userId?: string | null;
}

/** A rule that names the actor, with the relation it relies on (filters turn it into a condition). */
export interface ApplicableRule extends Rule {
  relation: "UNIT_MEMBER" | "SELF" | null;
}

function names(actor: Actor, who: Who): boolean {
  if (who === "ANYONE") return true;
  if (who.startsWith("scope:")) return actor.kind === "apiClient" && actor.scopes.includes(who.slice(6));
  if (actor.kind !== "user") return false;
  if (who === "UNIT_MEMBER") return actor.unitIds.length > 0;
  if (who === "SELF") return actor.userId !== null;
  return actor.roles.includes(who);
}

/**
 * The rules of a table that name this actor, each with the relation it still needs (a report of
 * the actor's unit, the actor's own account). What the API's row filters are built from.
 */
export function applicableRules(rules: readonly Rule[], actor: Actor): ApplicableRule[] {
  const found: ApplicableRule[] = [];
  for (const rule of rules) {
    const matching = rule.who.filter((who) => names(actor, who));
    if (matching.length === 0) continue;
    // A rule that names the actor outright needs no relation; otherwise one per relation named.
    if (matching.some((who) => who !== "UNIT_MEMBER" && who !== "SELF")) found.push({ ...rule, relation: null });
    else for (const who of matching) found.push({ ...rule, relation: who as "UNIT_MEMBER" | "SELF" });
  }
  return found;
}

function ruleHolds(rule: ApplicableRule, actor: Actor, object: ObjectFacts): boolean {
  if (rule.reach) {
    const reach = reachOf(actor, object.jurisdictionId);
    if (reach === "OUTSIDE" || !rule.reach.includes(reach)) return false;
  }
  if (rule.when?.status && !(object.status !== undefined && rule.when.status.includes(object.status))) return false;
  if (rule.when?.published && !(object.published !== undefined && rule.when.published.includes(object.published))) {
    return false;
  }
  if (rule.relation === "UNIT_MEMBER") return !!object.unitId && actor.unitIds.includes(object.unitId);
  if (rule.relation === "SELF") return !!object.userId && object.userId === actor.userId;
  return true;
}

/** May the actor read this object? */
export function mayRead(actor: Actor, kind: ProtectedKind, object: ObjectFacts): boolean {
  return applicableRules(READ_POLICY[kind], actor).some((rule) => ruleHolds(rule, actor, object));
}

/** May the actor read this field of an object it reads? */
export function mayReadField(actor: Actor, field: ProtectedField, object: ObjectFacts): boolean {
  return applicableRules(FIELD_POLICY[field], actor).some((rule) => ruleHolds(rule, actor, object));
}

/** May the actor do this action on an object (of its jurisdiction, in this state)? */
export function mayDo(actor: Actor, action: Action, object: ObjectFacts): boolean {
  if (actor.kind !== "user") return false;
  return applicableRules(ACTION_POLICY[action], actor).some((rule) => ruleHolds(rule, actor, object));
}

/** The roles an action names, for a first check before the object is loaded (and the console's menus). */
export function rolesFor(action: Action): Role[] {
  return [...new Set(ACTION_POLICY[action].flatMap((rule) => rule.who.filter((w): w is Role => isRole(w))))];
}

/** Does this person hold a role that may do the action somewhere in its own jurisdiction? (The console's menus.) */
export function mayDoInOwnJurisdiction(roles: readonly string[], action: Action): boolean {
  return ACTION_POLICY[action].some(
    (rule) => rule.reach?.includes("OWN") && rule.who.some((who) => isRole(who) && roles.includes(who)),
  );
}

/**
 * Does this person read objects of this type in its own jurisdiction: by one of its roles, as a member
 * of a unit (its unit's rows), or as anyone does? (The console's menus: some rows may still be hidden
 * by their state.)
 */
export function mayReadInOwnJurisdiction(roles: readonly string[], kind: ProtectedKind, inAUnit = false): boolean {
  return READ_POLICY[kind].some(
    (rule) =>
      (!rule.reach || rule.reach.includes("OWN")) &&
      rule.who.some(
        (who) => who === "ANYONE" || (who === "UNIT_MEMBER" && inAUnit) || (isRole(who) && roles.includes(who)),
      ),
  );
}

/** The roles that read objects of this type in their own jurisdiction (the entry points of lists only those read). */
export function readerRoles(kind: ProtectedKind): Role[] {
  return ROLES.filter((role) =>
    READ_POLICY[kind].some((rule) => rule.reach?.includes("OWN") && rule.who.includes(role)),
  );
}

function isRole(who: string): who is Role {
  return (ROLES as readonly string[]).includes(who);
}

/** Does this reviewer review only reports touching its areas (a leader), or every report (the office)? */
export function reviewsOnlyOwnAreas(actor: Pick<Actor, "roles">): boolean {
  return !actor.roles.includes("OFFICE");
}

/** Why a person may not review (approve or return) a report it could otherwise review; null when it may. */
export function reviewRefusal(
  actor: Actor,
  report: { submittedById: string | null },
  leader: { inChargeOfReportArea: boolean },
): string | null {
  if (report.submittedById && report.submittedById === actor.userId) {
    return "Người gửi báo cáo không tự duyệt hoặc trả lại báo cáo của mình: đề nghị người khác của Văn phòng hoặc lãnh đạo phụ trách xem xét.";
  }
  if (reviewsOnlyOwnAreas(actor) && !leader.inChargeOfReportArea) {
    return "Lãnh đạo chỉ duyệt báo cáo có nội dung thuộc lĩnh vực mình phụ trách.";
  }
  return null;
}
