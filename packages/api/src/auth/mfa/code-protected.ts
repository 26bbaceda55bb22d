import type { ScopedDb } from "@aizalo/db";
import { accountKey, addressKey } from "../account-key";
import type { PlatformSessionClaims } from "../session";
import { lockedOutMessage, WRONG_CODE_MESSAGE } from "../sign-in-result";
import { auditMfaEvent } from "./mfa-audit";
import type { MfaDependencies } from "./mfa-dependencies";
import { spendSecondFactor, type SecondFactorKind } from "./second-factor";

export type CodeProtectedResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/**
 * The account's counter of wrong second-factor codes once signed in (enrolment, turning it off,
 * new recovery codes): one per staff member, on the sign-in attempt limits.
 */
export function mfaLimitKey(
  claims: PlatformSessionClaims,
  deps: Pick<MfaDependencies, "accountKeySecret">,
): string {
  return accountKey({ kind: "platform" }, `mfa:${claims.userId}`, deps.accountKeySecret);
}

/**
 * Runs a change to a staff member's second factor only with a current code (or a recovery
 * code), spent in the same unit of work: a session left open on a shared computer is not
 * enough. Wrong codes count like wrong passwords and are audited as auth.mfa_failed.
 */
export async function withCurrentCode<T>(
  request: { claims: PlatformSessionClaims; code: string; ip: string | null; during: string },
  deps: MfaDependencies,
  change: (db: ScopedDb, spent: SecondFactorKind) => Promise<T>,
): Promise<CodeProtectedResult<T>> {
  const { claims, ip } = request;
  const limitKey = mfaLimitKey(claims, deps);
  const address = addressKey(ip, deps.accountKeySecret);
  const lockout = await deps.limits.lockoutFor(limitKey, address);
  if (lockout) return { ok: false, message: lockedOutMessage(lockout.retryAfterSeconds) };

  const actor = { type: "system", purpose: "mfa", actingUserId: claims.userId } as const;
  const outcome = await deps.database.runUnitOfWork(actor, async (db) => {
    const now = deps.now();
    const spent = await spendSecondFactor(db, claims.userId, request.code, deps.encryptionKey, now);
    return spent ? { value: await change(db, spent) } : null;
  });
  if (outcome) {
    await deps.limits.recordSuccess(limitKey);
    return { ok: true, value: outcome.value };
  }
  await deps.limits.recordFailure(limitKey, address);
  await deps.database.runUnitOfWork(actor, (db) =>
    auditMfaEvent(db, {
      action: "auth.mfa_failed",
      purpose: "mfa",
      userId: claims.userId,
      ip,
      metadata: { during: request.during },
    }),
  );
  return { ok: false, message: WRONG_CODE_MESSAGE };
}
