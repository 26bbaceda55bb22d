import { defaultMutationRateLimit } from "../../rate-limit/mutation-limit";
import { middleware } from "../init";

/**
 * Counts a signed-in person's mutations before any transaction opens: the counter lives in
 * another store, and a unit of work never waits on an outside call (DESIGN.md, isolation 5).
 */
export const limitMutations = middleware(async ({ ctx, type, next }) => {
  // Visitors without a session are counted per client address.
  const person = ctx.session ?? (ctx.ip ? { userType: "address", userId: ctx.ip } : null);
  if (type === "mutation" && person) {
    await (ctx.mutationRateLimit ?? defaultMutationRateLimit()).consume(person);
  }
  return next();
});
