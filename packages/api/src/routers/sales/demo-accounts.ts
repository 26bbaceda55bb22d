import { apiEnv } from "../../env";
import { createDemoAccount, createDemoInput, listDemoAccounts } from "../../services/provisioning";
import { router } from "../../trpc/init";
import { salesProcedure } from "../../trpc/procedures";

const invitationLink = (token: string) =>
  new URL(`/invite/${token}`, apiEnv().WEB_ORIGIN).toString();

/** sales.demoAccounts: demo businesses full of sample data, for pitching; they expire. */
export const demoAccountsRouter = router({
  list: salesProcedure.query(({ ctx }) => listDemoAccounts(ctx.db, ctx.session.userId)),
  create: salesProcedure.input(createDemoInput).mutation(async ({ ctx, input }) => {
    const demo = await createDemoAccount(
      { repId: ctx.session.userId, industry: input.industry, days: input.days },
      { database: ctx.database, invitationLink },
    );
    ctx.audit({
      entity: "tenant",
      entityId: demo.tenantId,
      tenantId: demo.tenantId,
      changedFields: ["is_demo", "demo_expires_at", "industry"],
    });
    return demo;
  }),
});
