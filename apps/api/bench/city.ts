// `pnpm bench:city`: the API under a city's mixed workload, on the synthetic 114-ward city
// (packages/db seedCity, seed 42) in PostgreSQL, against 1 API process and then `start:cluster`
// with 2 workers. Each virtual user (VU) is a closed loop on its own keep-alive connection with its
// own session, so the response cache (src/server/responseCache.ts, per session) never answers for
// another VU; every read also carries a distinct unused variable, so it never answers a VU's repeat
// either: every answer is computed. Prints requests/s, p50 and p99 per operation, the ceiling of a
// bare `{ __typename }` measured in the same run, and the largest RSS of each API process; writes
// bench/results/city.json.
//
// The workload at BENCH_CONNECTIONS = 50: 5 city leaders (cityOverview of November), 20 ward
// leaders (planOverview of their own ward's November: 20 distinct answers), 20 report VUs in 20
// wards — 16 unit staff saving their unit's December draft over and over, 4 unit heads who also
// submit every SUBMIT_EVERY-th save, after which their ward's office returns the report so the loop
// goes on — and 5 API clients (a ward admin's read-only API token) listing a plan's indicators.
//
// Environment: BENCH_SECONDS (20) per phase, BENCH_WARMUP_SECONDS (3), BENCH_CEILING_SECONDS (5),
// BENCH_PROCESSES ("1,2"), BENCH_DATABASE_URL (an already seeded city: nothing is created or
// dropped; its password in SEED_CITY_PASSWORD), BENCH_ENTRY ("dist" | "src"; default dist when
// built), BENCH_CPU_PROF=1 (the API runs with --cpu-prof into /tmp/kehoach-prof; the profile's top
// self time is printed, results are not written), BENCH_CONNECTIONS (50: the mix scales with it),
// BENCH_SUBMIT_EVERY (10), BENCH_ROLES ("city leader,unit staff": only those VUs; results not written).
// `--keep` keeps the database it created.
// A benchmark prints numbers; it asserts nothing.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import { SourceMap } from "node:module";
import os from "node:os";
import path from "node:path";
import { openDatabase, repoRoot } from "@kehoach/db";
// The seed:city module; @kehoach/db does not export it as a package entry.
import { seedCity } from "@kehoach/db/seedCity";
import { onTestServer, testDatabaseUrl } from "@kehoach/db/testing";
import {
  CityOverviewDocument,
  DashboardOverviewDocument,
  ReturnReportDocument,
  SaveReportDraftDocument,
  SubmitReportDocument,
} from "@kehoach/schema";
import { type DocumentNode, print } from "graphql";
import { apiDir, serverArgs } from "./serverEntry.ts";

const WARDS = 114;
const SEED = 42;
const PASSWORD = "bench-thanh-pho-2026";
const YEAR = 2026;
/** The month the leaders read (reported, approved), and the open month the units report. */
const READ_MONTH = 11;
const WRITE_MONTH = 12;
const NOW = "2026-12-14T10:00:00+07:00";
const SUBMIT_EVERY = Number(process.env.BENCH_SUBMIT_EVERY ?? 10);

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CEILING_DURATION = Number(process.env.BENCH_CEILING_SECONDS ?? 5);
const PROCESS_COUNTS = (process.env.BENCH_PROCESSES ?? "1,2").split(",").map(Number);
const CPU_PROF = process.env.BENCH_CPU_PROF === "1";
const PROF_DIR = "/tmp/kehoach-prof";
const KEEP = process.argv.includes("--keep");
/** Only these kinds of VU (comma-separated, as printed): one operation's cost without the rest of the mix. */
const ROLES = process.env.BENCH_ROLES?.split(",").map((r) => r.trim());

/** The targets of issue 15 at 50 connections on a 2-core machine. */
const TARGETS = { cityOverviewP99Ms: 200, planOverviewP99Ms: 50, saveReportDraftP99Ms: 100, errors: 0, rssMb: 250 };

const DOCS = {
  typename: "{ __typename }",
  cityOverview: print(CityOverviewDocument),
  planOverview: print(DashboardOverviewDocument),
  saveReportDraft: print(SaveReportDraftDocument),
  submitReport: print(SubmitReportDocument),
  returnReport: print(ReturnReportDocument),
  // As in bench/api.ts: what an API client lists.
  nestedList: /* GraphQL */ `
    query Nested($planId: ID!) {
      plan(id: $planId) {
        indicators(first: 50) {
          edges { node {
            code name
            assignment { leadUnit { name } cooperatingUnits { name } }
            measurements { kind value period { label } }
          } }
        }
      }
    }`,
};

// ── HTTP: one keep-alive connection per VU.

type Json = { data?: any; errors?: { message: string }[] };

class Connection {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  constructor(
    private readonly url: URL,
    public token?: string,
  ) {}

