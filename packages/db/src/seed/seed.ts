// Writes the seed data (jurisdictions, areas, units, users, the Tân Hưng 2026 plan, its assignments and
// reporting periods) into a database: idempotent, by natural keys, in one transaction.
//
// Rules that make a second run change nothing and never undo a user's work:
// - rows are matched by natural key (jurisdiction code, document number+issuer, area code, plan
//   jurisdiction+year, indicator/task plan+code, unit jurisdiction+code, username…), missing rows are
//   created in bulk (createMany), existing rows are updated only in the fields that differ;
// - rows a user has edited are left alone: version > 1, archived, a confirmed assignment, a closed
//   period; rows the seed does not know are never deleted;
// - passwords are set only on accounts that have none (or, for demo accounts, when an explicit demo
//   password differs from the stored one).
import crypto from "node:crypto";
import { parseInstant } from "@kehoach/domain";
import { type Algorithm, hash, verify } from "@node-rs/argon2";
import type { Prisma } from "../client.ts";
import { Prisma as P } from "../generated/prisma/client.ts";
import { calendarOf, calendarSelect, followsSchedule, reportingPeriodRows } from "../reportingPeriodRows.ts";
import type { AssignmentSeed, IndicatorSeed, SeedData, TargetSeed } from "./load.ts";
import { loadSeedData } from "./load.ts";

type Tx = P.TransactionClient;
type Data = Record<string, unknown>;

export interface SeedOptions {
  /** Create the demo accounts (embedded database, or SEED_DEMO=1) and give leaders the demo password. */
  demo: boolean;
  /** Password of the demo accounts; else DEMO_PASSWORD; else a generated one (returned). */
  demoPassword?: string | undefined;
  /** The day reporting-period statuses are computed for (an instant is read as a day in Vietnam). */
  today: string | Date;
  /** Already loaded seed data (tests); default `loadSeedData()`. */
  data?: SeedData;
  /** Environment to read DEMO_PASSWORD from; default process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface SeedCounts {
  jurisdictions: number;
  areas: number;
  documents: number;
  units: number;
  users: number;
  demoUsers: number;
  roleGrants: number;
  plans: number;
  legalBases: number;
  indicatorGroups: number;
  indicators: number;
  targets: number;
  tasks: number;
  taskOutputs: number;
  assignments: number;
  cooperatingUnits: number;
  reportingPeriods: number;
}

export interface SeedResult {
  /** The demo accounts' password, when this run set or confirmed it (to print at start). */
  demoPassword?: string;
  /** Usernames of the accounts that can log in with `demoPassword`. */
  demoAccounts: string[];
  /** Rows in the database after seeding. */
  counts: SeedCounts;
  /** What this run wrote: all zero on a second run. */
  changes: { created: number; updated: number; deleted: number };
  ms: number;
}

/** The seed's "now": the day it was given (a bare day is its midnight in Vietnam). */
function seedInstant(today: string | Date): Date {
  return typeof today === "string" ? parseInstant(today) : today;
}

/** A UUID version 7 (time-ordered, as the schema's default), made here so createMany needs no read-back. */
export function uuidv7(): string {
  const b = crypto.randomBytes(16);
  b.writeUIntBE(Date.now(), 0, 6);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x70;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const READABLE = "abcdefghijkmnpqrstuvwxyz23456789"; // no 0/o, 1/l: read aloud and typed without mistakes

/** A random password of four groups of four readable characters, e.g. "k7pm-x3qa-9vbn-t2he" (19 chars). */
export function generateDemoPassword(): string {
  return Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => READABLE[crypto.randomInt(READABLE.length)]).join(""),
  ).join("-");
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const optDay = (iso: string | null) => (iso ? day(iso) : null);
const dec = (v: string | null) => (v == null ? null : new P.Decimal(v));

function sameValue(a: unknown, b: unknown): boolean {
  if (a == null || b == null) return (a ?? null) === (b ?? null);
  if (P.Decimal.isDecimal(a)) return a.equals(b as Parameters<P.Decimal["equals"]>[0]);
  if (a instanceof Date) return b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a)) return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

