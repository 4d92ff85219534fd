// A LibreOffice kept running for the compiled report's PDF. Starting soffice for each conversion
// spends about a second before it lays out a page; a resident one, driven through UNO by a small
// Python bridge (unoBridge.py, Debian's python3-uno), converts the report in a fraction of that.
// It starts on the first PDF and ends with the process (the bridge stops LibreOffice when its
// stdin closes). Where the bridge cannot run (no python3-uno) or breaks, the caller converts the
// one-shot way; a bridge that failed to start is not tried again for a minute.
import { type ChildProcessByStdio, spawn } from "node:child_process";
import readline from "node:readline";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";

const BRIDGE = fileURLToPath(new URL("./unoBridge.py", import.meta.url));
// Debian's Python, which python3-uno belongs to (a Python of one's own has no `uno` module).
const PYTHON = "/usr/bin/python3";
const START_TIMEOUT_MS = 120_000;
const RETRY_AFTER_MS = 60_000;

interface Bridge {
  child: ChildProcessByStdio<Writable, Readable, null>;
  pending: Map<number, (ok: boolean) => void>;
}

let bridge: Promise<Bridge | null> | undefined;
// On performance.now()'s scale: elapsed time, not the date.
let unavailableUntil = 0;
let nextId = 1;

function startBridge(profileUrl: string): Promise<Bridge | null> {
  return new Promise((resolve) => {
    const child = spawn(PYTHON, [BRIDGE, profileUrl], { stdio: ["pipe", "pipe", "ignore"] });
    const self: Bridge = { child, pending: new Map() };
    let ready = false;
    const fail = () => {
      if (!ready) {
        unavailableUntil = performance.now() + RETRY_AFTER_MS;
        resolve(null);
      }
      for (const settle of self.pending.values()) settle(false);
      self.pending.clear();
      bridge = undefined;
    };
    const timer = setTimeout(() => {
      if (!ready) child.kill();
    }, START_TIMEOUT_MS);
    timer.unref();
    child.on("error", fail);
    child.on("exit", fail);
    // Writing to a bridge that just died: its exit settles what waits.
    child.stdin.on("error", () => undefined);
    readline.createInterface({ input: child.stdout }).on("line", (line) => {
      let message: { ready?: boolean; id?: number; ok?: boolean };
      try {
        message = JSON.parse(line);
      } catch {
        return;
      }
      if (message.ready) {
        ready = true;
        clearTimeout(timer);
        resolve(self);
      } else if (message.id !== undefined) {
        self.pending.get(message.id)?.(message.ok === true);
        self.pending.delete(message.id);
      }
    });
    // An idle bridge does not keep the process alive.
    child.unref();
    (child.stdout as Readable & { unref?: () => void }).unref?.();
    (child.stdin as Writable & { unref?: () => void }).unref?.();
  });
}

/**
 * Converts the file at `input` into `output` with the LibreOffice export filter `filter`
 * ("writer_pdf_Export") in the resident LibreOffice; false when it could not, so that the caller
 * converts another way. One call at a time (the caller queues them).
 */
export async function convertInResidentLibreOffice(
  input: string,
  output: string,
  filter: string,
  profileUrl: string,
): Promise<boolean> {
  if (!bridge) {
    if (performance.now() < unavailableUntil) return false;
    bridge = startBridge(profileUrl);
  }
  const running = await bridge;
  if (!running) return false;
  const id = nextId++;
  const done = new Promise<boolean>((resolve) => running.pending.set(id, resolve));
  running.child.stdin.write(`${JSON.stringify({ id, input, output, filter })}\n`);
  return done;
}

/** Stops the resident LibreOffice, if one runs (the next conversion starts another). */
export async function stopResidentLibreOffice(): Promise<void> {
  const running = await bridge;
  bridge = undefined;
  if (!running) return;
  const exited = new Promise((resolve) => running.child.once("exit", resolve));
  running.child.stdin.end();
  await exited;
}
