// PostgreSQL restarts while staff save reports (issue 15, item 6a): every save is either stored or
// refused with the retryable SERVICE_UNAVAILABLE (HTTP 503, Retry-After), never half-written nor an
// internal error, and the API works again once the database is back, without being restarted. The
// test runs a PostgreSQL server of its own, so the machine's server, which other tests use, is never
// restarted.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { openDatabase } from "@kehoach/db";
import { migrateDeploy } from "@kehoach/db/migrate";
import { seedTestDatabase, type TestDatabase } from "@kehoach/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { gid, OPS, setPeriodStatus } from "../report/support.ts";
import { freePort } from "../support/freePort.ts";
import { graphql, login, startTestServer, type TestServer } from "../support/server.ts";

const PG_BIN = "/usr/lib/postgresql/15/bin";
/** Staff and heads of four units, each saving its own unit's draft. */
const SAVERS = ["kt.canbo", "vhxh.canbo", "hcc.giamdoc", "ca.truong"];
/** How long the database stays down between the fast stop and the start. */
const DOWN_MS = 2_000;
/** The requirement's bound on recovery once the database is back. */
const RECOVERY_MS = 30_000;

const execFileAsync = promisify(execFile);

/** A PostgreSQL server in a temporary folder; initdb refuses root, so as root it runs as `postgres`. */
function privatePostgres(dir: string, port: number) {
  const data = path.join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) => {
    const bin = path.join(PG_BIN, tool);
    return execFileAsync(asRoot ? "runuser" : bin, asRoot ? ["-u", "postgres", "--", bin, ...args] : args, {
      timeout: 120_000,
    });
  };
  // -l: the server's output goes to a file, so pg_ctl's pipes close when it returns.
  const ctl = (...args: string[]) => run("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), ...args]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/kehoach`,
    async init() {
      if (asRoot) {
        const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }));
        fs.chownSync(dir, id("-u"), id("-g"));
      }
      await run("initdb", ["-D", data, "--auth=trust", "-U", "postgres", "--no-sync"]);
    },
    createDatabase: () => run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "kehoach"]),
    start: () => ctl("-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, "-w", "-t", "120", "start"),
    stop: (mode: "fast" | "immediate") => ctl("-m", mode, "-w", "-t", "120", "stop"),
    /** The postmaster's pid while its pid file exists (a stop that failed leaves it). */
    pid(): number | null {
      const file = path.join(data, "postmaster.pid");
      return fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8").split("\n")[0]) : null;
    },
  };
}

/** The API's database on the private server, migrated and seeded (the run's templates are on the shared server). */
function onPrivateServer(server: ReturnType<typeof privatePostgres>) {
  return async (): Promise<TestDatabase> => {
    await server.createDatabase();
    const db = await openDatabase({ databaseUrl: server.url, logQueries: true, poolSize: 5 });
    await migrateDeploy(db.migrationTarget);
    await seedTestDatabase(db, new Date());
    return { db, url: server.url, drop: () => db.close() };
  };
}

interface Attempt {
  user: string;
  summary: string;
  startedAt: number;
  endedAt: number;
  outcome: "saved" | "conflict" | "retryable" | "other";
  version?: number;
  detail?: string;
}

