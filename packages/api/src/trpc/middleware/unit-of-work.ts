import { TRPCError } from "@trpc/server";
import { checkSessionIn, judgeSession, sessionStateRequest } from "../../auth/recheck-session";
import { sessionEndedError } from "../../auth/session-ended";
import { actorFromSession } from "../actor";
import { AuditTrail } from "../audit-trail";
import { middleware } from "../init";

/**
 * Runs the rest of the call (handler included) in ONE unit of work as the session's actor, and
 * hands the handler the scoped client. The session's claims come from the signed JWT; the
 * first statement of the transaction re-checks them against the database (active, same role
 * and session version, business usable, "login as tenant" live), so the check and the work
 * share one transaction. A mutation's audit rows are written in the same transaction; a failed
 * call throws inside it, so its writes and its audit rows roll back.
 */
export const unitOfWork = middleware(async ({ ctx, path, type, next }) => {
  const { session } = ctx;
  if (!session) throw new TRPCError({ code: "UNAUTHORIZED" });
  if (type === "subscription") {
    // A stream would hold the transaction (and a pooled connection) open for its whole life.
    throw new Error(`${path}: subscriptions use a subscription builder, not a unit of work`);
  }
  const actor = actorFromSession(session);
  const trail = new AuditTrail();
  // Work that must wait for the commit (handing a task to the worker): run once it has
  // committed, never for a call that rolled back.
  const afterCommit: (() => Promise<void>)[] = [];
  // The re-check's read travels with BEGIN and the actor's settings (one round trip); should
  // it not have (a pool the unit of work did not set up), it is read here as the first query.
  const options = { sessionState: sessionStateRequest(session) };
  const result = await ctx.database.runUnitOfWork(
    actor,
    async (db, opened) => {
      const check = opened?.sessionState
        ? judgeSession(opened.sessionState[0], session)
        : await checkSessionIn(db, session);
      if (!check.ok) throw sessionEndedError(check);
      // REQUIRE_STAFF_MFA: an owner or admin without a second factor sets it up first. Judged
      // from the database, so enrolling counts at once, whatever the JWT said at sign-in.
      if (check.claims.userType === "platform" && check.claims.mfaSetupRequired) {
        throw new TRPCError({ code: "FORBIDDEN", message: "You do not have access" });
      }
      const result = await next({
        ctx: {
          actor,
          db,
          audit: trail.declare,
          afterCommit: (work: () => Promise<void>) => void afterCommit.push(work),
        },
      });
      if (!result.ok) throw result.error;
      if (type === "mutation") {
        await trail.write(db, { session, action: path, requestId: ctx.requestId, ip: ctx.ip });
      }
      return result;
    },
    options,
  );
  for (const work of afterCommit) {
    // The change is committed: a failure here is logged, not turned into a failed call.
    await work().catch((error: unknown) => ctx.logger.warn({ err: error, path }, "after commit"));
  }
  return result;
});
