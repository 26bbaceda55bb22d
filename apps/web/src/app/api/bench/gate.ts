/**
 * Benchmark-only routes (/api/bench/*) answer 404 unless the server was started with
 * AIZALO_BENCH_ROUTES=enabled, read on every request. Only `pnpm bench:http` sets it, on a
 * server of its own against a throwaway database: these routes skip sign-in, the audit and
 * row-level security by design, so they must never be on where real data lives.
 */
export function benchRoutesEnabled(
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  return env.AIZALO_BENCH_ROUTES === "enabled";
}

/** What any unknown path answers, so a normal deployment does not even show the route exists. */
export function benchRouteNotFound(): Response {
  return new Response("Not Found", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `?tenantId=<uuid>&userId=<uuid>`, or null when either is missing or malformed. */
export function tenantAndUser(request: Request): { tenantId: string; userId: string } | null {
  const params = new URL(request.url).searchParams;
  const tenantId = params.get("tenantId") ?? "";
  const userId = params.get("userId") ?? "";
  return UUID.test(tenantId) && UUID.test(userId) ? { tenantId, userId } : null;
}

export const missingIds = () =>
  Response.json({ error: "tenantId and userId (uuids) are required" }, { status: 400 });
