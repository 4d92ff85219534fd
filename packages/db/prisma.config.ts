// Prisma CLI configuration. Only `prisma generate` uses the CLI here: migrations run on the
// WebAssembly schema engine (src/migrate), so no native engine is ever needed or downloaded.
import { defineConfig } from "prisma/config";

// generate never runs the schema engine, but the CLI checks a binary exists before it starts.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/dev/null";

export default defineConfig({
  schema: "../../prisma/schema.prisma",
  migrations: { path: "../../prisma/migrations" },
});
