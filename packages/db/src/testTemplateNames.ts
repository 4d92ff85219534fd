// Where one test run keeps its template databases: a folder of embedded database images and two
// PostgreSQL databases, named after the run (KEHOACH_TEST_RUN, set by testTemplates.ts) so that runs
// side by side never share them and a crashed run's leftovers can be recognised by age.
import os from "node:os";
import path from "node:path";

export type TemplateState = "migrated" | "seeded";

/** Prefix of every database and folder a test run creates. */
export const TEST_DATABASE_PREFIX = "kehoach_test_";
export const TEST_TEMPLATE_PREFIX = "kehoach_tpl_";
export const TEST_FOLDER_PREFIX = "kehoach-test-";

/** Seconds since 1970 by the real clock: tests fake Date, and leftovers are judged by real age. */
export function realEpochSeconds(): number {
  return Math.floor((performance.timeOrigin + performance.now()) / 1000);
}

export function runTemplates(env: NodeJS.ProcessEnv = process.env) {
  const run = env.KEHOACH_TEST_RUN;
  if (!run) return null;
  const dir = path.join(os.tmpdir(), `${TEST_FOLDER_PREFIX}${run}`);
  return {
    run,
    dir,
    embedded: { migrated: path.join(dir, "migrated.tar"), seeded: path.join(dir, "seeded.tar") },
    postgres: { migrated: `${TEST_TEMPLATE_PREFIX}${run}_migrated`, seeded: `${TEST_TEMPLATE_PREFIX}${run}_seeded` },
  };
}