  post(query: string | DocumentNode, variables: object = {}): Promise<{ status: number; body: Json }> {
    const payload = JSON.stringify({ query: typeof query === "string" ? query : print(query), variables });
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.url.hostname,
          port: this.url.port,
          path: "/graphql",
          method: "POST",
          agent: this.agent,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(payload),
            ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            try {
              resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Json });
            } catch {
              resolve({ status: res.statusCode ?? 0, body: { errors: [{ message: text.slice(0, 200) }] } });
            }
          });
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(payload);
    });
  }

  /** A setup request: its errors stop the benchmark. */
  async must(query: string | DocumentNode, variables: object = {}): Promise<any> {
    const { status, body } = await this.post(query, variables);
    if (status !== 200 || body.errors?.length) throw new Error(`HTTP ${status}: ${JSON.stringify(body).slice(0, 500)}`);
    return body.data;
  }

  close() {
    this.agent.destroy();
  }
}

// ── Measurements.

class OpStats {
  latencies: number[] = [];
  errors = 0;
  conflicts = 0;
  errorSamples: string[] = [];
  error(message: string) {
    this.errors += 1;
    if (this.errorSamples.length < 3) this.errorSamples.push(message.slice(0, 300));
  }
}

type Recorder = { on: boolean; ops: Map<string, OpStats> };

function statsOf(rec: Recorder, op: string): OpStats {
  let s = rec.ops.get(op);
  if (!s) {
    s = new OpStats();
    rec.ops.set(op, s);
  }
  return s;
}

/** The nearest-rank percentile of a sorted array. */
function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

function summary(s: OpStats, seconds: number) {
  const sorted = [...s.latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    requestsPerSecond: round(sorted.length / seconds),
    latencyP50Ms: round(percentile(sorted, 0.5)),
    latencyP99Ms: round(percentile(sorted, 0.99)),
    latencyMaxMs: round(sorted.at(-1) ?? Number.NaN),
    errors: s.errors,
    ...(s.conflicts ? { conflicts: s.conflicts } : {}),
    ...(s.errorSamples.length ? { errorSamples: s.errorSamples } : {}),
  };
}

/**
 * One timed request; `check` turns an answer into an error message (or "conflict"), else null.
 * Answers are returned either way, so the VU can act on them.
 */
async function timed(
  rec: Recorder,
  op: string,
  conn: Connection,
  query: string,
  variables: object,
  check: (body: Json) => string | null = () => null,
): Promise<Json | null> {
  const t0 = performance.now();
  let outcome: string | null;
  let body: Json | null = null;
  try {
    const res = await conn.post(query, variables);
    body = res.body;
    outcome =
      res.status !== 200
        ? `HTTP ${res.status}: ${JSON.stringify(res.body).slice(0, 200)}`
        : res.body.errors?.length
          ? JSON.stringify(res.body.errors).slice(0, 300)
          : check(res.body);
  } catch (e) {
    outcome = String(e);
  }
  const ms = performance.now() - t0;
  if (!rec.on) return body;
  const s = statsOf(rec, op);
  s.latencies.push(ms);
  if (outcome === "conflict") s.conflicts += 1;
  else if (outcome) s.error(outcome);
  return body;
}

let nonce = 0;
/** A distinct unused variable: no two reads are the same request to the response cache. */
const fresh = (variables: object) => ({ ...variables, nonce: ++nonce });

// ── The city: who signs in where.

interface CityUsers {
  cityCode: string;
  /** Ward codes in order, each with its users' names by role and unit. */
  wards: { code: string; users: { username: string; roles: string[]; unit: string | null }[] }[];
}

async function cityUsers(databaseUrl: string): Promise<CityUsers> {
  const db = await openDatabase({ databaseUrl, poolSize: 1 });
  try {
    const jurisdictions = await db.prisma.jurisdiction.findMany({
      select: {
        code: true,
        parentId: true,
        users: {
          where: { archivedAt: null },
          select: { username: true, unit: { select: { code: true } }, roleGrants: { select: { role: true } } },
        },
      },
      orderBy: { code: "asc" },
    });
    const city = jurisdictions.find((j) => j.parentId === null && j.users.some((u) => u.username === "chutich"));
    if (!city) throw new Error("Không thấy thành phố có tài khoản chutich: CSDL chưa chạy seed:city?");
    return {
      cityCode: city.code,
      wards: jurisdictions
        .filter((j) => j.parentId !== null)
        .map((j) => ({
          code: j.code,
          users: j.users.map((u) => ({
            username: u.username,
            roles: u.roleGrants.map((g) => g.role),
            unit: u.unit?.code ?? null,
          })),
        })),
    };
  } finally {
    await db.close();
  }
}

// ── Virtual users.

interface Vu {
  /** Its kind, as printed and as BENCH_ROLES names it; given by virtualUsers. */
  role: string;
  user: string;
  conns: Connection[];
  /** The ceiling: a bare request with this VU's own credentials. */
  ceiling(rec: Recorder): Promise<void>;
  step(rec: Recorder): Promise<void>;
}

