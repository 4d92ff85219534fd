// `pnpm bench:api`: throughput and latency of the API as a signed-in LEADER, on a seeded PostgreSQL
// database and on the embedded one, with SQL statements per request. Writes bench/results/api.json.
// The API runs from its production build when built (bench/serverEntry.ts), as `npm start` runs it.
// Repeated reads are answered from the response cache; the `…Computed` rows defeat it to show the
// cost of computing each answer.
// A benchmark prints numbers; it asserts nothing.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "@kehoach/db";
import { seedDatabase } from "@kehoach/db/seed";
import { createEmbeddedTestDatabase, createPostgresTestDatabase, type TestDatabase } from "@kehoach/db/testing";
import { systemClock } from "@kehoach/domain";
import autocannon from "autocannon";
import pino from "pino";
import { bumpGeneration } from "../src/cache/writeGeneration.ts";
import { createApp } from "../src/server/app.ts";
import { closeServer, listen, portOf } from "../src/server/listen.ts";
import { apiDir, serverArgs } from "./serverEntry.ts";

const PASSWORD = "bench-mat-khau-2026";
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
/** Run before each measurement and reported apart: the first answers after a start are slower. */
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);

const QUERIES = {
  typename: "{ __typename }",
  planOverview: /* GraphQL */ `
    query Overview($planId: ID!, $periodId: ID!) {
      planOverview(planId: $planId, periodId: $periodId) {
        indicators { achieved { count } onTrack { count } atRisk { count } offTrack { count } noData { count } }
        tasks { notStarted { count } inProgress { count } done { count } overdue { count } }
        reports { expected { count } submitted { count } approved { count } missing { count } }
        areas { area { code } indicators { atRisk { count } offTrack { count } } tasks { overdue { count } } }
      }
    }`,
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

async function post(url: string, query: string, variables: object, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

async function ids(url: string, token: string) {
  const res = await post(url, "{ plans { edges { node { id } } } }", {}, token);
  const planId = res.data.plans.edges[0].node.id;
  const periods = await post(
    url,
    "query($p: ID!) { reportingPeriods(planId: $p, first: 12) { edges { node { id number } } } }",
    { p: planId },
    token,
  );
  if (periods.errors) throw new Error(JSON.stringify(periods.errors));
  const periodId = periods.data.reportingPeriods.edges[0].node.id;
  return { planId, periodId };
}

async function signIn(url: string) {
  const res = await post(
    url,
    `mutation { login(input: { username: "pct.kinhte", password: "${PASSWORD}" }) { ... on LoginPayload { token } } }`,
    {},
  );
  return res.data.login.token as string;
}

/** SQL statements one request issues, counted from Prisma query events on an in-process server. */
async function sqlPerRequest(test: TestDatabase, variables: Record<string, object>) {
  let count = 0;
  test.db.prisma.$on("query", () => {
    count += 1;
  });
  const { app, apollo } = await createApp({ db: test.db, logger: pino({ level: "silent" }) });
  const server = await listen(app, 0, "127.0.0.1");
  const url = `http://127.0.0.1:${portOf(server)}`;
  const token = await signIn(url);
  const { planId, periodId } = await ids(url, token);
  const counts: Record<string, { warm: number; afterWrite: number }> = {};
  for (const [name, query] of Object.entries(QUERIES)) {
    await post(url, query, { planId, periodId, ...variables[name] }, token);
    count = 0;
    const res = await post(url, query, { planId, periodId }, token);
    if (res.errors) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
    const warm = count;
    // As after any committed write: the viewer and plan-version caches start empty.
    bumpGeneration();
    count = 0;
    await post(url, query, { planId, periodId }, token);
    counts[name] = { warm, afterWrite: count };
  }
  await closeServer(server);
  await apollo.stop();
  return counts;
}

function startServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = 4900 + Math.floor(Math.random() * 90);
  const child = spawn(process.execPath, serverArgs("main"), {
    cwd: apiDir,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      DEMO_PASSWORD: PASSWORD,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = async () => {
      try {
        if ((await fetch(`${url}/healthz`)).ok) return resolve({ url, child });
      } catch {}
      if (Date.now() - started > 180_000) return reject(new Error("API did not start"));
      setTimeout(poll, 300);
    };
    poll();
  });
}

/**
 * `computed`: every request carries a distinct unused variable, so no answer is reused from the
 * response cache (src/server/responseCache.ts) and each one is computed: the cost of a first read.
 */
async function load(url: string, token: string, query: string, variables: object, computed = false) {
  const warmup = WARMUP > 0 ? await run(url, token, query, variables, computed, WARMUP) : null;
  const measured = await run(url, token, query, variables, computed, DURATION);
  return {
    ...measured,
    ...(warmup ? { warmup: { seconds: WARMUP, latencyP99Ms: warmup.latencyP99Ms, requests: warmup.requests } } : {}),
  };
}

// One count for the whole run: a measurement never repeats its warm-up's variables, which the
// response cache could still hold.
let nonce = 0;
async function run(url: string, token: string, query: string, variables: object, computed: boolean, duration: number) {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: "POST",
    connections: CONNECTIONS,
    duration,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    ...(computed
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                body: JSON.stringify({ query, variables: { ...variables, nonce: nonce++ } }),
              }),
            },
          ],
        }
      : {}),
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
    requests: result.requests.total,
  };
}

async function benchTarget(kind: "postgres" | "embedded") {
  const test =
    kind === "postgres"
      ? await createPostgresTestDatabase({ migrate: true, logQueries: true })
      : await createEmbeddedTestDatabase({ migrate: true, logQueries: true });
  await seedDatabase(test.db.prisma, { demo: true, demoPassword: PASSWORD, today: systemClock.now() });
  const sql = await sqlPerRequest(test, {});
  let serverEnv: Record<string, string>;
  let dataDir: string | undefined;
  if (kind === "postgres") {
    serverEnv = { DATABASE_URL: test.url as string };
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-bench-"));
    serverEnv = { DATA_DIR: dataDir, DATABASE_URL: "" };
  }
  const { url, child } = await startServer(serverEnv);
  try {
    const token = await signIn(url);
    const { planId, periodId } = await ids(url, token);
    const results: Record<string, object> = {};
    for (const [name, query] of Object.entries(QUERIES)) {
      results[name] = {
        ...(await load(url, token, query, { planId, periodId })),
        sqlStatementsPerRequest: sql[name]?.warm,
        sqlStatementsAfterAWrite: sql[name]?.afterWrite,
      };
      console.log(kind, name, JSON.stringify(results[name]));
    }
    for (const name of ["planOverview", "nestedList"] as const) {
      results[`${name}Computed`] = await load(url, token, QUERIES[name], { planId, periodId }, true);
      console.log(kind, `${name}Computed`, JSON.stringify(results[`${name}Computed`]));
    }
    const ceiling = (results.typename as { requestsPerSecond: number }).requestsPerSecond;
    const overview = (results.planOverview as { requestsPerSecond: number }).requestsPerSecond;
    return { ...results, planOverviewToCeilingRatio: Number((overview / ceiling).toFixed(3)) };
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    await test.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    warmupSeconds: WARMUP,
    viewer: "pct.kinhte (LEADER)",
    postgres: await benchTarget("postgres"),
    embedded: await benchTarget("embedded"),
    entry: `node ${serverArgs("main").join(" ")}`,
  };
  const out = path.join(repoRoot, "bench", "results", "api.json");
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
