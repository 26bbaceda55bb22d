import { randomUUID } from "node:crypto";
import type { Database } from "@aizalo/db";
import type { SessionClaims } from "../auth/session";
import { appRouter } from "../root";
import type { TaskQueue } from "../services/background-tasks/request-task";
import { createContext } from "./context";
import { createCallerFactory } from "./init";

const createCaller = createCallerFactory(appRouter);

/**
 * The API as a function, for scripts, jobs and server components: the same builders, unit of
 * work, audit and usage rows as over HTTP, for the person `session` names.
 */
export function createCallerFor(
  session: SessionClaims | null,
  options: { database?: Database; requestId?: string; taskQueue?: TaskQueue } = {},
) {
  return createCaller(
    createContext({
      session,
      requestId: options.requestId ?? `caller-${randomUUID()}`,
      ip: null,
      userAgent: null,
      ...(options.database && { database: options.database }),
      ...(options.taskQueue && { taskQueue: options.taskQueue }),
    }),
  );
}
