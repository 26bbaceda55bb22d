import { signedInStaffMember } from "../../services/accounts/signed-in-staff-member";
import { router } from "../../trpc/init";
import { salesProcedure } from "../../trpc/procedures";
import { demoAccountsRouter } from "./demo-accounts";
import { onboardingRouter } from "./onboarding";

/** The sales app (/sales/**): sales reps and support; the owner and admins may look in. */
export const salesRouter = router({
  me: salesProcedure.query(({ ctx }) => signedInStaffMember(ctx.db, ctx.session)),
  onboarding: onboardingRouter,
  demoAccounts: demoAccountsRouter,
});
