import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

/**
 * A plain Prisma client as the owner role: no unit of work, no actor settings, no query
 * extensions, and (for a superuser or BYPASSRLS owner) no row-level security. Only for the
 * HTTP benchmark's bare comparison route (apps/web /api/bench/*, off unless
 * AIZALO_BENCH_ROUTES=enabled), which measures what the real path's guards cost. Nothing that
 * serves users may use it: every query must name its tenant itself.
 */
export function createPlainOwnerClient(ownerUrl: string, poolSize: number): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: ownerUrl, max: poolSize }),
  });
}
