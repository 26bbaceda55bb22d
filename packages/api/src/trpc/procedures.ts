import type { PlatformRole, TenantRole } from "@aizalo/db";
import { TRPCError, type ProcedureType } from "@trpc/server";
import { recheckSession } from "../auth/recheck-session";
import { sessionEndedError } from "../auth/session-ended";
import type { PlatformSessionClaims, SessionClaims, TenantSessionClaims } from "../auth/session";
import type { Context } from "./context";
import { markAudience, type Audience } from "./audience";
import { bareProcedure, middleware } from "./init";
import { countMutation, limitMutations } from "./middleware/limit-mutations";
import { runCallInUnitOfWork } from "./middleware/unit-of-work";
import { recordCall, recordedCall } from "./middleware/record-call";
import { recheckSessionOnOpen } from "./middleware/session-on-open";
import { tenantRoleHolds, type TenantPermission } from "./permissions";

// Every procedure builder, in one file. A builder = record the call → check who is asking
// (UNAUTHORIZED without a session, FORBIDDEN for the wrong kind of user or role) and count
// mutations → one unit of work with ctx.db, ctx.actor and ctx.audit, whose first statement
// re-checks the session against the database (ended → UNAUTHORIZED with the reason).

const ALL_PLATFORM: readonly PlatformRole[] = ["owner", "admin", "sales", "support"];
const ALL_TENANT: readonly TenantRole[] = ["owner", "admin", "staff", "viewer"];

const unauthorized = () => new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in" });
const forbidden = () => new TRPCError({ code: "FORBIDDEN", message: "You do not have access" });

/**
 * The guards judge the JWT's claims before any transaction opens. A refusal is checked against
 * the database first: a session that has ended (its role changed, say) is told so, as UNAUTHORIZED
 * with the reason, rather than FORBIDDEN on a role it no longer holds. Only refusals pay for it.
 */
async function refusal(
  session: SessionClaims,
  database: Parameters<typeof recheckSession>[1],
): Promise<never> {
  const check = await recheckSession(session, database);
  throw check.ok ? forbidden() : sessionEndedError(check);
}
type GuardCall = { ctx: Context; type: ProcedureType };

/** Platform staff in one of `roles`; `writers` narrows who may call mutations. */
function admitPlatform(roles: readonly PlatformRole[], writers = roles) {
  return ({ ctx, type }: GuardCall): PlatformSessionClaims | Promise<never> => {
    const { session } = ctx;
    if (!session) throw unauthorized();
    // (REQUIRE_STAFF_MFA is judged in the unit of work, from the database, not the JWT.)
    const allowed = type === "mutation" ? writers : roles;
    if (session.userType !== "platform" || !allowed.includes(session.role)) {
      return refusal(session, ctx.database);
    }
    return session;
  };
}

/**
 * A tenant's users with one of `roles`. "Login as tenant" arrives as a tenant session with role
 * viewer (read-only) or admin (changes allowed), so the same role lists cover it.
 */
function admitTenant(roles: readonly TenantRole[]) {
  return ({ ctx }: GuardCall): TenantSessionClaims | Promise<never> => {
    const { session } = ctx;
    if (!session) throw unauthorized();
    if (session.userType !== "tenant" || !roles.includes(session.role)) {
      return refusal(session, ctx.database);
    }
    return session;
  };
}

/**
 * A call's one middleware: record it (api_usage, errors mapped), admit the session, count a
 * mutation against its person's limit, then the unit of work with ctx.db, ctx.actor and
 * ctx.audit. One layer rather than four: each layer copies the whole context (pnpm bench:http).
 */
function callGuard<S extends SessionClaims>(
  audience: Audience,
  admit: (call: GuardCall) => S | Promise<never>,
) {
  return markAudience(
    audience,
    middleware(({ ctx, type, path, next }) =>
      recordedCall({ ctx, path, type }, async () => {
        // Admitted without a promise; only a refusal waits (for its database check).
        const admitted = admit({ ctx, type });
        const session = admitted instanceof Promise ? await admitted : admitted;
        if (type === "mutation") await countMutation(ctx, type);
        return runCallInUnitOfWork({ ctx, session, type, path }, (unit) =>
          next({ ctx: { session, ...unit } }),
        );
      }),
    ),
  );
}

