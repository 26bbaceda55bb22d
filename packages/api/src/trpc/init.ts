import { initTRPC } from "@trpc/server";
import type { Context } from "./context";
import { formatError } from "./error-formatter";
import { transformer } from "./transformer";

/** Procedure metadata. Builders add what they need; handlers may describe themselves. */
export interface ProcedureMeta {
  /** Shown in API docs and logs. */
  description?: string;
}

const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
  transformer,
  errorFormatter: formatError,
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;
/**
 * The bare procedure: only procedures.ts may build on it. Everything else uses an audience
 * builder, and a test fails CI when a procedure of the app router does not.
 */
export const bareProcedure = t.procedure;
