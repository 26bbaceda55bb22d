import { randomUUID } from "node:crypto";
import type { Database } from "@aizalo/db";
import type { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { SessionEndReason } from "../auth/recheck-session";
import type { SessionClaims } from "../auth/session";
import { sessionEndReasonOf } from "../auth/session-ended";
import { RateLimitedError } from "../errors";
import type { ConversationEventHub } from "../realtime";
import type { TaskQueue } from "../services/background-tasks/request-task";
import { appRouter } from "../root";
import { createContext } from "./context";

export interface TrpcRequestOptions {
  /** Where the route handler is mounted. */
  endpoint?: string;
  /** The client's address as the app resolved it (TRUST_PROXY rules live in the web app). */
  ip?: string | null;
  database?: Database;
  /**
   * Told when a call was refused because the session has ended (its re-check failed), before
   * the response is returned: the app then clears the cookie, or turns an ended "login as
   * tenant" back into the owner's session.
   */
  onSessionEnded?: (reason: SessionEndReason) => void;
  /** The real-time inbox's event hub; the process's own unless a test brings one. */
  conversationEvents?: ConversationEventHub;
  /** Hands committed background tasks to the worker. */
  taskQueue?: TaskQueue;
}

/**
 * Answers one HTTP request to /api/trpc. The caller (apps/web's route handler) has verified the
 * JWT and passes its claims; each procedure re-checks them against the database inside its own
 * unit of work. This never reads cookies or tokens itself.
 */
export function handleTrpcRequest(
  request: Request,
  session: SessionClaims | null,
  options: TrpcRequestOptions = {},
): Promise<Response> {
  const requestId = requestIdOf(request);
  // A stream refused before it opens (no session, wrong audience, bad input) still answers with
  // an event stream; tRPC reports that error to onError but not to responseMeta. Kept here so
  // the stream's HTTP status says 401/403/400 too, and EventSource does not retry it.
  const streamRefusals: TRPCError[] = [];
  return fetchRequestHandler({
    endpoint: options.endpoint ?? "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () =>
      createContext({
        session,
        requestId,
        ip: options.ip ?? null,
        userAgent: request.headers.get("user-agent"),
        ...(options.database && { database: options.database }),
        ...(options.conversationEvents && { conversationEvents: options.conversationEvents }),
        ...(options.taskQueue && { taskQueue: options.taskQueue }),
      }),
    onError({ error, type }) {
      if (type === "subscription") streamRefusals.push(error);
    },
    responseMeta({ errors, type }) {
      const ended = [...errors, ...streamRefusals]
        .map(sessionEndReasonOf)
        .find((reason) => reason !== null);
      if (ended) options.onSessionEnded?.(ended);
      const limited = errors.find((error) => error.cause instanceof RateLimitedError)?.cause;
      const refusal = type === "subscription" ? streamRefusals[0] : undefined;
      return {
        ...(refusal && { status: getHTTPStatusCodeFromError(refusal) }),
        // A plain object: tRPC copies it into its own Headers (a second Headers cost each call
        // a visible share of its CPU in header validation).
        headers: {
          "x-request-id": requestId,
          ...(limited instanceof RateLimitedError && {
            "retry-after": String(limited.retryAfterSeconds),
          }),
        },
      };
    },
  });
}

/** A proxy's request id when it looks like one (so logs line up), else a new one. */
function requestIdOf(request: Request): string {
  const given = request.headers.get("x-request-id");
  return given && /^[\w.:-]{8,128}$/.test(given) ? given : randomUUID();
}