class Writer {
  created = 0;
  updated = 0;
  deleted = 0;

  /**
   * Makes the rows `desired` exist: creates missing ones in one createMany, updates the differing
   * fields of existing ones that `editable` allows. Returns natural key → id.
   */
  async sync<R extends { id: string }>(spec: {
    existing: R[];
    key: (row: R) => string;
    desired: { key: string; data: Data }[];
    editable?: (row: R) => boolean;
    create: (rows: Data[]) => Promise<unknown>;
    update: (id: string, data: Data) => Promise<unknown>;
  }): Promise<Map<string, string>> {
    const byKey = new Map(spec.existing.map((r) => [spec.key(r), r]));
    const ids = new Map<string, string>();
    const toCreate: Data[] = [];
    for (const d of spec.desired) {
      const row = byKey.get(d.key);
      if (!row) {
        const id = uuidv7();
        toCreate.push({ id, ...d.data });
        ids.set(d.key, id);
        continue;
      }
      ids.set(d.key, row.id);
      if (spec.editable && !spec.editable(row)) continue;
      const changed = Object.fromEntries(
        Object.entries(d.data).filter(([k, v]) => !sameValue((row as unknown as Data)[k], v)),
      );
      if (Object.keys(changed).length > 0) {
        await spec.update(row.id, changed);
        this.updated += 1;
      }
    }
    if (toCreate.length > 0) {
      await spec.create(toCreate);
      this.created += toCreate.length;
    }
    return ids;
  }
}

const untouched = (row: { version: number; archivedAt?: Date | null }) => row.version === 1 && !row.archivedAt;

function get<K, V>(map: Map<K, V>, key: K, what: string): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`Seed: không tìm thấy ${what} "${String(key)}"`);
  return v;
}

