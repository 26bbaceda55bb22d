import { handleTrpcRequest } from "@aizalo/api";
import { clientAddress, type SessionEndReason } from "@aizalo/api/auth";
import { readSessionToken } from "../../../../auth/session-token";
import { env } from "../../../../env";
import { endSession, refreshSessionIfOld } from "../../../../server/session";
import { taskQueue } from "../../../../server/task-queue";

/**
 * Every tRPC call: the session's claims are read from the JWT (the cookie is not rewritten),
 * and each procedure re-checks them against the database inside its own unit of work, so a
 * call costs one transaction. A call refused because the session has ended clears the cookie
 * here, or turns an ended "login as tenant" back into the owner's own session.
 */
async function handle(request: Request): Promise<Response> {
  const token = await readSessionToken(request.headers, request.url);
  const claims = token?.claims ?? null;
  let ended: SessionEndReason | null = null;
  const response = await handleTrpcRequest(request, claims, {
    ip: clientAddress(request.headers, env.TRUST_PROXY),
    taskQueue,
    onSessionEnded: (reason) => {
      ended = reason;
    },
  });
  if (claims && ended) await endSession(claims, ended);
  else if (token && claims && response.ok) await refreshSessionIfOld(token);
  return response;
}

// Answers depend on the session and the database: never cached or prerendered (and Next skips
// its static-rendering bookkeeping for the route, as the bench's bare route does).
export const dynamic = "force-dynamic";

export { handle as GET, handle as POST };
