import { getDatabase, type Database } from "@aizalo/db";
import type { SessionClaims } from "../auth/session";
import { apiUsageLogFor, type ApiUsageLog } from "../api-usage";
import { requestLogger } from "../logger";
import { conversationEventHub, type ConversationEventHub } from "../realtime";
import type { TaskQueue } from "../services/background-tasks/request-task";
import type { MutationRateLimit } from "../rate-limit/mutation-limit";

/** What the HTTP handler (or a script) knows about a request before any procedure runs. */
export interface RequestInfo {
  /**
   * Claims from the sign-in layer's signed JWT, or none. Not yet re-checked against the
   * database: every builder does that itself, inside the call's unit of work (procedures.ts).
   */
  session: SessionClaims | null;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  /** The database to run units of work on; the process's own unless a test brings one. */
  database?: Database;
  /** Overrides for tests; the process's defaults otherwise. */
  usageLog?: ApiUsageLog;
  mutationRateLimit?: MutationRateLimit;
  /** The real-time inbox's event hub; the process's own (one LISTEN connection) unless given. */
  conversationEvents?: ConversationEventHub;
  /**
   * Hands committed background tasks to the worker (the web app's is pg-boss). Without one,
   * the worker's minute sweep finds queued tasks itself.
   */
  taskQueue?: TaskQueue;
}

const sweptByTheWorker: TaskQueue = { send: async () => {} };

/**
 * One context per HTTP request, shared by every call of a batch: it holds no transaction and no
 * actor. Each procedure builder opens its own unit of work per call (ISOLATION.md).
 */
export function createContext(request: RequestInfo) {
  const database = request.database ?? getDatabase();
  return {
    session: request.session,
    requestId: request.requestId,
    ip: request.ip,
    userAgent: request.userAgent,
    logger: requestLogger({ requestId: request.requestId }),
    database,
    usageLog: request.usageLog ?? apiUsageLogFor(database),
    mutationRateLimit: request.mutationRateLimit,
    /** A function, so a request that opens no stream never builds the hub. */
    conversationEvents: () => request.conversationEvents ?? conversationEventHub(),
    taskQueue: request.taskQueue ?? sweptByTheWorker,
  };
}

export type Context = ReturnType<typeof createContext>;