async function writeSeed(tx: Tx, data: SeedData, opts: SeedOptions, w: Writer) {
  // ── Jurisdictions: parents before children (the file lists them so).
  const jIds = new Map<string, string>();
  const jExisting = await tx.jurisdiction.findMany({ where: { code: { in: data.jurisdictions.map((j) => j.code) } } });
  for (const level of [
    data.jurisdictions.filter((j) => !j.parentCode),
    data.jurisdictions.filter((j) => j.parentCode),
  ]) {
    const ids = await w.sync({
      existing: jExisting,
      key: (r) => r.code,
      desired: level.map((j) => ({
        key: j.code,
        data: {
          code: j.code,
          name: j.name,
          kind: j.kind,
          parentId: j.parentCode ? get(jIds, j.parentCode, "đơn vị hành chính") : null,
        },
      })),
      create: (rows) => tx.jurisdiction.createMany({ data: rows as P.JurisdictionCreateManyInput[] }),
      update: (id, d) => tx.jurisdiction.update({ where: { id }, data: d }),
    });
    for (const [k, v] of ids) jIds.set(k, v);
  }

  // ── Areas.
  const areaIds = new Map<string, string>();
  const aExisting = await tx.area.findMany({ where: { code: { in: data.areas.map((a) => a.code) } } });
  for (const level of [data.areas.filter((a) => !a.parentCode), data.areas.filter((a) => a.parentCode)]) {
    const ids = await w.sync({
      existing: aExisting,
      key: (r) => r.code,
      desired: level.map((a) => ({
        key: a.code,
        data: {
          code: a.code,
          name: a.name,
          nameEn: a.nameEn,
          position: a.position,
          parentId: a.parentCode ? get(areaIds, a.parentCode, "lĩnh vực") : null,
        },
      })),
      create: (rows) => tx.area.createMany({ data: rows as P.AreaCreateManyInput[] }),
      update: (id, d) => tx.area.update({ where: { id }, data: d }),
    });
    for (const [k, v] of ids) areaIds.set(k, v);
  }

  // ── Documents (legal bases).
  const p = data.plan;
  const docKey = (d: { number: string; issuer: string }) => `${d.number}\u0000${d.issuer}`;
  const docIds = await w.sync({
    existing: await tx.document.findMany({
      where: { OR: p.legalBases.map((d) => ({ number: d.number, issuer: d.issuer })) },
    }),
    key: docKey,
    desired: p.legalBases.map((d) => ({
      key: docKey(d),
      data: {
        kind: d.kind,
        number: d.number,
        issuedOn: optDay(d.issuedOn),
        issuer: d.issuer,
        title: d.title,
        shortName: d.shortName,
        jurisdictionId: d.jurisdictionCode ? get(jIds, d.jurisdictionCode, "đơn vị hành chính") : null,
      },
    })),
    create: (rows) => tx.document.createMany({ data: rows as P.DocumentCreateManyInput[] }),
    update: (id, d) => tx.document.update({ where: { id }, data: d }),
  });

  // ── Units of the ward: parents first.
  const unitJurisdictionId = get(jIds, data.units.jurisdictionCode, "đơn vị hành chính");
  const unitIds = new Map<string, string>();
  const uExisting = await tx.unit.findMany({ where: { jurisdictionId: unitJurisdictionId } });
  const units = data.units.units;
  for (const level of [units.filter((u) => !u.parentCode), units.filter((u) => u.parentCode)]) {
    const ids = await w.sync({
      existing: uExisting,
      key: (r) => r.code,
      editable: untouched,
      desired: level.map((u) => ({
        key: u.code,
        data: {
          jurisdictionId: unitJurisdictionId,
          code: u.code,
          name: u.name,
          shortName: u.shortName,
          kind: u.kind,
          duties: u.duties,
          parentId: u.parentCode ? get(unitIds, u.parentCode, "đơn vị") : null,
        },
      })),
      create: (rows) => tx.unit.createMany({ data: rows as P.UnitCreateManyInput[] }),
      update: (id, d) => tx.unit.update({ where: { id }, data: d }),
    });
    for (const [k, v] of ids) unitIds.set(k, v);
  }
  const unitId = (code: string) => get(unitIds, code, "đơn vị");

  // ── Users: leaders always, demo accounts only on request.
  const userJurisdictionId = get(jIds, data.users.jurisdictionCode, "đơn vị hành chính");
  const wanted = data.users.users.filter((u) => !u.demo || opts.demo);
  const usersExisting = await tx.user.findMany({
    where: { jurisdictionId: userJurisdictionId, username: { in: wanted.map((u) => u.username) } },
  });
  const userIds = await w.sync({
    existing: usersExisting,
    key: (r) => r.username,
    editable: untouched,
    desired: wanted.map((u) => ({
      key: u.username,
      data: {
        jurisdictionId: userJurisdictionId,
        username: u.username,
        displayName: u.displayName,
        title: u.title,
        unitId: u.unitCode ? unitId(u.unitCode) : null,
        isDemo: u.demo,
      },
    })),
    create: (rows) => tx.user.createMany({ data: rows as P.UserCreateManyInput[] }),
    update: (id, d) => tx.user.update({ where: { id }, data: d }),
  });

  // Role grants and their area scopes (areas are added, never removed: an admin may have widened them).
  const grantKey = (g: { userId: string; role: string; jurisdictionId: string }) =>
    `${g.userId}|${g.role}|${g.jurisdictionId}`;
  const grantsWanted = wanted.flatMap((u) =>
    u.grants.map((g) => ({
      userId: get(userIds, u.username, "người dùng"),
      role: g.role,
      jurisdictionId: userJurisdictionId,
      unitId: g.unitCode ? unitId(g.unitCode) : null,
      areaIds: g.areaCodes.map((a) => get(areaIds, a, "lĩnh vực")),
    })),
  );
  const grantIds = await w.sync({
    existing: await tx.roleGrant.findMany({ where: { userId: { in: [...userIds.values()] } } }),
    key: grantKey,
    desired: grantsWanted.map(({ areaIds: _areas, ...g }) => ({ key: grantKey(g), data: g })),
    create: (rows) => tx.roleGrant.createMany({ data: rows as P.RoleGrantCreateManyInput[] }),
    update: (id, d) => tx.roleGrant.update({ where: { id }, data: d }),
  });
  const grantAreas = grantsWanted.flatMap((g) =>
    g.areaIds.map((areaId) => ({ grantId: get(grantIds, grantKey(g), "quyền"), areaId })),
  );
  if (grantAreas.length > 0) {
    const res = await tx.roleGrantArea.createMany({ data: grantAreas, skipDuplicates: true });
    w.created += res.count;
  }

  // ── The plan.
  const planJurisdictionId = get(jIds, p.jurisdictionCode, "đơn vị hành chính");
  const planExisting = await tx.plan.findMany({ where: { jurisdictionId: planJurisdictionId, year: p.year } });
  const planKey = `${planJurisdictionId}|${p.year}`;
  const planIds = await w.sync({
    existing: planExisting,
    key: (r) => `${r.jurisdictionId}|${r.year}`,
    editable: untouched,
    desired: [
      {
        key: planKey,
        data: {
          jurisdictionId: planJurisdictionId,
          year: p.year,
          number: p.number,
          issuedOn: optDay(p.issuedOn),
          placeAndDate: p.placeAndDate,
          issuer: p.issuer,
          title: p.title,
          theme: p.theme,
          objective: p.objective,
          purposes: p.purposes,
          requirements: p.requirements,
          parentDocumentId: p.parentDocument ? get(docIds, docKey(p.parentDocument), "văn bản") : null,
          signerName: p.signerName,
          signerTitle: p.signerTitle,
          status: p.status,
          // Keep the first publication time; publish now only if it never was.
          publishedAt: p.published ? (planExisting[0]?.publishedAt ?? seedInstant(opts.today)) : null,
        },
      },
    ],
    create: (rows) => tx.plan.createMany({ data: rows as P.PlanCreateManyInput[] }),
    update: (id, d) => tx.plan.update({ where: { id }, data: d }),
  });
  const planId = get(planIds, planKey, "kế hoạch");

  await w.sync({
    existing: await tx.planLegalBasis
      .findMany({ where: { planId } })
      .then((rows) => rows.map((r) => ({ ...r, id: r.documentId }))),
    key: (r) => r.documentId,
    desired: p.legalBases.map((d, i) => {
      const documentId = get(docIds, docKey(d), "văn bản");
      return { key: documentId, data: { planId, documentId, position: i + 1 } };
    }),
    create: (rows) =>
      tx.planLegalBasis.createMany({ data: rows.map(({ id: _id, ...r }) => r) as P.PlanLegalBasisCreateManyInput[] }),
    update: (documentId, d) =>
      tx.planLegalBasis.update({ where: { planId_documentId: { planId, documentId } }, data: d }),
  });

  // ── Indicator groups, indicators (then sub-indicators), targets.
  const groupIds = await w.sync({
    existing: await tx.indicatorGroup.findMany({ where: { planId } }),
    key: (r) => r.code,
    desired: p.indicatorGroups.map((g, i) => ({
      key: g.code,
      data: { planId, code: g.code, title: g.title, areaId: get(areaIds, g.areaCode, "lĩnh vực"), position: i + 1 },
    })),
    create: (rows) => tx.indicatorGroup.createMany({ data: rows as P.IndicatorGroupCreateManyInput[] }),
    update: (id, d) => tx.indicatorGroup.update({ where: { id }, data: d }),
  });

  // Position is the order in the document, sub-indicators right after their indicator.
  type Placed = { ind: IndicatorSeed; groupCode: string; parentCode: string | null; position: number };
  const placed: Placed[] = [];
  for (const g of p.indicatorGroups) {
    for (const ind of g.indicators) {
      placed.push({ ind, groupCode: g.code, parentCode: null, position: placed.length + 1 });
      for (const sub of ind.subIndicators)
        placed.push({ ind: sub, groupCode: g.code, parentCode: ind.code, position: placed.length + 1 });
    }
  }
  const indExisting = await tx.indicator.findMany({ where: { planId } });
  const indIds = new Map<string, string>();
  for (const level of [placed.filter((x) => !x.parentCode), placed.filter((x) => x.parentCode)]) {
    const ids = await w.sync({
      existing: indExisting,
      key: (r) => r.code,
      editable: untouched,
      desired: level.map(({ ind, groupCode, parentCode, position }) => ({
        key: ind.code,
        data: {
          planId,
          groupId: get(groupIds, groupCode, "nhóm chỉ tiêu"),
          areaId: get(areaIds, ind.areaCode, "lĩnh vực"),
          parentId: parentCode ? get(indIds, parentCode, "chỉ tiêu") : null,
          number: ind.number,
          code: ind.code,
          name: ind.name,
          sourceText: ind.sourceText,
          applicableFromYear: ind.applicableFromYear,
          note: ind.note,
          position,
        },
      })),
      create: (rows) => tx.indicator.createMany({ data: rows as P.IndicatorCreateManyInput[] }),
      update: (id, d) => tx.indicator.update({ where: { id }, data: d }),
    });
    for (const [k, v] of ids) indIds.set(k, v);
  }

  const targetData = (indicatorId: string, t: TargetSeed, position: number): Data => ({
    indicatorId,
    kind: t.kind,
    comparator: t.comparator,
    value: dec(t.value),
    minValue: dec(t.minValue),
    maxValue: dec(t.maxValue),
    unit: t.unit,
    measure: t.measure,
    currency: t.currency,
    scale: dec(t.scale),
    perQuantity: dec(t.perQuantity),
    perUnit: t.perUnit,
    direction: t.direction,
    basis: t.basis,
    qualitativeKind: t.qualitativeKind,
    text: t.text,
    position,
  });
  await w.sync({
    existing: await tx.target.findMany({ where: { indicatorId: { in: [...indIds.values()] } } }),
    key: (r) => `${r.indicatorId}|${r.position}`,
    editable: untouched,
    desired: placed.flatMap(({ ind }) => {
      const indicatorId = get(indIds, ind.code, "chỉ tiêu");
      return ind.targets.map((t, i) => ({ key: `${indicatorId}|${i + 1}`, data: targetData(indicatorId, t, i + 1) }));
    }),
    create: (rows) => tx.target.createMany({ data: rows as P.TargetCreateManyInput[] }),
    update: (id, d) => tx.target.update({ where: { id }, data: d }),
  });

  // ── Tasks and their outputs.
  const taskIds = await w.sync({
    existing: await tx.task.findMany({ where: { planId } }),
    key: (r) => r.code,
    editable: untouched,
    desired: p.tasks.map((t, i) => ({
      key: t.code,
      data: {
        planId,
        areaId: get(areaIds, t.areaCode, "lĩnh vực"),
        kind: t.kind,
        section: t.section,
        code: t.code,
        title: t.title,
        content: t.content,
        deadline: optDay(t.deadline),
        recurrence: t.recurrence,
        position: i + 1,
      },
    })),
    create: (rows) => tx.task.createMany({ data: rows as P.TaskCreateManyInput[] }),
    update: (id, d) => tx.task.update({ where: { id }, data: d }),
  });
  await w.sync({
    existing: await tx.taskOutput.findMany({ where: { taskId: { in: [...taskIds.values()] } } }),
    key: (r) => `${r.taskId}|${r.position}`,
    desired: p.tasks.flatMap((t) => {
      const taskId = get(taskIds, t.code, "nhiệm vụ");
      return t.outputs.map((o, i) => ({
        key: `${taskId}|${i + 1}`,
        data: { taskId, kind: o.kind, title: o.title, position: i + 1 },
      }));
    }),
    create: (rows) => tx.taskOutput.createMany({ data: rows as P.TaskOutputCreateManyInput[] }),
    update: (id, d) => tx.taskOutput.update({ where: { id }, data: d }),
  });

  // ── Assignments (inferred; an admin confirms or changes them, after which the seed keeps off).
  const assignmentsWanted: { key: string; a: AssignmentSeed; target: { indicatorId: string } | { taskId: string } }[] =
    [
      ...placed
        .filter(({ ind }) => ind.assignment)
        .map(({ ind }) => {
          const indicatorId = get(indIds, ind.code, "chỉ tiêu");
          return { key: `i:${indicatorId}`, a: ind.assignment as AssignmentSeed, target: { indicatorId } };
        }),
      ...p.tasks.map((t) => {
        const taskId = get(taskIds, t.code, "nhiệm vụ");
        return { key: `t:${taskId}`, a: t.assignment, target: { taskId } };
      }),
    ];
  const leaderId = (username: string | null) => {
    if (!username) return null;
    const id = userIds.get(username);
    if (!id) throw new Error(`Seed: lãnh đạo phụ trách "${username}" chưa được tạo`);
    return id;
  };
  const asgExisting = await tx.assignment.findMany({ where: { planId }, include: { cooperatingUnits: true } });
  const asgKey = (r: { indicatorId: string | null; taskId: string | null }) =>
    r.indicatorId ? `i:${r.indicatorId}` : `t:${r.taskId}`;
  const editableAssignment = (r: { inferred: boolean; confirmedAt: Date | null; version: number }) =>
    r.inferred && !r.confirmedAt && r.version === 1;
  const asgIds = await w.sync({
    existing: asgExisting,
    key: asgKey,
    editable: editableAssignment,
    desired: assignmentsWanted.map(({ key, a, target }) => ({
      key,
      data: {
        planId,
        ...target,
        leadUnitId: unitId(a.leadUnitCode),
        leaderId: leaderId(a.leaderUsername),
        inferred: a.inferred,
        inferenceNote: a.inferenceNote,
      },
    })),
    create: (rows) => tx.assignment.createMany({ data: rows as P.AssignmentCreateManyInput[] }),
    update: (id, d) => tx.assignment.update({ where: { id }, data: d }),
  });
  const asgByKey = new Map(asgExisting.map((r) => [asgKey(r), r]));
  const coopToCreate: P.AssignmentCooperatingUnitCreateManyInput[] = [];
  const coopToReplace: string[] = [];
  for (const { key, a } of assignmentsWanted) {
    const assignmentId = get(asgIds, key, "phân công");
    const existing = asgByKey.get(key);
    if (existing && !editableAssignment(existing)) continue;
    const want = a.cooperatingUnitCodes.map((c, i) => ({ assignmentId, unitId: unitId(c), position: i + 1 }));
    const have = [...(existing?.cooperatingUnits ?? [])].sort((x, y) => x.position - y.position);
    const same =
      have.length === want.length &&
      have.every((h, i) => h.unitId === want[i]?.unitId && h.position === want[i]?.position);
    if (same) continue;
    if (have.length > 0) coopToReplace.push(assignmentId);
    coopToCreate.push(...want);
  }
  if (coopToReplace.length > 0) {
    const res = await tx.assignmentCooperatingUnit.deleteMany({ where: { assignmentId: { in: coopToReplace } } });
    w.deleted += res.count;
  }
  if (coopToCreate.length > 0) {
    await tx.assignmentCooperatingUnit.createMany({ data: coopToCreate });
    w.created += coopToCreate.length;
  }

  // ── Reporting periods of the plan year in the ward's calendar, status as of today (as a plan created by the API gets).
  const calendar = calendarOf(
    await tx.jurisdiction.findUniqueOrThrow({ where: { id: planJurisdictionId }, select: calendarSelect }),
  );
  await w.sync({
    existing: await tx.reportingPeriod.findMany({ where: { planId } }),
    key: (r) => `${r.kind}|${r.year}|${r.number}`,
    editable: followsSchedule,
    desired: reportingPeriodRows({
      id: planId,
      jurisdictionId: planJurisdictionId,
      year: p.year,
      today: opts.today,
      calendar,
    }).map((row) => ({ key: `${row.kind}|${row.year}|${row.number}`, data: row })),
    create: (rows) => tx.reportingPeriod.createMany({ data: rows as P.ReportingPeriodCreateManyInput[] }),
    update: (id, d) => tx.reportingPeriod.update({ where: { id }, data: d }),
  });

  return { userIds, wanted };
}