type VuBody = Omit<Vu, "role">;

async function signIn(url: URL, login: string): Promise<Connection> {
  const conn = new Connection(url);
  // The console's Login operation relies on the session cookie; a VU sends the Bearer token instead.
  const data = await conn.must(
    "mutation($input: LoginInput!) { login(input: $input) { __typename ... on LoginPayload { token } ... on Error { message } } }",
    { input: { username: login, password: PASSWORD_IN_USE } },
  );
  if (data.login.__typename !== "LoginPayload") throw new Error(`${login}: ${JSON.stringify(data.login)}`);
  conn.token = data.login.token as string;
  return conn;
}

let PASSWORD_IN_USE = PASSWORD;

/** "kt.cb1@10507" → "10507". */
const wardOf = (login: string) => login.slice(login.lastIndexOf("@") + 1);

/** The plan of the year of the VU's own ward (every ward's published plan is listed), and its months. */
async function planAndPeriods(conn: Connection, wardCode: string) {
  let planId: string | undefined;
  let after: string | null = null;
  while (!planId) {
    const page: any = await conn.must(
      "query($y: Int, $after: String) { plans(year: $y, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id jurisdiction { code } } } } }",
      { y: YEAR, after },
    );
    planId = page.plans.edges.find((e: any) => e.node.jurisdiction.code === wardCode)?.node.id;
    if (!page.plans.pageInfo.hasNextPage) break;
    after = page.plans.pageInfo.endCursor;
  }
  if (!planId) throw new Error(`no ${YEAR} plan of ward ${wardCode}`);
  const periods = await conn.must(
    "query($p: ID, $y: Int) { reportingPeriods(planId: $p, kind: MONTH, year: $y, first: 12) { edges { node { id number status } } } }",
    { p: planId, y: YEAR },
  );
  const month = (n: number) =>
    periods.reportingPeriods.edges.find((e: any) => e.node.number === n)?.node as { id: string; status: string };
  return { planId, read: month(READ_MONTH), write: month(WRITE_MONTH) };
}

const typenameCeiling = (conn: Connection) => (rec: Recorder) =>
  timed(rec, "typename", conn, DOCS.typename, fresh({}), (b) =>
    b.data?.__typename === "Query" ? null : "no data",
  ).then(() => undefined);

async function cityLeader(url: URL, login: string): Promise<VuBody> {
  const conn = await signIn(url, login);
  return {
    user: login,
    conns: [conn],
    ceiling: typenameCeiling(conn),
    step: async (rec) => {
      await timed(rec, "cityOverview", conn, DOCS.cityOverview, fresh({ year: YEAR, month: READ_MONTH }), (b) =>
        b.data?.cityOverview?.wards?.length ? null : "cityOverview: null or no wards",
      );
    },
  };
}

async function wardLeader(url: URL, login: string): Promise<VuBody> {
  const conn = await signIn(url, login);
  const { planId, read } = await planAndPeriods(conn, wardOf(login));
  return {
    user: login,
    conns: [conn],
    ceiling: typenameCeiling(conn),
    step: async (rec) => {
      await timed(rec, "planOverview", conn, DOCS.planOverview, fresh({ planId, periodId: read.id }), (b) =>
        b.data?.planOverview ? null : "planOverview: null",
      );
    },
  };
}

async function apiClient(url: URL, adminLogin: string): Promise<VuBody> {
  const admin = await signIn(url, adminLogin);
  const { planId } = await planAndPeriods(admin, wardOf(adminLogin));
  const created = await admin.must(
    `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename ... on CreateApiTokenPayload { token } ... on Error { message } } }`,
    { input: { name: `bench:city ${crypto.randomUUID()}`, scopes: ["PLAN_READ", "REPORT_READ", "OVERVIEW_READ"] } },
  );
  if (!created.createApiToken.token) throw new Error(`${adminLogin}: ${JSON.stringify(created.createApiToken)}`);
  admin.close();
  const conn = new Connection(url, created.createApiToken.token as string);
  return {
    user: `API token of ${adminLogin}`,
    conns: [conn],
    ceiling: typenameCeiling(conn),
    step: async (rec) => {
      await timed(rec, "nestedList", conn, DOCS.nestedList, fresh({ planId }), (b) =>
        b.data?.plan?.indicators?.edges?.length ? null : "plan: null or no indicators",
      );
    },
  };
}

const REPORT_LINES = /* GraphQL */ `
  query($id: ID!) { node(id: $id) { ... on ProgressReport {
    indicatorLines { indicator { id } valueToDate periodValue yearEndEstimate samePeriodLastYear achieved eventCount note adoptedFrom { id } }
    taskLines { task { id } status percentDone results }
  } } }`;

