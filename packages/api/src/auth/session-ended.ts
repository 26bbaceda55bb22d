import { TRPCError } from "@trpc/server";
import type { SessionCheck, SessionEndReason } from "./recheck-session";

/**
 * The cause of the UNAUTHORIZED answer to a call whose session failed its re-check. The HTTP
 * handler hands the reason to the web app (which then clears the cookie, or turns an ended
 * "login as tenant" back into the owner's own session); the client sees it as
 * `error.data.sessionEnded`.
 */
export class SessionEndedError extends Error {
  override readonly name = "SessionEndedError";

  constructor(
    readonly reason: SessionEndReason,
    message: string,
  ) {
    super(message);
  }
}

export function sessionEndedError(check: Extract<SessionCheck, { ok: false }>): TRPCError {
  return new TRPCError({
    code: "UNAUTHORIZED",
    message: check.message,
    cause: new SessionEndedError(check.reason, check.message),
  });
}

/** The reason a call's error carries, if its session ended. */
export function sessionEndReasonOf(error: { cause?: unknown }): SessionEndReason | null {
  return error.cause instanceof SessionEndedError ? error.cause.reason : null;
}
