import { getDatabase, type Database } from "@aizalo/db";
import type { PlatformSessionClaims } from "../session";
import { staffMfaRequired } from "./mfa-env";

export interface MfaStatus {
  readonly enabled: boolean;
  readonly unusedRecoveryCodes: number;
  /** Owner and admin are asked to enrol; with REQUIRE_STAFF_MFA they must before /admin. */
  readonly asked: boolean;
  readonly required: boolean;
}

/** Roles that run the platform: a stolen password of theirs reaches every business. */
export const mfaExpectedOf = (role: PlatformSessionClaims["role"]) =>
  role === "owner" || role === "admin";

export async function mfaStatus(
  claims: PlatformSessionClaims,
  deps: { readonly database: Pick<Database, "runUnitOfWork"> } = { database: getDatabase() },
  required = staffMfaRequired(),
): Promise<MfaStatus> {
  const [row] = await deps.database.runUnitOfWork(
    { type: "system", purpose: "mfa", actingUserId: claims.userId },
    (db) => db.$queryRaw<{ enabled: boolean; unused: number }[]>`
      SELECT u.totp_enabled_at IS NOT NULL AS enabled,
        (SELECT count(*)::int FROM staff_recovery_codes c
         WHERE c.platform_user_id = u.id AND c.used_at IS NULL) AS unused
      FROM platform_users u WHERE u.id = ${claims.userId}::uuid`,
  );
  const enabled = row?.enabled ?? false;
  const expected = mfaExpectedOf(claims.role);
  return {
    enabled,
    unusedRecoveryCodes: row?.unused ?? 0,
    asked: expected && !enabled,
    required: expected && !enabled && required,
  };
}