async function reportOf(conn: Connection, planId: string, periodId: string, unitId: string) {
  const data = await conn.must(
    "query($p: ID, $q: ID, $u: ID) { progressReports(planId: $p, periodId: $q, unitId: $u, first: 1) { edges { node { id version status } } } }",
    { p: planId, q: periodId, u: unitId },
  );
  return (data.progressReports.edges[0]?.node ?? null) as { id: string; version: number; status: string } | null;
}

/**
 * A unit's December report, saved again and again with the lines of its November report (or empty
 * figures), a changing summary and a task's progress moving back and forth so each save writes.
 * A head (`office` given) submits every SUBMIT_EVERY-th time; the office then returns it.
 */
async function reporter(url: URL, login: string, officeLogin: string | null): Promise<VuBody> {
  const conn = await signIn(url, login);
  const office = officeLogin ? await signIn(url, officeLogin) : null;
  const me = await conn.must("{ me { unit { id name } } }");
  const unitId = me.me.unit.id as string;
  const { planId, read, write } = await planAndPeriods(conn, wardOf(login));
  if (write.status !== "OPEN") throw new Error(`${login}: kỳ tháng ${WRITE_MONTH} chưa mở (${write.status})`);
  const items = await conn.must(
    "query($p: ID!, $u: ID!) { reportFormItems(planId: $p, unitId: $u) { role task { id status percentDone archivedAt } indicator { id archivedAt } } }",
    { p: planId, u: unitId },
  );
  const previous = await reportOf(conn, planId, read.id, unitId);
  const lines = previous ? (await conn.must(REPORT_LINES, { id: previous.id })).node : null;
  const figures = new Map<string, any>((lines?.indicatorLines ?? []).map((l: any) => [l.indicator.id, l]));
  const taskResults = new Map<string, any>((lines?.taskLines ?? []).map((l: any) => [l.task.id, l]));
  const taskItems = items.reportFormItems.filter((i: any) => i.task && !i.task.archivedAt);
  const indicatorItems = items.reportFormItems.filter((i: any) => i.indicator && !i.indicator.archivedAt);
  const indicatorLines: Record<string, unknown>[] = indicatorItems.map((i: any) => {
    const f = figures.get(i.indicator.id);
    return {
      indicatorId: i.indicator.id,
      valueToDate: f?.valueToDate ?? null,
      periodValue: f?.periodValue ?? null,
      yearEndEstimate: f?.yearEndEstimate ?? null,
      samePeriodLastYear: f?.samePeriodLastYear ?? null,
      achieved: f?.achieved ?? null,
      eventCount: f?.eventCount ?? null,
      note: f?.note ?? null,
    };
  });
  const taskLine = (i: any, n: number, first: boolean) => {
    const t = taskResults.get(i.task.id);
    const status = t?.status ?? (i.task.status === "NOT_STARTED" ? "IN_PROGRESS" : i.task.status);
    const base = t?.percentDone ?? i.task.percentDone;
    let percentDone: number | null = base == null ? null : Number(base);
    // The first line's progress alternates by a point: each save changes the rows it writes.
    if (first && status === "IN_PROGRESS") percentDone = Math.min(99, Math.max(1, (percentDone ?? 50) + (n % 2)));
    return { taskId: i.task.id, status, percentDone, results: t?.results ?? "Đang thực hiện." };
  };

  let current = await reportOf(conn, planId, write.id, unitId);
  // A head's report a previous run left submitted goes back to the unit first.
  if (current?.status === "SUBMITTED" && office) {
    const back = await office.must(DOCS.returnReport, {
      input: { reportId: current.id, version: current.version, reason: "Bổ sung số liệu (bench:city)." },
    });
    current = back.returnReport.report;
  }
  if (current && current.status !== "DRAFT" && current.status !== "RETURNED") {
    throw new Error(`${login}: báo cáo tháng ${WRITE_MONTH} đang ở trạng thái ${current.status}`);
  }
  let version: number | null = current?.version ?? null;
  let n = 0;
  const inputOf = () => ({
    periodId: write.id,
    unitId,
    version,
    summary: `Kết quả thực hiện kế hoạch tháng ${WRITE_MONTH}/${YEAR}, bản nháp số ${n}.`,
    taskLines: taskItems.map((i: any, k: number) => taskLine(i, n, k === 0)),
    indicatorLines,
  });
  // A first, untimed save, as the console's form would send it: a figure the indicator does not ask
  // for (November's lines may carry one) is left empty, as the form shows only the asked ones.
  for (let attempt = 1; ; attempt++) {
    const data = await conn.must(DOCS.saveReportDraft, { input: inputOf() });
    const r = data.saveReportDraft;
    if (r.__typename === "SaveReportDraftPayload") {
      version = r.report.version;
      break;
    }
    if (r.__typename !== "ValidationError" || attempt > 3) throw new Error(`${login}: ${JSON.stringify(r)}`);
    for (const issue of r.issues as { path: string[] }[]) {
      const [, list, index, field] = issue.path;
      const line = list === "indicatorLines" ? indicatorLines[Number(index)] : undefined;
      if (!line || !field || !(field in line)) throw new Error(`${login}: ${JSON.stringify(r)}`);
      line[field] = null;
    }
  }

  const mutationCheck = (field: string, payload: string) => (b: Json) => {
    const r = b.data?.[field];
    if (r?.__typename === payload) return null;
    if (r?.__typename === "ConflictError") return "conflict";
    return `${field}: ${JSON.stringify(r).slice(0, 300)}`;
  };

  return {
    user: login,
    conns: office ? [conn, office] : [conn],
    ceiling: typenameCeiling(conn),
    step: async (rec) => {
      n += 1;
      const input = inputOf();
      const saved = await timed(
        rec,
        "saveReportDraft",
        conn,
        DOCS.saveReportDraft,
        { input },
        mutationCheck("saveReportDraft", "SaveReportDraftPayload"),
      );
      const r = saved?.data?.saveReportDraft;
      if (r?.__typename === "SaveReportDraftPayload") version = r.report.version;
      else if (r?.__typename === "ConflictError") version = r.currentVersion;
      else return;
      if (!office || n % SUBMIT_EVERY !== 0) return;
      const submitted = await timed(
        rec,
        "submitReport",
        conn,
        DOCS.submitReport,
        { input: { reportId: r.report.id, version, idempotencyKey: crypto.randomUUID() } },
        mutationCheck("submitReport", "SubmitReportPayload"),
      );
      const s = submitted?.data?.submitReport;
      if (s?.__typename !== "SubmitReportPayload") {
        if (s?.__typename === "ConflictError") version = s.currentVersion;
        return;
      }
      const returned = await timed(
        rec,
        "returnReport",
        office,
        DOCS.returnReport,
        {
          input: {
            reportId: r.report.id,
            version: s.report.version,
            reason: "Đề nghị bổ sung số liệu (bench:city).",
            idempotencyKey: crypto.randomUUID(),
          },
        },
        mutationCheck("returnReport", "ReturnReportPayload"),
      );
      const back = returned?.data?.returnReport;
      version = back?.__typename === "ReturnReportPayload" ? back.report.version : s.report.version;
    },
  };
}

