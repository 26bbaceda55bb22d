import { adminRouter } from "./routers/admin";
import { publicRouter } from "./routers/public";
import { salesRouter } from "./routers/sales";
import { tenantRouter } from "./routers/tenant";
import { router } from "./trpc/init";

/** The whole API, by audience. Paths read `tenant.customers.list`, `admin.tenants.suspend`... */
export const appRouter = router({
  public: publicRouter,
  admin: adminRouter,
  sales: salesRouter,
  tenant: tenantRouter,
});

export type AppRouter = typeof appRouter;
