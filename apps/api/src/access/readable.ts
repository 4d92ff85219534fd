// Row filters of the access policy (packages/domain access/policy.ts): for each protected type, the
// Prisma `where` that selects exactly the rows `mayRead` allows. Every list, count and lookup of a
// protected type reads through these; `guards.ts` asks the same question of each object returned.
import type { PrismaNamespace } from "@kehoach/db";
import { type ApplicableRule, applicableRules, type ProtectedKind, READ_POLICY } from "@kehoach/domain";
import type { Viewer } from "../auth/viewer.ts";

type Where = Record<string, unknown>;

/** How a model's rows carry what the rules test. */
interface RowShape {
  /** Rows in these jurisdictions. */
  jurisdiction: (ids: string[]) => Where;
  status?: (values: readonly string[]) => Where;
  published?: (value: boolean) => Where;
  /** Rows of these units (UNIT_MEMBER). */
  unit?: (unitIds: string[]) => Where;
  /** The viewer's own row (SELF). */
  self?: (userId: string) => Where;
}

const publishedAt = (value: boolean) => ({ publishedAt: value ? { not: null } : null });

const SHAPES: Record<ProtectedKind, RowShape> = {
  Plan: {
    jurisdiction: (ids) => ({ jurisdictionId: { in: ids } }),
    status: (values) => ({ status: { in: values } }),
    published: publishedAt,
  },
  ProgressReport: {
    jurisdiction: (ids) => ({ plan: { jurisdictionId: { in: ids } } }),
    status: (values) => ({ status: { in: values } }),
    unit: (unitIds) => ({ unitId: { in: unitIds } }),
  },
  Contribution: {
    jurisdiction: (ids) => ({ report: { plan: { jurisdictionId: { in: ids } } } }),
    status: (values) => ({ report: { status: { in: values } } }),
    unit: (unitIds) => ({
      OR: [
        { indicator: { assignment: { leadUnitId: { in: unitIds } } } },
        { indicator: { parent: { assignment: { leadUnitId: { in: unitIds } } } } },
      ],
    }),
  },
  Measurement: {
    jurisdiction: (ids) => ({ period: { jurisdictionId: { in: ids } } }),
    published: (value) =>
      value
        ? { period: { publishedAt: { not: null }, plan: { publishedAt: { not: null } } } }
        : { OR: [{ period: { publishedAt: null } }, { period: { plan: { publishedAt: null } } }] },
  },
  Unit: { jurisdiction: (ids) => ({ jurisdictionId: { in: ids } }) },
  User: {
    jurisdiction: (ids) => ({ jurisdictionId: { in: ids } }),
    self: (userId) => ({ id: userId }),
  },
  ApiToken: { jurisdiction: (ids) => ({ user: { jurisdictionId: { in: ids } } }) },
  AuditEvent: { jurisdiction: (ids) => ({ jurisdictionId: { in: ids } }) },
  Jurisdiction: { jurisdiction: (ids) => ({ id: { in: ids } }) },
  CityRollup: { jurisdiction: (ids) => ({ id: { in: ids } }) },
  Area: { jurisdiction: () => ({}) },
  WardReport: {
    jurisdiction: (ids) => ({ period: { jurisdictionId: { in: ids } } }),
    // Published for citizens: the report and the plan it reports on.
    published: (value) =>
      value
        ? { publishedAt: { not: null }, period: { plan: { publishedAt: { not: null } } } }
        : { OR: [{ publishedAt: null }, { period: { plan: { publishedAt: null } } }] },
  },
  Notification: {
    jurisdiction: (ids) => ({ jurisdictionId: { in: ids } }),
    unit: (unitIds) => ({ unitId: { in: unitIds } }),
  },
  Recommendation: {
    jurisdiction: (ids) => ({ jurisdictionId: { in: ids } }),
    unit: (unitIds) => ({ unitId: { in: unitIds } }),
  },
};

/** Matches no row. */
const NONE = { id: { in: [] as string[] } };

function ruleWhere(rule: ApplicableRule, shape: RowShape, viewer: Viewer): Where | null {
  const parts: Where[] = [];
  if (rule.reach) {
    const ids = rule.reach.flatMap((reach) =>
      reach === "OWN" ? (viewer.jurisdictionId ? [viewer.jurisdictionId] : []) : viewer.belowJurisdictionIds,
    );
    if (ids.length === 0) return null;
    parts.push(shape.jurisdiction(ids));
  }
  if (rule.when?.status) {
    if (!shape.status) return null;
    parts.push(shape.status(rule.when.status));
  }
  if (rule.when?.published) {
    if (!shape.published) return null;
    const states = rule.when.published;
    parts.push(states.length === 2 ? {} : shape.published(states[0] as boolean));
  }
  if (rule.relation === "UNIT_MEMBER") {
    if (!shape.unit) return null;
    parts.push(shape.unit(viewer.unitIds));
  }
  if (rule.relation === "SELF") {
    if (!shape.self || !viewer.userId) return null;
    parts.push(shape.self(viewer.userId));
  }
  return { AND: parts };
}

/** The rows of a protected type the viewer may read, as a Prisma `where`. */
function readableWhere(kind: ProtectedKind, viewer: Viewer): Where {
  const ors = applicableRules(READ_POLICY[kind], viewer)
    .map((rule) => ruleWhere(rule, SHAPES[kind], viewer))
    .filter((where): where is Where => where !== null);
  if (ors.length === 0) return NONE;
  return ors.length === 1 ? (ors[0] as Where) : { OR: ors };
}

export const readablePlans = (viewer: Viewer) => readableWhere("Plan", viewer) as PrismaNamespace.PlanWhereInput;
export const readableReports = (viewer: Viewer) =>
  readableWhere("ProgressReport", viewer) as PrismaNamespace.ProgressReportWhereInput;
export const readableMeasurements = (viewer: Viewer) =>
  readableWhere("Measurement", viewer) as PrismaNamespace.MeasurementWhereInput;
export const readableUsers = (viewer: Viewer) => readableWhere("User", viewer) as PrismaNamespace.UserWhereInput;
export const readableApiTokens = (viewer: Viewer) =>
  readableWhere("ApiToken", viewer) as PrismaNamespace.ApiTokenWhereInput;
export const readableAuditEvents = (viewer: Viewer) =>
  readableWhere("AuditEvent", viewer) as PrismaNamespace.AuditEventWhereInput;
export const readableUnits = (viewer: Viewer) => readableWhere("Unit", viewer) as PrismaNamespace.UnitWhereInput;
export const readableNotifications = (viewer: Viewer) =>
  readableWhere("Notification", viewer) as PrismaNamespace.NotificationWhereInput;
export const readableRecommendations = (viewer: Viewer) =>
  readableWhere("Recommendation", viewer) as PrismaNamespace.RecommendationWhereInput;
export const readableWardReports = (viewer: Viewer) =>
  readableWhere("WardReport", viewer) as PrismaNamespace.WardReportSnapshotWhereInput;

/** The content of readable plans (indicators, tasks, assignments, periods…): `{ plan: … }`. */
export const inReadablePlan = (viewer: Viewer) => ({ plan: readablePlans(viewer) });

/** The viewer's own jurisdiction, where it acts; matches nothing for anonymous readers. */
export function ownJurisdiction(viewer: Viewer): { jurisdictionId: string } | typeof NONE {
  return viewer.jurisdictionId ? { jurisdictionId: viewer.jurisdictionId } : NONE;
}
