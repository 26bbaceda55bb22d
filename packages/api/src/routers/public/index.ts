import { checkHealth } from "../../services/health";
import { router } from "../../trpc/init";
import { publicProcedure } from "../../trpc/procedures";

/** Calls anyone may make, signed in or not. */
export const publicRouter = router({
  health: publicProcedure.query(({ ctx }) => checkHealth(ctx.database)),
});
