// `pnpm bench:admin`: the production build's JavaScript size (gzipped, initial and total) and, in
// headless Chromium, the time from navigation to the leader dashboard's figures being visible on a
// freshly seeded embedded database. Writes bench/results/admin.json. Prints numbers; asserts nothing.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const adminDir = path.resolve(here, "..");
const repoRoot = path.resolve(adminDir, "../..");
const dist = path.join(adminDir, "dist");
const PASSWORD = "bench-mat-khau-2026";
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The dashboard shows its figures in this element once the overview has loaded. */
const FIGURES = '[data-testid="dashboard-figures"]';

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (bytes) => Math.round(bytes / 102.4) / 10;

function bundleSizes() {
  const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
  const initial = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const all = fs.readdirSync(path.join(dist, "assets")).filter((f) => f.endsWith(".js"));
  return {
    initialFiles: initial.length,
    initialGzipKB: kb(initial.reduce((sum, f) => sum + gzipSize(path.join(dist, f)), 0)),
    totalFiles: all.length,
    totalGzipKB: kb(all.reduce((sum, f) => sum + gzipSize(path.join(dist, "assets", f)), 0)),
  };
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startApi() {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-bench-admin-"));
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: path.join(repoRoot, "apps", "api"),
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      DEMO_PASSWORD: PASSWORD,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 480; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, child, dataDir };
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the API did not start");
}

async function login(url, username) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($input: LoginInput!) { login(input: $input) { ... on LoginPayload { token } } }`,
      variables: { input: { username, password: PASSWORD } },
    }),
  });
  return (await res.json()).data.login.token;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  if (!fs.existsSync(path.join(dist, "index.html"))) throw new Error("build the console first: pnpm build");
  const sizes = bundleSizes();
  console.log("JS (gzip):", JSON.stringify(sizes));
  const api = await startApi();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const session = await login(api.url, "chutich");
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      // A new context each time: nothing cached, as on a first visit.
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      // The session cookie login sets, as a browser that signed in before keeps it.
      await context.addCookies([
        {
          name: "kehoach_session",
          value: session,
          domain: new URL(api.url).hostname,
          path: "/graphql",
          httpOnly: true,
          sameSite: "Strict",
        },
      ]);
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(`${api.url}/`);
      await page.locator(FIGURES).first().waitFor({ state: "visible", timeout: 30_000 });
      times.push(Date.now() - started);
      await context.close();
    }
    const results = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version },
      bundle: sizes,
      dashboardVisibleMs: { firstRun: times[0], median: median(times), runs: times },
      viewer: "chutich (LEADER)",
      viewport: "1280×720",
    };
    const out = path.join(repoRoot, "bench", "results", "admin.json");
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`dashboard visible: first ${times[0]} ms, median ${median(times)} ms (${RUNS} runs)`);
    console.log(`Đã ghi ${out}`);
  } finally {
    await browser.close();
    api.child.kill("SIGTERM");
    await new Promise((r) => api.child.once("exit", r));
    fs.rmSync(api.dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
