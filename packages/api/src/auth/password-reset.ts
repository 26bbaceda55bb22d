import { createHash, randomBytes } from "node:crypto";
import type { ScopedDb } from "@aizalo/db";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { accountKey, addressKey, type SignInScope } from "./account-key";
import { auditPasswordEvent, replacePassword, type PasswordOwner } from "./account-password";
import { hashPassword } from "./passwords";
import { newPasswordSchema } from "./password-rules";
import { createRateLimiter } from "./rate-limit";
import { defaultSignInDependencies, type SignInDependencies } from "./sign-in-dependencies";
import { tenantAccess } from "./tenant-access";

/** Reset links work for one hour (DESIGN.md "Identity and sessions"). */
const RESET_LINK_LIFETIME = "1 hour";

export interface PasswordResetDependencies extends SignInDependencies {
  /**
   * Requests per account and per address: a reset link is an email sent on someone's behalf,
   * so a stranger must not be able to flood an inbox. Addresses get more: offices share one.
   */
  readonly resetRequests: {
    readonly account: RateLimiterAbstract;
    readonly address: RateLimiterAbstract;
  };
}

let defaults: PasswordResetDependencies | undefined;

export function defaultPasswordResetDependencies(): PasswordResetDependencies {
  defaults ??= {
    ...defaultSignInDependencies(),
    resetRequests: {
      account: createRateLimiter({
        keyPrefix: "password-reset:account",
        points: 3,
        durationSeconds: 60 * 60,
        blockSeconds: 0,
      }),
      address: createRateLimiter({
        keyPrefix: "password-reset:address",
        points: 20,
        durationSeconds: 60 * 60,
        blockSeconds: 0,
      }),
    },
  };
  return defaults;
}

export interface PasswordResetRequest {
  readonly scope: SignInScope;
  readonly email: string;
  readonly ip: string | null;
  /** The page that takes the token, on the configured origin (never the request's Host). */
  readonly linkFor: (token: string) => string;
}

/**
 * Queues a reset link when the email belongs to an active account with a password (at that
 * business, for a business's user). The answer is the same either way, so the form cannot be
 * used to find out who has an account. The link leaves through the outbox: written in the same
 * unit of work as the token, delivered by the outbox job.
 */
export async function requestPasswordReset(
  request: PasswordResetRequest,
  deps: PasswordResetDependencies = defaultPasswordResetDependencies(),
): Promise<void> {
  const email = request.email.trim();
  if (!email || email.length > 320) return;
  const address = addressKey(request.ip, deps.accountKeySecret);
  const counts: [RateLimiterAbstract, string][] = [
    [deps.resetRequests.account, accountKey(request.scope, email, deps.accountKeySecret)],
    ...(address ? [[deps.resetRequests.address, address] as [RateLimiterAbstract, string]] : []),
  ];
  for (const [limiter, key] of counts) {
    const allowed = await limiter.consume(key).then(
      () => true,
      (rejection: unknown) => {
        if (rejection instanceof Error) throw rejection;
        return false;
      },
    );
    if (!allowed) return;
  }

  const token = randomBytes(32).toString("base64url");
  await deps.database.runUnitOfWork({ type: "system", purpose: "password-reset" }, async (db) => {
    const owner = await findResettableAccount(db, request.scope, email);
    if (!owner) return;
    // One live link per account: a new request retires the older ones.
    await db.$executeRaw`
      DELETE FROM password_resets
      WHERE used_at IS NULL
        AND (platform_user_id = ${owner.userType === "platform" ? owner.userId : null}::uuid
          OR tenant_user_id = ${owner.userType === "tenant" ? owner.userId : null}::uuid)`;
    await db.$executeRaw`
      INSERT INTO password_resets (user_type, platform_user_id, tenant_id, tenant_user_id, token_hash, expires_at)
      VALUES (${owner.userType}::user_type,
        ${owner.userType === "platform" ? owner.userId : null}::uuid,
        ${owner.userType === "tenant" ? owner.tenantId : null}::uuid,
        ${owner.userType === "tenant" ? owner.userId : null}::uuid,
        ${tokenHash(token)}, now() + ${RESET_LINK_LIFETIME}::interval)`;
    await db.$executeRaw`
      INSERT INTO outbox_messages (tenant_id, channel, recipient, kind, payload)
      VALUES (${owner.userType === "tenant" ? owner.tenantId : null}::uuid, 'email', ${email},
        'password_reset', ${JSON.stringify({ link: request.linkFor(token) })}::jsonb)`;
    await auditPasswordEvent(db, {
      action: "auth.password_reset_requested",
      purpose: "password-reset",
      owner,
      actingUserId: null,
      changedFields: [],
      ip: request.ip,
    });
  });
}

