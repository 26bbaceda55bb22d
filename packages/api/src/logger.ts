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

/** What a request logs through: the levels it uses, with its bindings (its request id). */
export type RequestLogger = Pick<Logger, "error" | "warn" | "info" | "debug">;

/**
 * A request's logger, made into a pino child only when something is logged: most requests log
 * nothing, and building a child (bindings, redaction) on every call was measurable.
 */
export function requestLogger(bindings: Record<string, unknown>): RequestLogger {
  let child: Logger | undefined;
  const logger = () => (child ??= rootLogger.child(bindings));
  return {
    error: (...args: Parameters<Logger["error"]>) => logger().error(...args),
    warn: (...args: Parameters<Logger["warn"]>) => logger().warn(...args),
    info: (...args: Parameters<Logger["info"]>) => logger().info(...args),
    debug: (...args: Parameters<Logger["debug"]>) => logger().debug(...args),
  };
}
