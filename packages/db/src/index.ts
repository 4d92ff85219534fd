// @kehoach/db: the Prisma client factory, generated Prisma types, migrations and seed.
export { type Database, type DatabaseOptions, databaseOptionsFromEnv, openDatabase, type Prisma } from "./client.ts";
export type { default as PrismaTypes } from "./generated/pothos-types.ts";
export { getDatamodel } from "./generated/pothos-types.ts";
export { Prisma as PrismaNamespace, PrismaClient } from "./generated/prisma/client.ts";
export * from "./generated/prisma/enums.ts";
export type * from "./generated/prisma/models.ts";
export { defaultDataDir, repoRoot } from "./paths.ts";
export {
  calendarOf,
  calendarSelect,
  followsSchedule,
  isoDayOf,
  periodDays,
  reportingPeriodRows,
  scheduledPeriodWhere,
} from "./reportingPeriodRows.ts";
export { isDatabaseSeeded } from "./seeded.ts";
