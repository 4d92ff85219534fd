// Shared by the report tests: global IDs, the operations under test, and fixtures found in the
// seeded database (units kt and vhxh, items each unit leads, the monthly periods of 2026).
import type { Prisma } from "@kehoach/db";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { graphql, login } from "../support/server.ts";

export const gid = (typename: string, id: string) => encodeGlobalID(typename, id);

export const ROLES = [
  "admin",
  "vanphong",
  "chutich",
  "pct.vhxh",
  "kt.truongphong",
  "kt.canbo",
  "vhxh.canbo",
  "mttq",
  "anonymous",
] as const;
export type RoleUser = (typeof ROLES)[number];

/** Signs every matrix user in once (anonymous has no token). */
export async function signInAll(url: string, extra: string[] = []): Promise<Record<string, string | undefined>> {
  const tokens: Record<string, string | undefined> = { anonymous: undefined };
  for (const u of [...ROLES.filter((r) => r !== "anonymous"), ...extra]) tokens[u] = await login(url, u);
  return tokens;
}

const RESULT = /* GraphQL */ `
  __typename
  ... on Error { code message }
  ... on ValidationError { issues { path message } }
`;
const CONFLICT = "... on ConflictError { currentVersion }";
const CLOSED = "... on PeriodClosed { periodLabel }";

const REPORT = "id status version summary returnReason submittedAt reviewedAt";

export const OPS = {
  openReportingPeriod: `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) {
    ${RESULT} ${CONFLICT} ... on OpenReportingPeriodPayload { period { id status version closedAt } } } }`,
  closeReportingPeriod: `mutation($input: CloseReportingPeriodInput!) { closeReportingPeriod(input: $input) {
    ${RESULT} ${CONFLICT} ${CLOSED} ... on CloseReportingPeriodPayload { period { id status version closedAt } } } }`,
  saveReportDraft: `mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) {
    ${RESULT} ${CONFLICT} ${CLOSED} ... on SaveReportDraftPayload { report { ${REPORT}
      taskLines { task { id } status percentDone results } indicatorLines { indicator { id } valueToDate yearEndEstimate } } } } }`,
  submitReport: `mutation($input: SubmitReportInput!) { submitReport(input: $input) {
    ${RESULT} ${CONFLICT} ${CLOSED} ... on SubmitReportPayload { report { ${REPORT} submittedBy { username } } } } }`,
  approveReport: `mutation($input: ApproveReportInput!) { approveReport(input: $input) {
    ${RESULT} ${CONFLICT} ${CLOSED} ... on ApproveReportPayload { report { ${REPORT} reviewedBy { username } } } } }`,
  returnReport: `mutation($input: ReturnReportInput!) { returnReport(input: $input) {
    ${RESULT} ${CONFLICT} ${CLOSED} ... on ReturnReportPayload { report { ${REPORT} reviewedBy { username } } } } }`,
  reopenReport: `mutation($input: ReopenReportInput!) { reopenReport(input: $input) {
    ${RESULT} ${CONFLICT} ${CLOSED} ... on ReopenReportPayload { report { ${REPORT} reviewedBy { username } } } } }`,
  commentOnReport: `mutation($input: CommentOnReportInput!) { commentOnReport(input: $input) {
    ${RESULT} ... on CommentOnReportPayload { comment { id body author { username } } } } }`,
} as const;

export type OpName = keyof typeof OPS;

/** Runs a mutation and returns its result object (the payload or the typed error). */
export async function mutate(url: string, op: OpName, input: Record<string, unknown>, token?: string) {
  const res = await graphql(url, OPS[op], { input }, token);
  if (res.body.errors) throw new Error(`${op}: ${JSON.stringify(res.body.errors)}`);
  return res.body.data[op];
}

export interface Fixtures {
  planId: string;
  jurisdictionId: string;
  kt: { id: string; name: string };
  vhxh: { id: string };
  /** Monthly periods of 2026 by month number. */
  periods: Map<number, { id: string; label: string }>;
  /** Tasks led by kt (ECONOMY) and by vhxh, where the other unit does not cooperate. */
  ktTasks: string[];
  vhxhTasks: string[];
  /** Top-level indicators led by kt and by vhxh, where the other unit does not cooperate. */
  ktIndicators: string[];
  vhxhIndicators: string[];
  users: Map<string, string>;
}

