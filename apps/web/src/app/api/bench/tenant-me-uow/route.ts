import { runUnitOfWork } from "@aizalo/db";
import { benchRouteNotFound, benchRoutesEnabled, missingIds, tenantAndUser } from "../gate";

// For `pnpm bench:http`'s breakdown (see ../gate.ts): tenant.me's two reads in one unit of work
// as the tenant's owner (app role, transaction, actor settings, query extensions, RLS), with
// no session check, tRPC, api_usage or audit. tRPC minus this = what the session and tRPC add.

export const dynamic = "force-dynamic";

/** GET /api/bench/tenant-me-uow?tenantId=<uuid>&userId=<uuid> */
export async function GET(request: Request): Promise<Response> {
  if (!benchRoutesEnabled()) return benchRouteNotFound();
  const ids = tenantAndUser(request);
  if (!ids) return missingIds();
  const actor = { type: "tenant", ...ids, role: "owner" } as const;
  const answer = await runUnitOfWork(actor, async (db) => {
    const [tenant, user] = await Promise.all([
      db.tenant.findFirst({
        where: { id: ids.tenantId },
        select: { id: true, businessName: true, subdomain: true, industry: true, isDemo: true },
      }),
      db.tenantUser.findFirst({
        where: { id: ids.userId },
        select: { id: true, fullName: true, email: true, role: true },
      }),
    ]);
    return tenant && user ? { tenant, role: user.role, user, impersonatorId: null } : null;
  });
  if (!answer) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json(answer, { headers: { "cache-control": "no-store" } });
}
