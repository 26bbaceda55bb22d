import { TRPCError } from "@trpc/server";
import { recheckSession } from "../../auth/recheck-session";
import { sessionEndedError } from "../../auth/session-ended";
import { middleware } from "../init";

/**
 * Streams hold no unit of work, so they re-check the JWT's claims against the database once,
 * when they open, in a short unit of work of their own (DESIGN.md, isolation point 6).
 */
export const recheckSessionOnOpen = middleware(async ({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in" });
  const check = await recheckSession(ctx.session, ctx.database);
  if (!check.ok) throw sessionEndedError(check);
  if (check.claims.userType === "platform" && check.claims.mfaSetupRequired) {
    throw new TRPCError({ code: "FORBIDDEN", message: "You do not have access" });
  }
  return next();
});
