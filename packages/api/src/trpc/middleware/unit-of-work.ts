import { TRPCError, type ProcedureType } from "@trpc/server";
import type { ScopedDb, UnitOfWorkOpening } from "@aizalo/db";
import { judgeSession, sessionStateRequest } from "../../auth/recheck-session";
import { sessionEndedError } from "../../auth/session-ended";
import type { SessionClaims } from "../../auth/session";
import { actorFromSession } from "../actor";
import { AuditTrail } from "../audit-trail";
import type { Context } from "../context";

/** What a call's handler gets from its unit of work, beside the session. */
export interface CallUnitOfWork {
  actor: ReturnType<typeof actorFromSession>;
  db: ScopedDb;
  audit: AuditTrail["declare"];
  /** Work that must wait for the commit (handing a task to the worker). */
  afterCommit: (work: () => Promise<void>) => void;
}

/**
 * Runs the rest of a call (handler included) in ONE unit of work as the session's actor, and
 * hands the handler the scoped client through `proceed` (the guard's `next`, so a call passes
 * one middleware layer for its guard and its unit of work). The session's claims come from the
 * signed JWT; the first statement of the transaction re-checks them against the database
 * (active, same role and session version, business usable, "login as tenant" live), so the
 * check and the work share one transaction. A mutation's audit rows are written in the same
 * transaction; a failed call throws inside it, so its writes and its audit rows roll back.
 */
export async function runCallInUnitOfWork<R extends { ok: boolean }>(
  call: { ctx: Context; session: SessionClaims; type: ProcedureType; path: string },
  proceed: (unit: CallUnitOfWork) => Promise<R>,
): Promise<R> {
  const { ctx, session, type, path } = call;
  if (type === "subscription") {
    // A stream would hold the transaction (and a pooled connection) open for its whole life.
    throw new Error(`${path}: subscriptions use a subscription builder, not a unit of work`);
  }
  const actor = actorFromSession(session);
  const trail = new AuditTrail();
  // Run once the change has committed, never for a call that rolled back.
  const afterCommit: (() => Promise<void>)[] = [];
  // The re-check's read travels with BEGIN and the actor's settings, and the handler's first
  // query right behind them (one round trip); its answer waits for the verdict. No row (the
  // account is gone) ends the session.
  const admit = (opened: UnitOfWorkOpening) => {
    const check = judgeSession(opened.sessionState?.[0], session);
    if (!check.ok) throw sessionEndedError(check);
    // REQUIRE_STAFF_MFA: an owner or admin without a second factor sets it up first. Judged
    // from the database, so enrolling counts at once, whatever the JWT said at sign-in.
    if (check.claims.userType === "platform" && check.claims.mfaSetupRequired) {
      throw new TRPCError({ code: "FORBIDDEN", message: "You do not have access" });
    }
  };
  const result = await ctx.database.runUnitOfWork(
    actor,
    async (db) => {
      const result = await proceed({
        actor,
        db,
        audit: trail.declare,
        afterCommit: (work) => void afterCommit.push(work),
      });
      if (!result.ok) throw (result as { error?: unknown }).error;
      if (type === "mutation") {
        await trail.write(db, { session, action: path, requestId: ctx.requestId, ip: ctx.ip });
      }
      return result;
    },
    // A query only reads: PostgreSQL refuses its writes, and it needs no COMMIT of its own.
    { sessionState: sessionStateRequest(session), admit, readOnly: type === "query" },
  );
  for (const work of afterCommit) {
    // The change is committed: a failure here is logged, not turned into a failed call.
    await work().catch((error: unknown) => ctx.logger.warn({ err: error, path }, "after commit"));
  }
  return result;
}
