import type { ProcedureType } from "@trpc/server";
import { defaultMutationRateLimit } from "../../rate-limit/mutation-limit";
import type { Context } from "../context";
import { middleware } from "../init";

/**
 * Counts a mutation against its person's limit before any transaction opens: the counter lives
 * in another store, and a unit of work never waits on an outside call (DESIGN.md, isolation 5).
 * Visitors without a session are counted per client address.
 */
export async function countMutation(ctx: Context, type: ProcedureType): Promise<void> {
  const person = ctx.session ?? (ctx.ip ? { userType: "address", userId: ctx.ip } : null);
  if (type === "mutation" && person) {
    await (ctx.mutationRateLimit ?? defaultMutationRateLimit()).consume(person);
  }
}

/** For the public builder; the signed-in builders' guards count within themselves. */
export const limitMutations = middleware(async ({ ctx, type, next }) => {
  await countMutation(ctx, type);
  return next();
});