/** A stream's guard: admitted when it opens, no unit of work (see recheckSessionOnOpen). */
function streamGuard<S extends SessionClaims>(
  audience: Audience,
  admit: (call: GuardCall) => S | Promise<never>,
) {
  return markAudience(
    audience,
    middleware(async ({ ctx, type, next }) =>
      next({ ctx: { session: await admit({ ctx, type }) } }),
    ),
  );
}

// Public handlers get no session: theirs would be the JWT's claims, not yet re-checked.
const anyone = markAudience(
  "public",
  middleware(({ next }) => next({ ctx: { session: null } })),
);

/** Streams authorize once, when they open, and hold no transaction (DESIGN.md, isolation 6). */
const streamOnly = middleware(({ path, type, next }) => {
  if (type !== "subscription") throw new Error(`${path}: a subscription builder serves streams`);
  return next();
});

/**
 * No session needed and no unit of work: health checks and the like. A public service that
 * touches data opens its own unit of work as a named actor (a visitor's tenant, a system purpose).
 */
export const publicProcedure = bareProcedure.use(recordCall).use(anyone).use(limitMutations);

// "Login as tenant" needs nothing more here: the unit of work's re-check ends it once its
// impersonation_sessions row is stopped or expired, or grants another role.
const forPlatform = (audience: Audience, roles: readonly PlatformRole[], writers = roles) =>
  bareProcedure.use(callGuard(audience, admitPlatform(roles, writers)));
const forTenant = (roles: readonly TenantRole[]) =>
  bareProcedure.use(callGuard("tenant", admitTenant(roles)));

/** Any platform staff: owner, admin, sales, support. */
export const platformProcedure = forPlatform("platform", ALL_PLATFORM);
/** The platform owner alone: login as tenant, commission rates and payouts, platform settings. */
export const ownerProcedure = forPlatform("platform", ["owner"]);
/** Owner and admins. */
export const adminProcedure = forPlatform("platform", ["owner", "admin"]);
/** The sales app: sales and support read (owner and admin too); only sales reps write. */
export const salesProcedure = forPlatform("sales", ALL_PLATFORM, ["sales"]);

/** Any user of the session's tenant, or an impersonating platform owner. */
export const tenantProcedure = forTenant(ALL_TENANT);
/** Users who change things: owner, admin, staff (an impersonating owner only with changes allowed). */
export const tenantWriteProcedure = forTenant(["owner", "admin", "staff"]);
/** The tenant's owner and admins. */
export const tenantAdminProcedure = forTenant(["owner", "admin"]);
/**
 * The business's owner alone (taking all of its data out). "Login as tenant" never carries the
 * owner role, so an impersonating platform owner is refused too; PostgreSQL agrees (0020).
 */
export const tenantOwnerProcedure = forTenant(["owner"]);

/**
 * Users holding `permission`: the role's defaults plus the user's own additions, read inside
 * the unit of work (so a change made a second ago counts). Impersonation has no user row.
 */
export function tenantPermissionProcedure(permission: TenantPermission) {
  return tenantProcedure.use(async ({ ctx, next }) => {
    const { session } = ctx;
    let additions: readonly string[] = [];
    if (!session.impersonatorId) {
      const user = await ctx.db.tenantUser.findFirst({
        where: { id: session.userId, isActive: true },
        select: { permissions: true },
      });
      if (!user) throw forbidden();
      additions = user.permissions;
    }
    if (!tenantRoleHolds(session.role, additions, permission)) throw forbidden();
    return next();
  });
}

/** Streams for a tenant's users: authorized on open; events are filtered by ctx.session.tenantId. */
export const tenantSubscriptionProcedure = bareProcedure
  .use(recordCall)
  .use(streamGuard("tenant", admitTenant(ALL_TENANT)))
  .use(streamOnly)
  .use(recheckSessionOnOpen);
/** Streams for platform staff (any role). */
export const platformSubscriptionProcedure = bareProcedure
  .use(recordCall)
  .use(streamGuard("platform", admitPlatform(ALL_PLATFORM)))
  .use(streamOnly)
  .use(recheckSessionOnOpen);
