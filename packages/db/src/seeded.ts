// Whether a database is seeded, apart from the seed loader: every start asks, and only a first start
// loads the loader (with its YAML and CSV parsers).
import type { Prisma } from "./client.ts";

/** True when the database already holds a seeded plan (the start command then skips seeding). */
export async function isDatabaseSeeded(prisma: Prisma): Promise<boolean> {
  return (await prisma.plan.count()) > 0;
}
