// The seed loader's public API: read and validate prisma/seed/, write it into a database, tell
// whether a database is seeded. Used by the start command, `pnpm db:seed` and tests.

export { isDatabaseSeeded } from "../seeded.ts";
export {
  type AreaSeed,
  type AssignmentSeed,
  type DocumentSeed,
  type GrantSeed,
  type IndicatorGroupSeed,
  type IndicatorSeed,
  type JurisdictionSeed,
  loadSeedData,
  type PlanSeed,
  SEED_FILES,
  type SeedData,
  type TargetSeed,
  type TaskSeed,
  type UnitSeed,
  type UserSeed,
} from "./load.ts";
export {
  generateDemoPassword,
  type SeedCounts,
  type SeedOptions,
  type SeedResult,
  seedDatabase,
} from "./seed.ts";
export { SeedDataError } from "./validate.ts";
