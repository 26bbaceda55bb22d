import { initTRPC } from "@trpc/server";
import type { Context } from "./context";
import { formatError } from "./error-formatter";
import { transformer } from "./transformer";

/** Procedure metadata. Builders add what they need; handlers may describe themselves. */
export interface ProcedureMeta {
  /** Shown in API docs and logs. */
  description?: string;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer,
    errorFormatter: formatError,
    // Streams (the real-time inbox): a ping keeps proxies from closing an idle stream, the client
    // reconnects when pings stop, and a stream ends after 15 minutes so the reconnect re-checks
    // the session (a deactivated user stops receiving events).
    sse: {
      ping: { enabled: true, intervalMs: 10_000 },
      client: { reconnectAfterInactivityMs: 25_000 },
      maxDurationMs: 15 * 60_000,
    },
  });

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;
/**
 * The bare procedure: only procedures.ts may build on it. Everything else uses an audience
 * builder, and a test fails CI when a procedure of the app router does not.
 */
export const bareProcedure = t.procedure;
