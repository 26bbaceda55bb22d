import { signedInStaffMember } from "../../services/accounts/signed-in-staff-member";
import { salesDashboard } from "../../services/sales-portal/dashboard";
import { viewerOf } from "../../services/sales-portal/viewer";
import { router } from "../../trpc/init";
import { salesProcedure } from "../../trpc/procedures";
import { clientsRouter } from "./clients";
import { commissionsRouter } from "./commissions";
import { demosRouter } from "./demos";
import { leadsRouter } from "./leads";
import { demoAccountsRouter } from "./demo-accounts";
import { onboardingRouter } from "./onboarding";

/** The sales app (/sales/**): sales reps and support; the owner and admins may look in. */
export const salesRouter = router({
  me: salesProcedure.query(({ ctx }) => signedInStaffMember(ctx.db, ctx.session)),
  dashboard: salesProcedure.query(({ ctx }) => salesDashboard(ctx.db, viewerOf(ctx.session))),
  leads: leadsRouter,
  demos: demosRouter,
  clients: clientsRouter,
  commissions: commissionsRouter,
  onboarding: onboardingRouter,
  demoAccounts: demoAccountsRouter,
});
