// An API process for the browser test: `node --import tsx src/main.ts` in apps/api on a free port,
// its output kept for when something fails, /healthz waited for, and stopped with SIGTERM (SIGKILL
// if it lingers). Every API started is remembered so that a run that hangs can still kill them all.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../api");
const HEALTH_TIMEOUT_MS = 120_000;
const running = new Set();

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the API with `env` over this process's environment (PORT is chosen here). */
export async function startApi(env) {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: apiDir,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  running.add(child);
  child.once("exit", () => running.delete(child));
  /** Whether the process is gone (by exit code or by signal). */
  const exited = () => child.exitCode !== null || child.signalCode !== null;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    /** The end of what the API printed. */
    log: (chars = 3000) => log.slice(-chars),
    exited,
    exitCode: () => child.exitCode ?? child.signalCode,
    /** /healthz's answer once it is 200; throws with the API's output if it exits or never answers. */
    async waitForHealth() {
      const deadline = Date.now() + HEALTH_TIMEOUT_MS;
      while (Date.now() < deadline) {
        if (exited()) throw new Error(`the API exited (${child.exitCode ?? child.signalCode}):\n${log.slice(-3000)}`);
        try {
          const response = await fetch(`http://127.0.0.1:${port}/healthz`);
          if (response.ok) return await response.json();
        } catch {
          // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`/healthz did not answer within ${HEALTH_TIMEOUT_MS / 1000} s:\n${log.slice(-3000)}`);
    },
    async stop() {
      if (exited()) return;
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => !exited() && child.kill("SIGKILL"), 5000);
      await gone;
      clearTimeout(timer);
    },
  };
}

/** Kills every API still running, at once: for a run that has to end now. */
export function killApis() {
  for (const child of running) child.kill("SIGKILL");
}