/** The VUs of the mix, signed in a few at a time (argon2 is slow on purpose). */
async function virtualUsers(url: URL, city: CityUsers): Promise<Vu[]> {
  const scale = CONNECTIONS / 50;
  const count = (n: number) => Math.max(1, Math.round(n * scale));
  const cityLeaders = count(5);
  const wardLeaders = count(20);
  const reporters = count(20);
  const heads = Math.max(1, Math.round(reporters / 5));
  const clients = count(5);
  const wards = city.wards;
  if (wards.length < Math.max(wardLeaders, reporters + clients)) throw new Error("too few wards");
  const userOf = (ward: (typeof wards)[number], test: (u: CityUsers["wards"][number]["users"][number]) => boolean) => {
    const u = ward.users.find(test);
    if (!u) throw new Error(`ward ${ward.code}: no such user`);
    return `${u.username}@${ward.code}`;
  };
  // Units that draft their own report (not the office's: its staff may also submit).
  const REPORTING_UNITS = ["kt", "vhxh", "hcc", "dvsnc", "ca", "qs", "thngocson"];
  // Only three accounts read the city's roll-up (leader, office, admin): the five VUs are five sessions of them.
  const cityAccounts = ["chutich", "vanphong", "admin"];
  const jobs: { role: string; start: () => Promise<VuBody> }[] = [];
  const add = (role: string, start: () => Promise<VuBody>) => jobs.push({ role, start });
  for (let i = 0; i < cityLeaders; i++)
    add("city leader", () => cityLeader(url, `${cityAccounts[i % cityAccounts.length]}@${city.cityCode}`));
  for (let i = 0; i < wardLeaders; i++) {
    const ward = wards[i] as (typeof wards)[number];
    add("ward leader", () =>
      wardLeader(
        url,
        userOf(ward, (u) => u.username === "chutich"),
      ),
    );
  }
  for (let i = 0; i < reporters; i++) {
    const ward = wards[i] as (typeof wards)[number];
    const unit = REPORTING_UNITS[i % REPORTING_UNITS.length];
    const head = i >= reporters - heads;
    const login = head
      ? userOf(ward, (u) => u.unit === unit && u.roles.includes("UNIT_HEAD"))
      : userOf(ward, (u) => u.unit === unit && u.username === `${unit}.cb1`);
    const office = head ? userOf(ward, (u) => u.username === "vanphong") : null;
    add(head ? "unit head" : "unit staff", () => reporter(url, login, office));
  }
  for (let i = 0; i < clients; i++) {
    const ward = wards[reporters + i] as (typeof wards)[number];
    add("API client", () =>
      apiClient(
        url,
        userOf(ward, (u) => u.username === "admin"),
      ),
    );
  }
  // Only the kinds BENCH_ROLES names sign in: the others would hold sessions and connections unused.
  const wanted = jobs.filter((job) => !ROLES || ROLES.includes(job.role));
  const vus: Vu[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < wanted.length) {
        const job = wanted[next++] as (typeof wanted)[number];
        vus.push({ ...(await job.start()), role: job.role });
      }
    }),
  );
  return vus;
}

