// Process configuration from environment variables, validated once at start.
import { z } from "zod";

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().min(1).optional(),
  DEMO_PASSWORD: z.string().min(8, "DEMO_PASSWORD phải có ít nhất 8 ký tự").optional(),
  SEED_DEMO: z.enum(["0", "1"]).optional(),
  REDIS_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  NODE_ENV: z.string().optional(),
  GRAPHQL_INTROSPECTION: z.enum(["true", "false"]).optional(),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Cấu hình không hợp lệ — ${problems}`);
  }
  return parsed.data;
}
