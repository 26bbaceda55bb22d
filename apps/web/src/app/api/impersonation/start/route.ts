import { NextResponse } from "next/server";
import { createCallerFor } from "@aizalo/api";
import { unstable_update } from "../../../../auth";
import { getVerifiedSession } from "../../../../server/session";
import { isSameOrigin } from "../same-origin";

/**
 * Starts a "login as tenant" from the admin app (a form POST, or JSON from a script of ours):
 * the owner-only API call creates the 30-minute impersonation_sessions row and its audit row,
 * then the owner's JWT switches to the tenant claims that row grants. Success → the business's
 * dashboard; a refusal → back to /admin with the reason (the owner sees an opt-out).
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) {
    return NextResponse.json({ error: "Cross-site request refused" }, { status: 403 });
  }
  const session = await getVerifiedSession();
  if (!session) return NextResponse.json({ error: "Please sign in" }, { status: 401 });
  if (session.userType !== "platform" || session.role !== "owner") {
    return NextResponse.json({ error: "Only the platform owner can do this" }, { status: 403 });
  }
  const wantsJson = request.headers.get("content-type")?.includes("application/json") ?? false;
  const input = wantsJson ? await jsonInput(request) : await formInput(request);
  try {
    const started = await createCallerFor(session).admin.tenants.startImpersonation(input);
    await unstable_update({
      claims: {
        userType: "tenant",
        userId: session.userId,
        role: started.allowChanges ? "admin" : "viewer",
        tenantId: started.tenantId,
        subdomain: started.subdomain,
        sessionVersion: session.sessionVersion,
        impersonatorId: session.userId,
        impersonationSessionId: started.impersonationSessionId,
      },
    });
    const dashboard = `/${started.subdomain}/dashboard`;
    return wantsJson
      ? NextResponse.json({ ok: true, redirectTo: dashboard, expiresAt: started.expiresAt })
      : NextResponse.redirect(new URL(dashboard, request.url), 303);
  } catch (error) {
    if (!isApiRefusal(error)) throw error;
    if (wantsJson) {
      return NextResponse.json({ error: refusalMessage(error), code: error.code }, { status: 400 });
    }
    const back = new URL("/admin", request.url);
    back.searchParams.set("impersonationError", refusalMessage(error));
    return NextResponse.redirect(back, 303);
  }
}

/** The form's fields as they arrive; the procedure's schema validates them. */
async function formInput(request: Request) {
  const form = await request.formData();
  return {
    tenantId: String(form.get("tenantId") ?? ""),
    reason: String(form.get("reason") ?? ""),
    // A ticked checkbox sends "on"; an unticked one sends nothing: read-only, the default.
    allowChanges: ["on", "true"].includes(String(form.get("allowChanges") ?? "")),
  };
}

async function jsonInput(request: Request) {
  const body: unknown = await request.json().catch(() => ({}));
  const fields = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  return {
    tenantId: String(fields.tenantId ?? ""),
    reason: String(fields.reason ?? ""),
    allowChanges: fields.allowChanges === true,
  };
}

/** A refusal from the API (TRPCError: FORBIDDEN, BAD_REQUEST...), whose message is safe to show. */
function isApiRefusal(error: unknown): error is Error & { code: string } {
  return error instanceof Error && error.name === "TRPCError" && "code" in error;
}

/** What to tell the owner: the first rule the input broke (a zod issue), or the API's message. */
function refusalMessage(error: Error): string {
  const issues = (error.cause as { issues?: { message?: unknown }[] } | undefined)?.issues;
  const first = issues?.[0]?.message;
  return typeof first === "string" ? first : error.message;
}
