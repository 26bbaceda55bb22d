import { accountKey, addressKey } from "./account-key";
import { auditPasswordEvent, replacePassword, storedPasswordHash } from "./account-password";
import { hashPassword } from "./passwords";
import { newPasswordSchema } from "./password-rules";
import type { SessionClaims } from "./session";
import { lockedOutMessage } from "./sign-in-result";
import { defaultSignInDependencies, type SignInDependencies } from "./sign-in-dependencies";

export interface PasswordChange {
  readonly claims: SessionClaims;
  readonly currentPassword: string;
  readonly newPassword: string;
  readonly ip: string | null;
}

export type PasswordChangeResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly field: "currentPassword" | "newPassword";
      readonly message: string;
    };

/**
 * A signed-in person changes their own password, proving they know the current one. The
 * session version goes up, so every session of the account ends, this one included: the person
 * signs in again with the new password.
 */
export async function changePassword(
  change: PasswordChange,
  deps: SignInDependencies = defaultSignInDependencies(),
): Promise<PasswordChangeResult> {
  const { claims } = change;
  if (claims.userType === "tenant" && claims.impersonatorId) {
    return {
      ok: false,
      field: "currentPassword",
      message: "A “login as tenant” session cannot change the user's password.",
    };
  }
  const owner =
    claims.userType === "platform"
      ? ({ userType: "platform", userId: claims.userId } as const)
      : ({ userType: "tenant", userId: claims.userId, tenantId: claims.tenantId } as const);
  const actor = {
    type: "system",
    purpose: "password-change",
    actingUserId: claims.userId,
  } as const;

  // A stolen session must not become a way to guess the password: same limits as sign-in.
  const limitKey = accountKey(
    { kind: "platform" },
    `change-password:${claims.userId}`,
    deps.accountKeySecret,
  );
  const lockout = await deps.limits.lockoutFor(
    limitKey,
    addressKey(change.ip, deps.accountKeySecret),
  );
  if (lockout) {
    return {
      ok: false,
      field: "currentPassword",
      message: lockedOutMessage(lockout.retryAfterSeconds),
    };
  }
  const currentHash = await deps.database.runUnitOfWork(actor, (db) =>
    storedPasswordHash(db, owner),
  );
  if (!currentHash || !(await deps.verifyPassword(currentHash, change.currentPassword))) {
    await deps.limits.recordFailure(limitKey, addressKey(change.ip, deps.accountKeySecret));
    return { ok: false, field: "currentPassword", message: "Your current password is incorrect." };
  }
  const rules = newPasswordSchema.safeParse(change.newPassword);
  if (!rules.success) {
    return { ok: false, field: "newPassword", message: rules.error.issues[0]?.message ?? "" };
  }
  if (change.newPassword === change.currentPassword) {
    return { ok: false, field: "newPassword", message: "Choose a password you are not using now." };
  }

  // Hashed before the unit of work: argon2 is slow on purpose and holds no transaction open.
  const newHash = await hashPassword(change.newPassword);
  await deps.limits.recordSuccess(limitKey);
  await deps.database.runUnitOfWork(actor, async (db) => {
    await replacePassword(db, owner, newHash);
    await auditPasswordEvent(db, {
      action: "auth.password_changed",
      purpose: "password-change",
      owner,
      actingUserId: claims.userId,
      changedFields: ["password_hash", "session_version"],
      ip: change.ip,
    });
  });
  return { ok: true };
}
