import { benchRouteNotFound, benchRoutesEnabled } from "../../gate";

// For `pnpm bench:http`'s breakdown (see ../../gate.ts): the real tRPC handler with the JWT's
// claims as they are, without the per-request re-check against the database. The real route
// (/api/trpc) minus this = the re-check; this minus `session?check=jwt` = tRPC + unit of work.

export const dynamic = "force-dynamic";

/** GET /api/bench/trpc/<path> with the session cookie */
export async function GET(request: Request): Promise<Response> {
  if (!benchRoutesEnabled()) return benchRouteNotFound();
  const [{ auth }, { handleTrpcRequest }] = await Promise.all([
    import("../../../../../auth"),
    import("@aizalo/api"),
  ]);
  const claims = (await auth())?.claims ?? null;
  return handleTrpcRequest(request, claims, { endpoint: "/api/bench/trpc" });
}
