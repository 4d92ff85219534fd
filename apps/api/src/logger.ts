// The process logger (pino, JSON lines); LOG_LEVEL sets the level.
import pino from "pino";

export const logger = pino({ level: process.env.LOG_LEVEL ?? "info", base: { service: "kehoach-api" } });