export async function loadFixtures(prisma: Prisma): Promise<Fixtures> {
  const plan = await prisma.plan.findFirstOrThrow({ where: { year: 2026 } });
  const kt = await prisma.unit.findFirstOrThrow({ where: { code: "kt" } });
  const vhxh = await prisma.unit.findFirstOrThrow({ where: { code: "vhxh" } });
  const periods = await prisma.reportingPeriod.findMany({ where: { planId: plan.id, kind: "MONTH" } });
  // Items a unit leads on which the other unit does not cooperate.
  const led = async (unitId: string, other: string) => ({
    tasks: (
      await prisma.task.findMany({
        where: {
          planId: plan.id,
          assignment: { leadUnitId: unitId, cooperatingUnits: { none: { unitId: other } } },
        },
        orderBy: { position: "asc" },
        select: { id: true },
      })
    ).map((t) => t.id),
    indicators: (
      await prisma.indicator.findMany({
        where: {
          planId: plan.id,
          parentId: null,
          assignment: { leadUnitId: unitId, cooperatingUnits: { none: { unitId: other } } },
        },
        orderBy: { position: "asc" },
        select: { id: true },
      })
    ).map((t) => t.id),
  });
  const ktLed = await led(kt.id, vhxh.id);
  const vhxhLed = await led(vhxh.id, kt.id);
  const users = await prisma.user.findMany({ select: { id: true, username: true } });
  return {
    planId: plan.id,
    jurisdictionId: plan.jurisdictionId,
    kt: { id: kt.id, name: kt.name },
    vhxh: { id: vhxh.id },
    periods: new Map(periods.map((p) => [p.number, { id: p.id, label: p.label }])),
    ktTasks: ktLed.tasks,
    vhxhTasks: vhxhLed.tasks,
    ktIndicators: ktLed.indicators,
    vhxhIndicators: vhxhLed.indicators,
    users: new Map(users.map((u) => [u.username, u.id])),
  };
}

/** Sets a period's status directly (test setup) and returns its version. */
export async function setPeriodStatus(prisma: Prisma, periodId: string, status: "OPEN" | "CLOSED" | "UPCOMING") {
  const p = await prisma.reportingPeriod.update({ where: { id: periodId }, data: { status } });
  return p.version;
}

/** Creates a report directly (test setup), replacing any report of the unit for the period. */
export async function makeReport(
  prisma: Prisma,
  f: Fixtures,
  o: {
    periodId: string;
    unitId: string;
    status: "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED";
    taskIds?: string[];
    indicatorIds?: string[];
  },
) {
  await prisma.progressReport.deleteMany({ where: { periodId: o.periodId, unitId: o.unitId } });
  return prisma.progressReport.create({
    data: {
      planId: f.planId,
      periodId: o.periodId,
      unitId: o.unitId,
      status: o.status,
      summary: "Báo cáo thử",
      ...(o.status !== "DRAFT" ? { submittedAt: new Date() } : {}),
      taskLines: { create: (o.taskIds ?? []).map((taskId) => ({ taskId, status: "IN_PROGRESS", percentDone: 30 })) },
      indicatorLines: { create: (o.indicatorIds ?? []).map((indicatorId) => ({ indicatorId, valueToDate: 10 })) },
    },
  });
}

/** Rows a report mutation may touch, to compare before and after a denied write. */
export async function snapshot(prisma: Prisma) {
  const [reports, periods, comments, measurements, tasks, audits] = await Promise.all([
    prisma.progressReport.findMany({ orderBy: { id: "asc" }, include: { taskLines: true, indicatorLines: true } }),
    prisma.reportingPeriod.findMany({ orderBy: { id: "asc" } }),
    prisma.comment.count(),
    prisma.measurement.findMany({ orderBy: { id: "asc" } }),
    prisma.task.findMany({
      orderBy: { id: "asc" },
      select: { id: true, status: true, percentDone: true, version: true },
    }),
    prisma.auditEvent.count({ where: { NOT: { entityType: "Session" } } }),
  ]);
  return JSON.stringify({ reports, periods, comments, measurements, tasks, audits });
}
