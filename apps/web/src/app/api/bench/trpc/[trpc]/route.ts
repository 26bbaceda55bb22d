import { benchRouteNotFound, benchRoutesEnabled } from "../../gate";

// For `pnpm bench:http`'s breakdown (see ../../gate.ts): the tRPC handler with the JWT's
// claims read through Auth.js's `auth()`, which re-encrypts and re-sends the cookie on every
// call (what /api/trpc did before it read the JWT without rewriting it). The real route
// (/api/trpc) minus this = what that rewrite costs.

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
