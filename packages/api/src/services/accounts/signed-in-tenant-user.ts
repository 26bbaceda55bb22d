import type { ScopedDb } from "@aizalo/db";
import type { TenantSessionClaims } from "../../auth/session";
import { NotFoundError } from "../../errors";

/**
 * Who is signed in to a tenant workspace, and the business they work for: what the tenant shell
 * shows on every page. An impersonating platform owner has no user row in the tenant; the
 * shell shows the impersonation banner instead of a name.
 */
export async function signedInTenantUser(db: ScopedDb, session: TenantSessionClaims) {
  // Both reads leave together: one round trip (UnitOfWorkConnection).
  const [tenant, user] = await Promise.all([
    db.tenant.findFirst({
      where: { id: session.tenantId },
      select: { id: true, businessName: true, subdomain: true, industry: true, isDemo: true },
    }),
    session.impersonatorId
      ? null
      : db.tenantUser.findFirst({
          where: { id: session.userId },
          select: { id: true, fullName: true, email: true, role: true },
        }),
  ]);
  if (!tenant) throw new NotFoundError("Business");
  if (session.impersonatorId) {
    return { tenant, role: session.role, user: null, impersonatorId: session.impersonatorId };
  }
  if (!user) throw new NotFoundError("User");
  return { tenant, role: user.role, user, impersonatorId: null };
}