/** Sets the demo password on the accounts that should have it; returns it and who can use it. */
async function writeDemoPasswords(
  tx: Tx,
  opts: SeedOptions,
  accounts: { id: string; username: string; isDemo: boolean; passwordHash: string | null }[],
  w: Writer,
): Promise<{ demoPassword?: string; demoAccounts: string[] }> {
  const explicit = opts.demoPassword || (opts.env ?? process.env).DEMO_PASSWORD || undefined;
  let generated: string | undefined;
  const holders: string[] = [];
  for (const u of accounts) {
    if (u.passwordHash) {
      if (explicit && (await verify(u.passwordHash, explicit))) {
        holders.push(u.username);
        continue;
      }
      // A leader's own password is never replaced; a demo account follows only an explicit demo password.
      if (!explicit || !u.isDemo) continue;
    }
    if (!explicit && !generated) generated = generateDemoPassword();
    const password = explicit ?? (generated as string);
    const passwordHash = await hash(password, { algorithm: 2 as Algorithm }); // 2 = Argon2id
    await tx.user.update({ where: { id: u.id }, data: { passwordHash } });
    w.updated += 1;
    holders.push(u.username);
  }
  const demoPassword = explicit ?? generated;
  return demoPassword && holders.length > 0 ? { demoPassword, demoAccounts: holders } : { demoAccounts: [] };
}

