import { z } from "zod";
import type { PlatformRole, TenantRole } from "@aizalo/db";
import { accountKey, addressKey, type SignInScope } from "./account-key";
import { secondFactorKeys, type SecondFactorKeys } from "./mfa/mfa-dependencies";
import { mfaExpectedOf } from "./mfa/mfa-status";
import { checkSignInSecondFactor } from "./mfa/sign-in-second-factor";
import { dummyPasswordHash } from "./passwords";
import {
  recordLockout,
  recordSignInFailure,
  type SignInAuditEvent,
  type SignInFailureReason,
} from "./sign-in-audit";
import { defaultSignInDependencies, type SignInDependencies } from "./sign-in-dependencies";
import {
  lockedOutMessage,
  refused,
  type PlatformSignInResult,
  type SignInResult,
  type TenantSignInResult,
} from "./sign-in-result";
import type { PlatformSessionClaims, TenantSessionClaims } from "./session";
import { tenantAccess } from "./tenant-access";

export interface SignInAttempt {
  readonly email: string;
  readonly password: string;
  /** The client's address (client-address.ts), or null when unknown. */
  readonly ip: string | null;
}

/** Staff with a second factor send the TOTP or recovery code with the password, step two. */
export interface PlatformSignInAttempt extends SignInAttempt {
  readonly code?: string | undefined;
}

/** What both sign-in lookups return about an account (migration 0007). */
interface StoredAccount {
  readonly id: string;
  readonly password_hash: string | null;
  readonly is_active: boolean;
  readonly session_version: number;
}

interface PlatformAccount extends StoredAccount {
  readonly role: PlatformRole;
  readonly totp_enabled: boolean;
}

interface TenantAccount extends StoredAccount {
  readonly tenant_id: string;
  readonly role: TenantRole;
  readonly subscription_status: string;
  readonly is_demo: boolean;
  readonly demo_expires_at: Date | null;
}

type Refusal = {
  refusal: "invalid" | "suspended" | "second-factor" | "wrong-code";
  reason: SignInFailureReason;
};

/**
 * Platform staff at `/login`. An enrolled account's code is checked only after its password:
 * "code required" therefore tells nobody without the password anything.
 */
export function verifyPlatformSignIn(
  attempt: PlatformSignInAttempt,
  deps: SignInDependencies = defaultSignInDependencies(),
  mfa?: SecondFactorKeys,
): Promise<PlatformSignInResult> {
  let firstSignIn = false;
  return signIn<PlatformAccount, PlatformSessionClaims>({ kind: "platform" }, attempt, deps, {
    find: (email) =>
      deps.database.runUnitOfWork({ type: "system", purpose: "sign-in" }, async (db) => {
        const rows = await db.$queryRaw<PlatformAccount[]>`
          SELECT * FROM app.platform_user_for_sign_in(${email}::citext)`;
        return rows[0] ?? null;
      }),
    refusalFor: async (account) => {
      if (!account.totp_enabled) return null;
      const outcome = await checkSignInSecondFactor(
        { userId: account.id, code: attempt.code, ip: attempt.ip },
        // Read only here, so a missing key never stops staff without a second factor.
        { database: deps.database, ...(mfa ?? secondFactorKeys()) },
      );
      if (outcome === "code-required") {
        return { refusal: "second-factor", reason: "second_factor_required" };
      }
      return outcome === "code-wrong" ? { refusal: "wrong-code", reason: "wrong_code" } : null;
    },
    recordLogin: async (account) => {
      firstSignIn = await recordPlatformLogin(deps, account.id);
    },
    claimsFor: (account) => ({
      userType: "platform",
      userId: account.id,
      role: account.role,
      sessionVersion: account.session_version,
      // Owners and admins are asked to set up a second factor at their first sign-in.
      ...(firstSignIn &&
        mfaExpectedOf(account.role) &&
        !account.totp_enabled && { mfaEnrolmentPrompt: true }),
    }),
  });
}

/** Stamps the sign-in time; true when the account had never signed in before. */
async function recordPlatformLogin(deps: SignInDependencies, userId: string): Promise<boolean> {
  const [row] = await deps.database.runUnitOfWork(
    { type: "system", purpose: "sign-in" },
    (db) =>
      db.$queryRaw<{ first: boolean }[]>`
      UPDATE platform_users u SET last_login_at = now()
      FROM (SELECT id, last_login_at FROM platform_users WHERE id = ${userId}::uuid FOR UPDATE) before
      WHERE u.id = before.id
      RETURNING before.last_login_at IS NULL AS first`,
  );
  return row?.first ?? false;
}

