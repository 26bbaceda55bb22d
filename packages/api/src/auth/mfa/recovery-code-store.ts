import type { ScopedDb } from "@aizalo/db";
import { recoveryCodeHash } from "./recovery-codes";

/** Replaces a staff member's recovery codes: the old ones stop working in the same statement batch. */
export async function replaceRecoveryCodes(db: ScopedDb, userId: string, codes: readonly string[]) {
  await db.$executeRaw`DELETE FROM staff_recovery_codes WHERE platform_user_id = ${userId}::uuid`;
  const hashes = codes.map(recoveryCodeHash);
  await db.$executeRaw`
    INSERT INTO staff_recovery_codes (platform_user_id, code_hash)
    SELECT ${userId}::uuid, unnest(${hashes}::text[])`;
}