async function findResettableAccount(
  db: ScopedDb,
  scope: SignInScope,
  email: string,
): Promise<PasswordOwner | null> {
  if (scope.kind === "platform") {
    const [user] = await db.$queryRaw<
      { id: string; password_hash: string | null; is_active: boolean }[]
    >`SELECT id, password_hash, is_active FROM app.platform_user_for_sign_in(${email}::citext)`;
    return user?.is_active && user.password_hash ? { userType: "platform", userId: user.id } : null;
  }
  const [user] = await db.$queryRaw<
    {
      id: string;
      tenant_id: string;
      password_hash: string | null;
      is_active: boolean;
      subscription_status: string;
      is_demo: boolean;
      demo_expires_at: Date | null;
    }[]
  >`SELECT * FROM app.tenant_user_for_sign_in(${scope.subdomain}, ${email}::citext)`;
  if (!user?.is_active || !user.password_hash) return null;
  const access = tenantAccess({
    subscriptionStatus: user.subscription_status,
    isDemo: user.is_demo,
    demoExpiresAt: user.demo_expires_at,
  });
  return access === "usable"
    ? { userType: "tenant", userId: user.id, tenantId: user.tenant_id }
    : null;
}

export type PasswordResetResult =
  | { readonly ok: true; readonly signInPath: string }
  | { readonly ok: false; readonly field: "token" | "newPassword"; readonly message: string };

export const INVALID_RESET_LINK_MESSAGE =
  "This reset link is invalid, was already used or has expired. Ask for a new one.";

/**
 * Sets a new password with a reset link's token: single use (the token is marked used in the
 * same statement that checks it), one hour, stored only as a hash. Ends every session of the
 * account and answers with the sign-in page to go to.
 */
export async function resetPassword(
  reset: { token: string; newPassword: string; ip: string | null },
  deps: Pick<SignInDependencies, "database"> = defaultSignInDependencies(),
): Promise<PasswordResetResult> {
  const rules = newPasswordSchema.safeParse(reset.newPassword);
  if (!rules.success) {
    return { ok: false, field: "newPassword", message: rules.error.issues[0]?.message ?? "" };
  }
  if (!/^[\w-]{20,100}$/.test(reset.token)) {
    return { ok: false, field: "token", message: INVALID_RESET_LINK_MESSAGE };
  }
  const newHash = await hashPassword(reset.newPassword);
  const signInPath = await deps.database.runUnitOfWork(
    { type: "system", purpose: "password-reset" },
    async (db) => {
      const [used] = await db.$queryRaw<
        {
          platform_user_id: string | null;
          tenant_id: string | null;
          tenant_user_id: string | null;
          subdomain: string | null;
        }[]
      >`
        UPDATE password_resets r SET used_at = now()
        WHERE r.token_hash = ${tokenHash(reset.token)} AND r.used_at IS NULL AND r.expires_at > now()
        RETURNING r.platform_user_id, r.tenant_id, r.tenant_user_id,
          (SELECT t.subdomain FROM tenants t WHERE t.id = r.tenant_id) AS subdomain`;
      if (!used) return null;
      const owner: PasswordOwner | null = used.platform_user_id
        ? { userType: "platform", userId: used.platform_user_id }
        : used.tenant_id && used.tenant_user_id
          ? { userType: "tenant", userId: used.tenant_user_id, tenantId: used.tenant_id }
          : null;
      if (!owner || !(await replacePassword(db, owner, newHash))) return null;
      await auditPasswordEvent(db, {
        action: "auth.password_reset",
        purpose: "password-reset",
        owner,
        actingUserId: null,
        changedFields: ["password_hash", "session_version"],
        ip: reset.ip,
      });
      return used.subdomain ? `/${used.subdomain}/login` : "/login";
    },
  );
  return signInPath
    ? { ok: true, signInPath }
    : { ok: false, field: "token", message: INVALID_RESET_LINK_MESSAGE };
}

/** Only the hash is stored: a leaked table gives no working link. */
function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
