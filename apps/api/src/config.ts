// Process configuration from environment variables, validated once at start.
import { parseInstant } from "@kehoach/domain";
import { z } from "zod";

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATABASE_REPLICA_URL: z
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
  // Behind a reverse proxy: its hop count or addresses (see server/edge.ts trustProxySetting).
  TRUST_PROXY: z
    .string()
    .optional()
    .or(z.literal("").transform(() => undefined))
    .refine(
      (v) => v === undefined || !/^(true|false)$/i.test(v),
      "TRUST_PROXY: ghi số proxy (1) hoặc địa chỉ của proxy (loopback, 10.0.0.5), không ghi true/false",
    ),
  GRAPHQL_INTROSPECTION: z.enum(["true", "false"]).optional(),
  // Reminders by e-mail: smtp://user:password@host:587 (or smtps://…:465); unset, the console only.
  SMTP_URL: z
    .string()
    .optional()
    .or(z.literal("").transform(() => undefined))
    .refine((v) => v === undefined || /^smtps?:\/\//.test(v), "SMTP_URL: viết smtp://người-dùng:mật-khẩu@máy:587"),
  SMTP_FROM: z.string().min(3).optional(),
  LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
  // Tests and demos of a given day: the server's clock starts at this instant and runs on.
  KEHOACH_NOW: z
    .string()
    .optional()
    .or(z.literal("").transform(() => undefined))
    .refine((v) => v === undefined || isInstant(v), "KEHOACH_NOW: viết YYYY-MM-DD hoặc YYYY-MM-DDThh:mm:ss+07:00"),
  /** When the start command began (ms since 1970), so the start message counts install and build too. */
  KEHOACH_STARTED_AT: z.coerce.number().int().positive().optional(),
});

function isInstant(text: string): boolean {
  try {
    parseInstant(text);
    return true;
  } catch {
    return false;
  }
}

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Cấu hình không hợp lệ — ${problems}`);
  }
  return parsed.data;
}
