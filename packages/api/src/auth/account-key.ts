import { createHmac } from "node:crypto";

/** Which sign-in an email belongs to: platform staff, or the users of one business. */
export type SignInScope = { kind: "platform" } | { kind: "tenant"; subdomain: string };

export function scopeLabel(scope: SignInScope): string {
  return scope.kind === "platform" ? "platform" : `tenant:${scope.subdomain}`;
}

/**
 * A keyed hash of an account (scope + case-folded email). Rate-limit keys and audit rows use
 * it instead of the email: both outlive the account and must not copy personal data, and a
 * keyed hash cannot be reversed by hashing a list of likely emails without the key.
 */
export function accountKey(scope: SignInScope, email: string, secret: string): string {
  return createHmac("sha256", secret)
    .update(`${scopeLabel(scope)}\n${email.trim().toLowerCase()}`)
    .digest("base64url");
}

/**
 * A client address as a rate-limit key: keyed-hashed like accounts, so the counters table holds
 * no addresses (the audit trail keeps them where an investigation needs them).
 */
export function addressKey(address: string | null, secret: string): string | null {
  return address && createHmac("sha256", secret).update(`address\n${address}`).digest("base64url");
}
