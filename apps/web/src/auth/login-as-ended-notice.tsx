import "server-only";
import type { PlatformSessionClaims } from "@aizalo/api/auth";
import { runUnitOfWork } from "@aizalo/db";
import { loginAsEndedNotice } from "./login-as-ended";

/**
 * "Your login as <business> ended." on /admin, after Stop or when the 30 minutes ran out
 * (?loginAsEnded=<subdomain>, see login-as-ended.ts). The name comes from the database, read
 * as the owner: an unknown subdomain, or anyone but the owner, shows nothing.
 */
export async function LoginAsEndedNotice({
  claims,
  subdomain,
}: {
  claims: PlatformSessionClaims;
  subdomain: string | string[] | undefined;
}) {
  if (typeof subdomain !== "string" || claims.role !== "owner") return null;
  const business = await runUnitOfWork(
    { type: "platform", userId: claims.userId, role: claims.role },
    (db) =>
      db.tenant.findFirst({
        where: { subdomain, deletedAt: null },
        select: { businessName: true },
      }),
  );
  if (!business) return null;
  return (
    <p role="status" className="rounded-lg bg-surface-muted px-3 py-2 text-sm text-foreground">
      {loginAsEndedNotice(business.businessName)}
    </p>
  );
}