/** Every VU runs `step` in a closed loop for `seconds`. */
async function drive(vus: Vu[], seconds: number, rec: Recorder, step: (vu: Vu) => (rec: Recorder) => Promise<void>) {
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    vus.map(async (vu) => {
      const run = step(vu);
      while (performance.now() < until) await run(rec);
    }),
  );
}

// ── The API processes.

interface Server {
  url: URL;
  child: ChildProcess;
  entry: string;
  startupMs: number;
}

async function startServer(databaseUrl: string, processes: number): Promise<Server> {
  const port = 4900 + Math.floor(Math.random() * 90);
  const file = processes === 1 ? "main" : "cluster";
  const args = [...serverArgs(file), ...(processes === 1 ? [] : ["--workers", String(processes)])];
  if (CPU_PROF) args.unshift("--cpu-prof", `--cpu-prof-dir=${PROF_DIR}`);
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: apiDir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      KEHOACH_NOW: NOW,
      DEMO_PASSWORD: PASSWORD_IN_USE,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = new URL(`http://127.0.0.1:${port}`);
  const entry = `node ${args.join(" ")}`;
  return new Promise((resolve, reject) => {
    let exited = false;
    child.once("exit", (code) => {
      exited = true;
      reject(new Error(`API exited (${code}) before answering: ${entry}`));
    });
    const poll = async () => {
      if (exited) return;
      try {
        if ((await fetch(new URL("/healthz", url))).ok) {
          resolve({ url, child, entry, startupMs: Math.round(performance.now() - started) });
          return;
        }
      } catch {}
      if (performance.now() - started > 180_000) return reject(new Error("API did not start"));
      setTimeout(poll, 250);
    };
    void poll();
  });
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  await exited;
  clearTimeout(timer);
}

/** The API processes: the process itself, or the cluster primary's workers (`pgrep -P`). */
function apiPids(child: ChildProcess, processes: number): { workers: number[]; primary: number | null } {
  const pid = child.pid as number;
  if (processes === 1) return { workers: [pid], primary: null };
  let children: number[] = [];
  try {
    children = execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map(Number);
  } catch {}
  return { workers: children, primary: pid };
}

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Samples RSS every half second until stopped: the largest of each process. */
function sampleRss(child: ChildProcess, processes: number) {
  const max = new Map<number, number>();
  let primaryMax = 0;
  const sample = () => {
    const { workers, primary } = apiPids(child, processes);
    for (const pid of workers) {
      const rss = rssMb(pid);
      if (rss !== null) max.set(pid, Math.max(max.get(pid) ?? 0, rss));
    }
    if (primary) primaryMax = Math.max(primaryMax, rssMb(primary) ?? 0);
  };
  sample();
  const timer = setInterval(sample, 500);
  return () => {
    clearInterval(timer);
    sample();
    const perProcess = [...max.values()];
    return {
      maxRssMbPerApiProcess: perProcess.length ? Math.max(...perProcess) : null,
      rssMbByProcess: perProcess,
      ...(processes > 1 ? { clusterPrimaryRssMb: primaryMax } : {}),
    };
  };
}

// ── One run: N processes, the ceiling, then the mix.

