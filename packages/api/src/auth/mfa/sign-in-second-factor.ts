import type { Database } from "@aizalo/db";
import { auditMfaEvent } from "./mfa-audit";
import type { SecondFactorKeys } from "./mfa-dependencies";
import { spendSecondFactor } from "./second-factor";

export type SecondFactorOutcome = "passed" | "code-required" | "code-wrong";

/**
 * The sign-in's second step for an enrolled staff member, asked only after their password was
 * verified: no code yet → "code required"; a wrong, replayed or used code → refused and
 * audited as auth.mfa_failed (the sign-in flow also counts it and audits the failed sign-in).
 */
export async function checkSignInSecondFactor(
  attempt: { userId: string; code: string | undefined; ip: string | null },
  deps: SecondFactorKeys & { readonly database: Pick<Database, "runUnitOfWork"> },
): Promise<SecondFactorOutcome> {
  const code = attempt.code?.trim();
  if (!code) return "code-required";
  return deps.database.runUnitOfWork({ type: "system", purpose: "sign-in" }, async (db) => {
    const kind = await spendSecondFactor(db, attempt.userId, code, deps.encryptionKey, deps.now());
    if (kind) return "passed";
    await auditMfaEvent(db, {
      action: "auth.mfa_failed",
      purpose: "sign-in",
      userId: attempt.userId,
      ip: attempt.ip,
      metadata: { during: "sign-in" },
    });
    return "code-wrong";
  });
}
