// A throwaway PostgreSQL database holding a synthetic city (packages/db seed:city), for the walk of
// the city's roll-up: the embedded database of the rest of the run has one ward and no city. Named
// kehoach_test_<start>_<random>_city so that runs side by side never meet; every database made is
// remembered so that a run that has to end early can still drop them.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dbDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../packages/db");
// packages/db's own PostgreSQL driver: the console has none, and psql need not be installed.
const pg = createRequire(path.join(dbDir, "package.json"))("pg");
/** The server the database tests use (packages/db testing.ts): TEST_DATABASE_URL, else the local one. */
const SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const SEED_TIMEOUT_MS = 180_000;
const created = new Set();

async function onServer(sql) {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function drop(name) {
  // FORCE: the API (or an interrupted seed) may still hold connections.
  await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  created.delete(name);
}

/** Creates an empty database with a unique name; `url` connects to it. */
export async function createCityDatabase() {
  // The test suites' naming (packages/db testTemplateNames.ts: prefix, start in epoch seconds), so the
  // next run's clean-up drops it if this run is killed before it can.
  const name = `kehoach_test_${Math.floor(Date.now() / 1000)}_${crypto.randomBytes(4).toString("hex")}_city`;
  await onServer(`CREATE DATABASE "${name}"`);
  created.add(name);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => drop(name) };
}

/** Drops every database this run made and has not dropped yet. */
export async function dropCityDatabases() {
  for (const name of [...created]) await drop(name);
}

/**
 * `seed:city --wards N --seed S` into the database, every account with `password`; resolves with
 * what it printed, rejects with it when it fails or takes too long.
 */
export function seedCity(url, { wards, seed, password }) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "src/cli/seedCity.ts", "--wards", String(wards), "--seed", String(seed)],
      {
        cwd: dbDir,
        env: { ...process.env, DATABASE_URL: url, SEED_CITY_PASSWORD: password },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), SEED_TIMEOUT_MS);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`seed:city failed (${code ?? signal}):\n${output.slice(-3000)}`));
    });
  });
}