async function benchProcesses(databaseUrl: string, city: CityUsers, processes: number) {
  const server = await startServer(databaseUrl, processes);
  console.log(
    `\n── ${processes} tiến trình API / API process(es): ${server.entry} (${server.startupMs} ms to healthy)`,
  );
  const closers: Connection[] = [];
  try {
    const signInStarted = performance.now();
    const vus = await virtualUsers(server.url, city);
    for (const vu of vus) closers.push(...vu.conns);
    const roles = vus.reduce<Record<string, number>>((acc, vu) => {
      acc[vu.role] = (acc[vu.role] ?? 0) + 1;
      return acc;
    }, {});
    console.log(
      `  ${vus.length} VUs signed in in ${((performance.now() - signInStarted) / 1000).toFixed(1)} s: ${JSON.stringify(roles)}`,
    );
    const rss = sampleRss(server.child, processes);
    // Others' processes on the machine (tests, builds) take CPU from the API: the load says how much.
    const loadBefore = round(os.loadavg()[0] ?? 0, 2);

    const ceiling: Recorder = { on: true, ops: new Map() };
    await drive(vus, CEILING_DURATION, ceiling, (vu) => vu.ceiling);
    const typename = summary(statsOf(ceiling, "typename"), CEILING_DURATION);
    console.log(`  ceiling { __typename }: ${typename.requestsPerSecond} req/s, p99 ${typename.latencyP99Ms} ms`);

    const warm: Recorder = { on: false, ops: new Map() };
    await drive(vus, WARMUP, warm, (vu) => vu.step);
    const mix: Recorder = { on: true, ops: new Map() };
    const t0 = performance.now();
    await drive(vus, DURATION, mix, (vu) => vu.step);
    const seconds = (performance.now() - t0) / 1000;
    const memory = rss();
    const loadAverage1m = { before: loadBefore, after: round(os.loadavg()[0] ?? 0, 2) };

    const operations: Record<string, ReturnType<typeof summary>> = {};
    for (const op of [
      "cityOverview",
      "planOverview",
      "saveReportDraft",
      "submitReport",
      "returnReport",
      "nestedList",
    ]) {
      const s = mix.ops.get(op);
      if (s) operations[op] = summary(s, seconds);
    }
    const total = Object.values(operations).reduce((a, o) => a + o.requests, 0);
    const errors = Object.values(operations).reduce((a, o) => a + o.errors, 0) + typename.errors;
    return {
      processes,
      entry: server.entry,
      startupMs: server.startupMs,
      virtualUsers: roles,
      ceiling: { typename },
      operations,
      loadAverage1m,
      mixRequestsPerSecond: round(total / seconds),
      mixToCeilingRatio: round(total / seconds / typename.requestsPerSecond, 3),
      errors,
      ...memory,
      targetsMet: {
        cityOverviewP99: (operations.cityOverview?.latencyP99Ms ?? Infinity) < TARGETS.cityOverviewP99Ms,
        planOverviewP99: (operations.planOverview?.latencyP99Ms ?? Infinity) < TARGETS.planOverviewP99Ms,
        saveReportDraftP99: (operations.saveReportDraft?.latencyP99Ms ?? Infinity) < TARGETS.saveReportDraftP99Ms,
        noErrors: errors === TARGETS.errors,
        rss: (memory.maxRssMbPerApiProcess ?? Infinity) <= TARGETS.rssMb,
      },
    };
  } finally {
    for (const c of closers) c.close();
    await stopServer(server.child);
  }
}

type Run = Awaited<ReturnType<typeof benchProcesses>>;

