import { signedInTenantUser } from "../../services/accounts/signed-in-tenant-user";
import { router } from "../../trpc/init";
import { tenantProcedure } from "../../trpc/procedures";
import { activityRouter } from "./activity";
import { campaignsRouter } from "./campaigns";
import { customersRouter } from "./customers";
import { dataExportRouter } from "./data-export";
import { leadsRouter } from "./leads";
import { conversationsRouter } from "./conversations";
import { settingsRouter } from "./settings";
import { teamRouter } from "./team";
import { dashboardRouter } from "./dashboard";
import { analyticsRouter } from "./analytics";

/** The tenant workspace (/<subdomain>/...): every call scoped to the session's tenant. */
export const tenantRouter = router({
  me: tenantProcedure.query(({ ctx }) => signedInTenantUser(ctx.db, ctx.session)),
  team: teamRouter,
  settings: settingsRouter,
  activity: activityRouter,
  customers: customersRouter,
  leads: leadsRouter,
  conversations: conversationsRouter,
  dataExport: dataExportRouter,
  campaigns: campaignsRouter,
  dashboard: dashboardRouter,
  analytics: analyticsRouter,
});
