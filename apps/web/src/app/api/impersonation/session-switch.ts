import type { JWT } from "@auth/core/jwt";
import { claimsForImpersonation, ownerClaimsOf } from "@aizalo/api";
import type { TenantSessionClaims } from "@aizalo/api/auth";
import { z } from "zod";

/**
 * "Login as tenant" switches the claims of the owner's own JWT (Auth.js `unstable_update`,
 * the jwt callback's "update" trigger). The browser can send such an update too (POST
 * /api/auth/session), so what it asks for only names the switch: the claims granted come from
 * the database (a live impersonation_sessions row of this owner), or, going back, from the
 * impersonating claims themselves. Anything else leaves the token as it was.
 */
export async function switchedToken(token: JWT, requested: unknown): Promise<JWT> {
  const current = token.claims;
  const wanted = requestedSwitch(requested);
  // An update that names no switch still must not keep an expired login as tenant alive.
  if (!current || !wanted) return withoutExpiredImpersonation(token);

  if (current.userType === "platform" && wanted.to === "tenant") {
    const granted = await claimsForImpersonation(current, wanted.impersonationSessionId);
    if (!granted) return token;
    return {
      ...token,
      sub: granted.claims.userId,
      claims: granted.claims,
      impersonationEndsAt: granted.expiresAt.getTime(),
    };
  }
  if (current.userType === "tenant" && wanted.to === "platform") {
    return ownerClaimsOf(current)?.userId === wanted.userId ? backToOwner(token, current) : token;
  }
  return token;
}

/**
 * A login as tenant past its 30 minutes turns back into the owner's own session, without a
 * database query and without signing the owner out. Ended early elsewhere (Stop in another
 * browser, the owner's password changed): the per-request re-check ends it.
 */
export function withoutExpiredImpersonation(token: JWT, now = Date.now()): JWT {
  const claims = token.claims;
  if (claims?.userType !== "tenant" || !claims.impersonatorId) return token;
  const endsAt = token.impersonationEndsAt;
  return typeof endsAt === "number" && endsAt <= now ? backToOwner(token, claims) : token;
}

function backToOwner(token: JWT, claims: TenantSessionClaims): JWT {
  const owner = ownerClaimsOf(claims);
  if (!owner) return token;
  const { impersonationEndsAt: _ended, ...rest } = token;
  return { ...rest, sub: owner.userId, claims: owner };
}

// What an update may name: the impersonation session to enter, or the owner to return to.
const requestedSwitchSchema = z.object({
  claims: z.union([
    z.object({ userType: z.literal("tenant"), impersonationSessionId: z.uuid() }),
    z.object({ userType: z.literal("platform"), userId: z.uuid() }),
  ]),
});

function requestedSwitch(requested: unknown) {
  const parsed = requestedSwitchSchema.safeParse(requested);
  if (!parsed.success) return null;
  const { claims } = parsed.data;
  return claims.userType === "tenant"
    ? ({ to: "tenant", impersonationSessionId: claims.impersonationSessionId } as const)
    : ({ to: "platform", userId: claims.userId } as const);
}