async function countRows(tx: Tx): Promise<SeedCounts> {
  return {
    jurisdictions: await tx.jurisdiction.count(),
    areas: await tx.area.count(),
    documents: await tx.document.count(),
    units: await tx.unit.count(),
    users: await tx.user.count(),
    demoUsers: await tx.user.count({ where: { isDemo: true } }),
    roleGrants: await tx.roleGrant.count(),
    plans: await tx.plan.count(),
    legalBases: await tx.planLegalBasis.count(),
    indicatorGroups: await tx.indicatorGroup.count(),
    indicators: await tx.indicator.count(),
    targets: await tx.target.count(),
    tasks: await tx.task.count(),
    taskOutputs: await tx.taskOutput.count(),
    assignments: await tx.assignment.count(),
    cooperatingUnits: await tx.assignmentCooperatingUnit.count(),
    reportingPeriods: await tx.reportingPeriod.count(),
  };
}

/**
 * Seeds the database with the Tân Hưng 2026 plan and everything it needs, in one transaction.
 * Idempotent: a second run writes nothing (`changes` all zero) and keeps what users edited.
 */
export async function seedDatabase(prisma: Prisma, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const data = options.data ?? loadSeedData();
  const w = new Writer();
  const { passwords, counts } = await prisma.$transaction(
    async (tx) => {
      const { userIds, wanted } = await writeSeed(tx, data, options, w);
      let passwords: { demoPassword?: string; demoAccounts: string[] } = { demoAccounts: [] };
      if (options.demo) {
        // Demo accounts and, on a demo database, the leaders too (so every role can be tried).
        const accounts = await tx.user.findMany({
          where: { id: { in: wanted.map((u) => get(userIds, u.username, "người dùng")) } },
          select: { id: true, username: true, isDemo: true, passwordHash: true },
          orderBy: { username: "asc" },
        });
        passwords = await writeDemoPasswords(tx, options, accounts, w);
      }
      return { passwords, counts: await countRows(tx) };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return {
    ...(passwords.demoPassword ? { demoPassword: passwords.demoPassword } : {}),
    demoAccounts: passwords.demoAccounts,
    counts,
    changes: { created: w.created, updated: w.updated, deleted: w.deleted },
    ms: Math.round(performance.now() - started),
  };
}
