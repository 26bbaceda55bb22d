import { benchRouteNotFound, benchRoutesEnabled } from "../gate";

// For `pnpm bench:http`'s breakdown (see ../gate.ts): what a request spends on its session.
// `?check=jwt`: the session cookie read and decrypted only (what the tRPC route handler does
// before tRPC runs); otherwise also the re-check against the database in a unit of work of its
// own, as pages do (the tRPC procedures run it inside their own unit of work instead). Answers
// 200 with the user id, or 401.

export const dynamic = "force-dynamic";

/** GET /api/bench/session[?check=jwt] with the session cookie */
export async function GET(request: Request): Promise<Response> {
  if (!benchRoutesEnabled()) return benchRouteNotFound();
  const jwtOnly = new URL(request.url).searchParams.get("check") === "jwt";
  // Loaded once the gate is open (and so the gate's unit test needs no Next runtime).
  const [{ readSessionClaims }, { recheckSession }] = await Promise.all([
    import("../../../../auth/session-token"),
    import("@aizalo/api/auth"),
  ]);
  const claims = await readSessionClaims(request.headers, request.url);
  const check = claims && !jwtOnly ? await recheckSession(claims) : null;
  const userId = jwtOnly ? claims?.userId : check?.ok ? check.claims.userId : undefined;
  if (!userId) return Response.json({ error: "signed out" }, { status: 401 });
  return Response.json({ userId }, { headers: { "cache-control": "no-store" } });
}
