// Runs before every test file. Date (and only Date: timers stay real) starts at TEST_NOW and runs on,
// so a test gives the same result on any day it runs; the database templates of this run are found
// through KEHOACH_TEST_RUN (packages/db/src/testTemplates.ts).
import { inject, vi } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    kehoachTestRun?: string;
  }
}

const run = inject("kehoachTestRun");
if (run) process.env.KEHOACH_TEST_RUN = run;

const now = process.env.TEST_NOW;
if (!now || Number.isNaN(Date.parse(now))) throw new Error(`TEST_NOW is not an instant: "${now}"`);
vi.useFakeTimers({ toFake: ["Date"], now: new Date(now), shouldAdvanceTime: true });
