import { TRPCError } from "@trpc/server";
import type { TenantSessionClaims } from "../../auth/session";
import type { ScopedDb } from "@aizalo/db";

/**
 * "Login as tenant" lasts while its impersonation_sessions row does (30 minutes, ended by Stop).
 * The JWT may outlive it, so every impersonated call asks PostgreSQL, inside its own unit of
 * work, whether the row still backs the session: app.tenant_role() answers NULL once it is
 * over, ended, or its owner is no longer an active platform owner.
 */
export async function requireLiveImpersonation(
  db: ScopedDb,
  session: TenantSessionClaims,
): Promise<void> {
  if (!session.impersonatorId) return;
  const [row] = await db.$queryRaw<{ role: string | null }[]>`SELECT app.tenant_role() AS role`;
  if (row?.role !== session.role) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "The login as this business has ended" });
  }
}
