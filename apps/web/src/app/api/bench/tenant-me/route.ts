import type { createPlainOwnerClient } from "@aizalo/db/bench";
import { benchRouteNotFound, benchRoutesEnabled, missingIds, tenantAndUser } from "../gate";

// The bare twin of the tRPC query `tenant.me`, for `pnpm bench:http` only (see ../gate.ts):
// the same two reads and the same answer, through a plain Prisma client as the owner role
// (DATABASE_URL) with explicit tenant filters. No session, audit, api_usage row, unit of work
// or row-level security: what the authenticated path is measured against.

export const dynamic = "force-dynamic";

type PrismaClient = ReturnType<typeof createPlainOwnerClient>;

const globalForBench = globalThis as typeof globalThis & { aizaloBenchClient?: PrismaClient };

async function plainClient(): Promise<PrismaClient> {
  if (globalForBench.aizaloBenchClient) return globalForBench.aizaloBenchClient;
  const ownerUrl = process.env.DATABASE_URL;
  if (!ownerUrl) throw new Error("the bench routes read DATABASE_URL (the owner role)");
  // Loaded only once the gate is open: a normal deployment never opens an owner connection.
  const { createPlainOwnerClient: create } = await import("@aizalo/db/bench");
  // The same pool size as the app role's pool (DB_POOL_SIZE, default 10): a fair comparison.
  const client = create(ownerUrl, Number(process.env.DB_POOL_SIZE ?? 10));
  globalForBench.aizaloBenchClient = client;
  return client;
}

/** GET /api/bench/tenant-me?tenantId=<uuid>&userId=<uuid> */
export async function GET(request: Request): Promise<Response> {
  if (!benchRoutesEnabled()) return benchRouteNotFound();
  const ids = tenantAndUser(request);
  if (!ids) return missingIds();
  const { tenantId, userId } = ids;
  const db = await plainClient();
  // Both reads at once, as tenant.me makes them.
  const [tenant, user] = await Promise.all([
    db.tenant.findFirst({
      where: { id: tenantId, deletedAt: null },
      select: { id: true, businessName: true, subdomain: true, industry: true, isDemo: true },
    }),
    db.tenantUser.findFirst({
      where: { id: userId, tenantId, deletedAt: null },
      select: { id: true, fullName: true, email: true, role: true },
    }),
  ]);
  if (!tenant) return Response.json({ error: "Business not found" }, { status: 404 });
  if (!user) return Response.json({ error: "User not found" }, { status: 404 });
  return Response.json(
    { tenant, role: user.role, user, impersonatorId: null },
    { headers: { "cache-control": "no-store" } },
  );
}
