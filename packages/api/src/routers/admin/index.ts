import { signedInStaffMember } from "../../services/accounts/signed-in-staff-member";
import { router } from "../../trpc/init";
import { adminProcedure } from "../../trpc/procedures";
import { auditRouter } from "./audit";
import { commissionsRouter } from "./commissions";
import { flagsRouter } from "./flags";
import { overviewRouter } from "./overview";
import { revenueRouter } from "./revenue";
import { salesTeamRouter } from "./sales-team";
import { systemRouter } from "./system";
import { tenantsRouter } from "./tenants";

/** The admin app (/admin/**): the platform owner and admins. */
export const adminRouter = router({
  me: adminProcedure.query(({ ctx }) => signedInStaffMember(ctx.db, ctx.session)),
  overview: overviewRouter,
  system: systemRouter,
  audit: auditRouter,
  tenants: tenantsRouter,
  flags: flagsRouter,
  salesTeam: salesTeamRouter,
  revenue: revenueRouter,
  commissions: commissionsRouter,
});
