import { pino, type Logger } from "pino";

export type { Logger } from "pino";

/**
 * The worker's structured logger (JSON lines on stdout, one `job` field per job run). Tokens and
 * links are redacted wherever a log call passes them by accident; the outbox's development log
 * prints links on purpose, under another key (outbox/log-channel.ts).
 */
export function createLogger(level?: string): Logger {
  return pino({
    level: level ?? (process.env.VITEST ? "silent" : "info"),
    base: { service: "worker" },
    redact: { paths: ["*.token", "*.password", "*.link", "payload"], censor: "[redacted]" },
  });
}