function printTable(runs: Run[]) {
  const header = ["proc", "operation", "req/s", "p50 ms", "p99 ms", "max ms", "requests", "errors", "conflicts"];
  const rows: string[][] = [];
  for (const run of runs) {
    rows.push([String(run.processes), "{ __typename } (ceiling)", ...cells(run.ceiling.typename)]);
    for (const [op, s] of Object.entries(run.operations)) rows.push([String(run.processes), op, ...cells(s)]);
    rows.push([
      String(run.processes),
      "mix total",
      String(run.mixRequestsPerSecond),
      "",
      "",
      "",
      "",
      String(run.errors),
      "",
    ]);
  }
  function cells(s: ReturnType<typeof summary>) {
    return [
      s.requestsPerSecond,
      s.latencyP50Ms,
      s.latencyP99Ms,
      s.latencyMaxMs,
      s.requests,
      s.errors,
      s.conflicts ?? 0,
    ].map(String);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "─".repeat(w)).join("  ")}`);
  for (const r of rows) console.log(line(r));
  for (const run of runs) {
    console.log(
      `${run.processes} tiến trình: RSS lớn nhất mỗi tiến trình API / max RSS per API process ${run.maxRssMbPerApiProcess} MB ` +
        `(${run.rssMbByProcess.join(", ")}${run.clusterPrimaryRssMb ? `; primary ${run.clusterPrimaryRssMb} MB` : ""}); ` +
        `load average ${run.loadAverage1m.before} → ${run.loadAverage1m.after}; targets: ${JSON.stringify(run.targetsMet)}`,
    );
    for (const [op, s] of Object.entries({ typename: run.ceiling.typename, ...run.operations })) {
      for (const sample of s.errorSamples ?? []) console.log(`  ${op} error: ${sample}`);
    }
  }
}

// ── The CPU profile: self time by function and by package.

function summariseProfile(dir: string) {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  const file = files[0];
  if (!file) {
    console.log(`Không có .cpuprofile trong ${dir}`);
    return;
  }
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const maps = new Map<string, SourceMap | null>();
  const mapOf = (url: string) => {
    if (!maps.has(url)) {
      let map: SourceMap | null = null;
      try {
        const file = url.startsWith("file://") ? new URL(url).pathname : url;
        if (file.includes("/apps/api/dist/")) map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, "utf8")));
      } catch {}
      maps.set(url, map);
    }
    return maps.get(url) ?? null;
  };
  const where = (cf: (typeof profile.nodes)[number]["callFrame"]) => {
    let url = cf.url;
    let line = cf.lineNumber;
    const map = url ? mapOf(url) : null;
    if (map) {
      const entry = map.findEntry(cf.lineNumber, cf.columnNumber) as { originalSource?: string; originalLine?: number };
      if (entry.originalSource) {
        url = entry.originalSource;
        line = entry.originalLine ?? line;
      }
    }
    const file = url.replace(/^file:\/\//, "").replace(`${repoRoot}/`, "");
    const pkg =
      /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ??
      (file.startsWith("node:") || (!file.includes("/") && file !== "")
        ? "node (built-in)"
        : file === ""
          ? "(native/VM)"
          : (/^(apps|packages)\/[^/]+/.exec(file)?.[0] ?? file));
    return { file, line: line + 1, pkg };
  };
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const node of profile.nodes) {
    const t = self.get(node.id) ?? 0;
    if (!t) continue;
    total += t;
    const name = node.callFrame.functionName || "(anonymous)";
    if (name === "(idle)") {
      idle += t;
      continue;
    }
    const w = where(node.callFrame);
    const key = w.file ? `${name}  ${w.file}:${w.line}` : name;
    byFunction.set(key, (byFunction.get(key) ?? 0) + t);
    // The VM's own entries: (garbage collector), (program); native functions (writev) have no URL either.
    const pkg = !node.callFrame.url && name.startsWith("(") ? name : w.pkg;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + t);
  }
  const busy = total - idle;
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, t]) => `  ${((t / busy) * 100).toFixed(1).padStart(5)}%  ${(t / 1000).toFixed(0).padStart(7)} ms  ${k}`)
      .join("\n");
  console.log(
    `\nHồ sơ CPU / CPU profile ${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(idle / 1e6).toFixed(1)} s idle; % of busy time`,
  );
  console.log(`Self time by function (top 20):\n${top(byFunction, 20)}`);
  console.log(`Self time by package (top 15):\n${top(byPackage, 15)}`);
}

// ── Main.

async function prepareDatabase(): Promise<{ url: string; drop: () => Promise<void>; seed?: object }> {
  if (process.env.BENCH_DATABASE_URL) {
    PASSWORD_IN_USE = process.env.SEED_CITY_PASSWORD ?? PASSWORD;
    return { url: process.env.BENCH_DATABASE_URL, drop: async () => undefined };
  }
  const name = `kehoach_bench_city_${Math.floor(Date.now() / 1000)}_${crypto.randomBytes(3).toString("hex")}`;
  await onTestServer(`CREATE DATABASE "${name}"`);
  const url = testDatabaseUrl(name);
  const drop = async () => {
    if (KEEP) {
      console.log(`Giữ CSDL / kept: BENCH_DATABASE_URL=${url} SEED_CITY_PASSWORD=${PASSWORD}`);
      return;
    }
    await onTestServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  try {
    console.log(`Tạo thành phố giả lập / seeding the synthetic city: ${WARDS} wards, seed ${SEED}, database ${name}`);
    const result = await seedCity({ databaseUrl: url, wards: WARDS, seed: SEED, password: PASSWORD });
    console.log(`  ${(result.ms / 1000).toFixed(1)} s, ${(result.databaseBytes / 1024 / 1024).toFixed(0)} MB`);
    return {
      url,
      drop,
      seed: {
        wards: result.wards,
        seed: SEED,
        seconds: round(result.ms / 1000),
        databaseMb: round(result.databaseBytes / 1024 / 1024),
        rows: result.rows,
      },
    };
  } catch (error) {
    await drop();
    throw error;
  }
}

async function main() {
  if (CPU_PROF) {
    fs.rmSync(PROF_DIR, { recursive: true, force: true });
    fs.mkdirSync(PROF_DIR, { recursive: true });
  }
  const database = await prepareDatabase();
  const runs: Run[] = [];
  try {
    const city = await cityUsers(database.url);
    for (const processes of PROCESS_COUNTS) runs.push(await benchProcesses(database.url, city, processes));
  } finally {
    await database.drop();
  }
  printTable(runs);
  if (CPU_PROF) {
    summariseProfile(PROF_DIR);
    console.log("(BENCH_CPU_PROF: results not written — the profiler slows the API down)");
    return;
  }
  if (ROLES) {
    console.log("(BENCH_ROLES: results not written — part of the mix only)");
    return;
  }
  const cpus = os.cpus();
  const results = {
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? null,
      totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    command: "pnpm bench:city",
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    warmupSeconds: WARMUP,
    ceilingSeconds: CEILING_DURATION,
    clock: `KEHOACH_NOW=${NOW}; leaders read month ${READ_MONTH}, units save month ${WRITE_MONTH}`,
    city: database.seed ?? { url: "BENCH_DATABASE_URL" },
    responseCache:
      "not measured as hits: the server sends no cache header; each VU has its own session (or API token) and every read carries a distinct unused variable, so no answer comes from the response cache",
    targets: TARGETS,
    runs: Object.fromEntries(runs.map((r) => [String(r.processes), r])),
  };
  const out = path.join(repoRoot, "bench", "results", "city.json");
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Đã ghi ${out}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
