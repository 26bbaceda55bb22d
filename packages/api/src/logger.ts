import { pino, type Logger } from "pino";
import { apiEnv } from "./env";

export type { Logger } from "pino";

/**
 * The process's structured logger (JSON lines on stdout). Requests log through a child that
 * carries their request id. Session tokens and passwords are redacted wherever they appear.
 */
export const rootLogger: Logger = pino({
  level: apiEnv().LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
  base: { service: "api" },
  redact: {
    paths: ["*.password", "*.token", "*.authorization", "*.cookie", "input.password"],
    censor: "[redacted]",
  },
});
