import { benchRouteNotFound, benchRoutesEnabled } from "../gate";

// For `pnpm bench:http`'s breakdown (see ../gate.ts): what every tRPC call spends on its
// session before tRPC runs. `?check=jwt`: Auth.js reads and decrypts the session cookie only;
// otherwise also the per-request re-check against the database (one "session-check" unit of
// work), exactly as the tRPC route handler does. Answers 200 with the user id, or 401.

export const dynamic = "force-dynamic";

/** GET /api/bench/session[?check=jwt] with the session cookie */
export async function GET(request: Request): Promise<Response> {
  if (!benchRoutesEnabled()) return benchRouteNotFound();
  const jwtOnly = new URL(request.url).searchParams.get("check") === "jwt";
  // Loaded once the gate is open (and so the gate's unit test needs no Next runtime).
  const [{ auth }, { verifySession }] = await Promise.all([
    import("../../../../auth"),
    import("../../../../server/session"),
  ]);
  const userId = jwtOnly
    ? (await auth())?.claims?.userId
    : await verifySession().then((s) => (s.status === "active" ? s.claims.userId : undefined));
  if (!userId) return Response.json({ error: "signed out" }, { status: 401 });
  return Response.json({ userId }, { headers: { "cache-control": "no-store" } });
}
