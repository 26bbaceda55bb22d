import type { PlatformRole, TenantRole } from "@aizalo/db";
import { TRPCError } from "@trpc/server";
import { markAudience, type Audience } from "./audience";
import { bareProcedure, middleware } from "./init";
import { limitMutations } from "./middleware/limit-mutations";
import { requireLiveImpersonation } from "./middleware/live-impersonation";
import { recordCall } from "./middleware/record-call";
import { unitOfWork } from "./middleware/unit-of-work";
import { tenantRoleHolds, type TenantPermission } from "./permissions";

// Every procedure builder, in one file. A builder = record the call → check who is asking
// (UNAUTHORIZED without a session, FORBIDDEN for the wrong kind of user or role) → count
// mutations → one unit of work with ctx.db, ctx.actor and ctx.audit.

const ALL_PLATFORM: readonly PlatformRole[] = ["owner", "admin", "sales", "support"];
const ALL_TENANT: readonly TenantRole[] = ["owner", "admin", "staff", "viewer"];

const unauthorized = () => new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in" });
const forbidden = () => new TRPCError({ code: "FORBIDDEN", message: "You do not have access" });

/** Platform staff in one of `roles`; `writers` narrows who may call mutations. */
function platformGuard(audience: Audience, roles: readonly PlatformRole[], writers = roles) {
  return markAudience(
    audience,
    middleware(({ ctx, type, next }) => {
      const { session } = ctx;
      if (!session) throw unauthorized();
      if (session.userType !== "platform") throw forbidden();
      // REQUIRE_STAFF_MFA: an owner or admin without a second factor sets it up first.
      if (session.mfaSetupRequired) throw forbidden();
      const allowed = type === "mutation" ? writers : roles;
      if (!allowed.includes(session.role)) throw forbidden();
      return next({ ctx: { session } });
    }),
  );
}

/**
 * A tenant's users with one of `roles`. "Login as tenant" arrives as a tenant session with role
 * viewer (read-only) or admin (changes allowed), so the same role lists cover it.
 */
function tenantGuard(roles: readonly TenantRole[]) {
  return markAudience(
    "tenant",
    middleware(({ ctx, next }) => {
      const { session } = ctx;
      if (!session) throw unauthorized();
      if (session.userType !== "tenant") throw forbidden();
      if (!roles.includes(session.role)) throw forbidden();
      return next({ ctx: { session } });
    }),
  );
}

const anyone = markAudience(
  "public",
  middleware(({ next }) => next()),
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

// Two helpers, not one generic: each keeps its guard's narrowed session type for handlers.
function forPlatform(guard: ReturnType<typeof platformGuard>) {
  return bareProcedure.use(recordCall).use(guard).use(limitMutations).use(unitOfWork);
}

function forTenant(guard: ReturnType<typeof tenantGuard>) {
  return bareProcedure
    .use(recordCall)
    .use(guard)
    .use(limitMutations)
    .use(unitOfWork)
    .use(async ({ ctx, next }) => {
      await requireLiveImpersonation(ctx.db, ctx.session);
      return next();
    });
}

/** Any platform staff: owner, admin, sales, support. */
export const platformProcedure = forPlatform(platformGuard("platform", ALL_PLATFORM));
/** The platform owner alone: login as tenant, commission rates and payouts, platform settings. */
export const ownerProcedure = forPlatform(platformGuard("platform", ["owner"]));
/** Owner and admins. */
export const adminProcedure = forPlatform(platformGuard("platform", ["owner", "admin"]));
/** The sales app: sales and support read (owner and admin too); only sales reps write. */
export const salesProcedure = forPlatform(platformGuard("sales", ALL_PLATFORM, ["sales"]));

/** Any user of the session's tenant, or an impersonating platform owner. */
export const tenantProcedure = forTenant(tenantGuard(ALL_TENANT));
/** Users who change things: owner, admin, staff (an impersonating owner only with changes allowed). */
export const tenantWriteProcedure = forTenant(tenantGuard(["owner", "admin", "staff"]));
/** The tenant's owner and admins. */
export const tenantAdminProcedure = forTenant(tenantGuard(["owner", "admin"]));

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
  .use(tenantGuard(ALL_TENANT))
  .use(streamOnly);
/** Streams for platform staff (any role). */
export const platformSubscriptionProcedure = bareProcedure
  .use(recordCall)
  .use(platformGuard("platform", ALL_PLATFORM))
  .use(streamOnly);