describe("the API when PostgreSQL restarts under saves", () => {
  let dir: string | undefined;
  let postgres: ReturnType<typeof privatePostgres> | undefined;
  let server: TestServer | undefined;
  // The server's internal failures, so a save answered INTERNAL_SERVER_ERROR shows the error behind it.
  const internalErrors: string[] = [];
  const logger = pino(
    { level: "error" },
    {
      write(line: string) {
        if (line.includes('"Lỗi máy chủ nội bộ"')) internalErrors.push(line);
      },
    },
  );

  beforeAll(async () => {
    if (!fs.existsSync(path.join(PG_BIN, "pg_ctl")) || !fs.existsSync(path.join(PG_BIN, "initdb"))) {
      throw new Error(
        `PostgreSQL 15 is not installed (no initdb/pg_ctl in ${PG_BIN}): this test runs a server of its own.`,
      );
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-pg-restart-"));
    postgres = privatePostgres(dir, await freePort());
    await postgres.init();
    await postgres.start();
    server = await startTestServer(onPrivateServer(postgres), { production: true, logger });
  });
  afterAll(async () => {
    await server?.close().catch(() => undefined);
    if (postgres) {
      await postgres.stop("immediate").catch(() => undefined);
      // A server pg_ctl could not stop (its pid file is left behind) is killed; ESRCH: it was gone already.
      const pid = postgres.pid();
      if (pid) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {}
      }
    }
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("stores every acknowledged save, refuses the others as retryable, and recovers by itself", async () => {
    const api = server as TestServer;
    const database = postgres as ReturnType<typeof privatePostgres>;
    const prisma = api.test.db.prisma;
    const plan = await prisma.plan.findFirstOrThrow({ where: { year: 2026 } });
    const period = await prisma.reportingPeriod.findFirstOrThrow({
      where: { planId: plan.id, kind: "MONTH", number: 6 },
    });
    await setPeriodStatus(prisma, period.id, "OPEN");
    const savers = await Promise.all(
      SAVERS.map(async (username) => {
        const { unitId } = await prisma.user.findFirstOrThrow({ where: { username }, select: { unitId: true } });
        const task = await prisma.task.findFirstOrThrow({
          where: { planId: plan.id, archivedAt: null, assignment: { leadUnitId: unitId as string } },
          orderBy: { position: "asc" },
        });
        return { username, unitId: unitId as string, taskId: task.id, token: await login(api.url, username) };
      }),
    );

    const attempts: Attempt[] = [];
    let running = true;
    const save = async (s: (typeof savers)[number], n: number, version: number | null): Promise<Attempt> => {
      const summary = `${s.username} lần lưu ${n}`;
      const input = {
        periodId: gid("ReportingPeriod", period.id),
        unitId: gid("Unit", s.unitId),
        version,
        summary,
        taskLines: [{ taskId: gid("Task", s.taskId), status: "IN_PROGRESS", percentDone: n % 100, results: summary }],
        indicatorLines: [],
      };
      const startedAt = performance.now();
      const attempt = { user: s.username, summary, startedAt };
      try {
        const res = await graphql<{
          saveReportDraft?: { __typename: string; currentVersion?: number; report?: { version: number } };
        }>(api.url, OPS.saveReportDraft, { input }, s.token);
        const { data, errors } = res.body;
        const result = data?.saveReportDraft;
        const endedAt = performance.now();
        if (!errors && result?.__typename === "SaveReportDraftPayload") {
          return { ...attempt, endedAt, outcome: "saved", version: result.report?.version as number };
        }
        if (!errors && result?.__typename === "ConflictError") {
          return { ...attempt, endedAt, outcome: "conflict", version: result.currentVersion as number };
        }
        const retryable =
          res.status === 503 &&
          Number(res.retryAfter) > 0 &&
          (errors ?? []).length > 0 &&
          errors?.every((e) => e.extensions?.code === "SERVICE_UNAVAILABLE");
        return {
          ...attempt,
          endedAt,
          outcome: retryable ? "retryable" : "other",
          detail: `${res.status} ${JSON.stringify(res.body)}`,
        };
      } catch (error) {
        return { ...attempt, endedAt: performance.now(), outcome: "other", detail: String(error) };
      }
    };
    // Each saver sends the version it last got back; a conflict (after a save whose answer was lost)
    // tells the current one. A short pause after a refusal, not Retry-After's 5 s, so the recovery is seen to the second.
    const saving = savers.map(async (s) => {
      let version: number | null = null;
      for (let n = 1; running; n++) {
        const attempt = await save(s, n, version);
        attempts.push(attempt);
        if (attempt.outcome === "saved" || attempt.outcome === "conflict") version = attempt.version as number;
        await sleep(attempt.outcome === "saved" ? 20 : 250);
      }
    });

    const savedBy = (user: string, after: number) =>
      attempts.filter((a) => a.user === user && a.outcome === "saved" && a.startedAt > after).length;
    const everyoneSaved = (after: number) => expect(SAVERS.filter((u) => savedBy(u, after) === 0)).toEqual([]);
    let downAt = 0;
    let upAt = 0;
    try {
      await vi.waitFor(() => everyoneSaved(0), { timeout: 60_000, interval: 100 });
      downAt = performance.now();
      await database.stop("fast");
      await sleep(DOWN_MS);
      await database.start();
      upAt = performance.now();
      await vi.waitFor(() => everyoneSaved(upAt), { timeout: RECOVERY_MS, interval: 100 });
    } finally {
      running = false;
      await Promise.all(saving);
    }
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", database: "postgres", pendingMigrations: [] });

    const of = (outcome: Attempt["outcome"]) => attempts.filter((a) => a.outcome === outcome);
    const firstSavedAgain = SAVERS.map((u) =>
      Math.min(
        ...attempts.filter((a) => a.user === u && a.outcome === "saved" && a.startedAt > upAt).map((a) => a.endedAt),
      ),
    );
    console.info(
      `PostgreSQL down ${Math.round(upAt - downAt)} ms; every saver saved again within ` +
        `${Math.round(Math.max(...firstSavedAgain) - upAt)} ms of its start; ${of("saved").length} saves acknowledged, ` +
        `${of("retryable").length} refused as retryable, ${of("conflict").length} conflicts`,
    );
    expect(of("other"), `the server logged: ${internalErrors.join("\n")}`).toEqual([]);
    expect(of("retryable").filter((a) => a.endedAt >= downAt).length).toBeGreaterThan(0);
    expect(of("saved").filter((a) => a.startedAt > upAt).length).toBeGreaterThan(0);
    // A conflict only follows a refused save whose commit went through before its answer was lost.
    for (const user of SAVERS) {
      const mine = attempts.filter((a) => a.user === user);
      mine.forEach((a, i) => {
        if (a.outcome === "conflict") expect(mine[i - 1]?.outcome, `${user}: ${a.summary}`).toBe("retryable");
      });
    }

    // Each committed save wrote one audit event with what it stored: the acknowledged ones are all
    // there under the version they answered, versions run 1..n, and the report is its last save, whole.
    for (const s of savers) {
      const report = await prisma.progressReport.findUniqueOrThrow({
        where: { periodId_unitId: { periodId: period.id, unitId: s.unitId } },
        include: { taskLines: true, indicatorLines: true },
      });
      const events = await prisma.auditEvent.findMany({
        where: { entityId: report.id, name: { in: ["report.draftCreated", "report.draftSaved"] } },
      });
      const stored = events
        .map(
          (e) => e.after as { summary: string; version: number; taskLines: { percentDone: string; results: string }[] },
        )
        .sort((a, b) => a.version - b.version);
      expect(stored.map((e) => e.version)).toEqual(stored.map((_, i) => i + 1));
      const acknowledged = attempts.filter((a) => a.user === s.username && a.outcome === "saved");
      expect(acknowledged.map((a) => stored.find((e) => e.summary === a.summary)?.version)).toEqual(
        acknowledged.map((a) => a.version),
      );
      const last = stored.at(-1);
      expect(report).toMatchObject({ version: stored.length, summary: last?.summary, indicatorLines: [] });
      const lines = (rows: { percentDone: unknown; results: string | null }[] = []) =>
        rows.map((l) => ({ percentDone: Number(l.percentDone), results: l.results }));
      expect(lines(report.taskLines)).toEqual(lines(last?.taskLines));
    }
  });
});