/** A business's users at `/<subdomain>/login`: the subdomain comes from the page's path. */
export function verifyTenantSignIn(
  attempt: SignInAttempt & { readonly subdomain: string },
  deps: SignInDependencies = defaultSignInDependencies(),
): Promise<TenantSignInResult> {
  const subdomain = attempt.subdomain.trim().toLowerCase();
  return signIn<TenantAccount, TenantSessionClaims>({ kind: "tenant", subdomain }, attempt, deps, {
    find: (email) =>
      deps.database.runUnitOfWork({ type: "system", purpose: "sign-in" }, async (db) => {
        const rows = await db.$queryRaw<TenantAccount[]>`
            SELECT * FROM app.tenant_user_for_sign_in(${subdomain}, ${email}::citext)`;
        return rows[0] ?? null;
      }),
    tenantIdOf: (account) => account.tenant_id,
    refusalFor: (account) => {
      const access = tenantAccess({
        subscriptionStatus: account.subscription_status,
        isDemo: account.is_demo,
        demoExpiresAt: account.demo_expires_at,
      });
      if (access === "suspended") return { refusal: "suspended", reason: "business_suspended" };
      if (access === "closed") return { refusal: "invalid", reason: "business_closed" };
      return null;
    },
    recordLogin: (account) =>
      deps.database.runUnitOfWork(
        { type: "system", purpose: "sign-in" },
        (db) =>
          db.$executeRaw`UPDATE tenant_users SET last_login_at = now() WHERE id = ${account.id}::uuid`,
      ),
    claimsFor: (account) => ({
      userType: "tenant",
      userId: account.id,
      role: account.role,
      tenantId: account.tenant_id,
      subdomain,
      sessionVersion: account.session_version,
    }),
  });
}

const credentialsSchema = z.object({
  email: z.string().trim().min(3).max(320),
  // Long enough for any passphrase, short enough that hashing cannot be used to burn CPU.
  password: z.string().min(1).max(1024),
});

interface SignInSteps<Account extends StoredAccount, Claims> {
  find(email: string): Promise<Account | null>;
  tenantIdOf?(account: Account): string;
  /** Why a known account with the right password still may not sign in, if it may not. */
  refusalFor(account: Account): Refusal | null | Promise<Refusal | null>;
  recordLogin(account: Account): Promise<unknown>;
  claimsFor(account: Account): Claims;
}

/**
 * The one sign-in flow. Every path that reaches the database verifies an argon2id hash (the
 * account's, or a dummy one), so an unknown email costs as much time as a wrong password; every
 * failure counts against the account and the address and is audited.
 */
async function signIn<Account extends StoredAccount, Claims>(
  scope: SignInScope,
  attempt: SignInAttempt,
  deps: SignInDependencies,
  steps: SignInSteps<Account, Claims>,
): Promise<SignInResult<Claims>> {
  const input = credentialsSchema.safeParse(attempt);
  if (!input.success) return refused("invalid");
  const { email, password } = input.data;

  const event: SignInAuditEvent = {
    scope,
    account: accountKey(scope, email, deps.accountKeySecret),
    address: attempt.ip,
  };

  const addressCount = addressKey(event.address, deps.accountKeySecret);
  const lockout = await deps.limits.lockoutFor(event.account, addressCount);
  if (lockout) {
    await recordSignInFailure(deps.database, event, "locked_out");
    return {
      ok: false,
      refusal: "locked",
      message: lockedOutMessage(lockout.retryAfterSeconds),
      retryAfterSeconds: lockout.retryAfterSeconds,
    };
  }

  const account = await steps.find(email);
  const passwordMatches = await deps.verifyPassword(
    account?.password_hash ?? (await dummyPasswordHash()),
    password,
  );
  const refusal: Refusal | null = !account
    ? { refusal: "invalid", reason: "unknown_account" }
    : account.password_hash === null
      ? { refusal: "invalid", reason: "no_password" }
      : !passwordMatches
        ? { refusal: "invalid", reason: "wrong_password" }
        : !account.is_active
          ? { refusal: "invalid", reason: "inactive" }
          : await steps.refusalFor(account);

  if (!refusal && account) {
    await deps.limits.recordSuccess(event.account);
    await steps.recordLogin(account);
    return { ok: true, claims: steps.claimsFor(account) };
  }

  // Every refusal counts, a right password included: otherwise whether the count rises would
  // tell a guesser that the password was right.
  const failed: SignInAuditEvent = {
    ...event,
    userId: account?.id,
    tenantId: account ? steps.tenantIdOf?.(account) : undefined,
  };
  const reason = refusal?.reason ?? "wrong_password";
  const lockouts = await deps.limits.recordFailure(event.account, addressCount);
  await recordSignInFailure(deps.database, failed, reason);
  for (const started of lockouts) await recordLockout(deps.database, failed, started);

  const accountLockout = lockouts.find((started) => started.limit === "account");
  if (accountLockout && refusal?.refusal !== "suspended") {
    return {
      ok: false,
      refusal: "locked",
      message: lockedOutMessage(accountLockout.retryAfterSeconds),
      retryAfterSeconds: accountLockout.retryAfterSeconds,
    };
  }
  return refused(refusal?.refusal ?? "invalid");
}
