// The process logger (pino). LOG_LEVEL sets the level. On a terminal the lines are written for a
// person (pino-pretty); otherwise, or with LOG_FORMAT=json, one JSON object a line for machines.
import { createRequire } from "node:module";
import pino from "pino";
import type PinoPretty from "pino-pretty";

export function createLogger(env: NodeJS.ProcessEnv = process.env, terminal = Boolean(process.stdout.isTTY)) {
  const options = { level: env.LOG_LEVEL ?? "info", base: { service: "kehoach-api" } };
  const readable = env.LOG_FORMAT === "pretty" || (env.LOG_FORMAT !== "json" && terminal);
  if (!readable) return pino(options);
  // Loaded only for a person's terminal; a service's start does not load it.
  const pretty = createRequire(import.meta.url)("pino-pretty") as typeof PinoPretty;
  return pino(
    options,
    pretty({ sync: true, colorize: terminal, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname,service" }),
  );
}

export const logger = createLogger();
