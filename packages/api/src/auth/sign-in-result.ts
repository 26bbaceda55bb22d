import type { PlatformSessionClaims, TenantSessionClaims } from "./session";

/** What a person may be told about a failed sign-in: little, so accounts cannot be probed. */
export type SignInRefusal = "invalid" | "suspended" | "second-factor" | "wrong-code" | "locked";

export type SignInResult<Claims> =
  | { readonly ok: true; readonly claims: Claims }
  | {
      readonly ok: false;
      readonly refusal: SignInRefusal;
      readonly message: string;
      readonly retryAfterSeconds?: number;
    };

export type PlatformSignInResult = SignInResult<PlatformSessionClaims>;
export type TenantSignInResult = SignInResult<TenantSessionClaims>;

export const INVALID_CREDENTIALS_MESSAGE = "Email or password is incorrect.";

/**
 * Shown only after the right password: the person clearly belongs to the business and needs to
 * know why they cannot get in. A wrong password at a suspended business gets the generic answer.
 */
export const SUSPENDED_BUSINESS_MESSAGE =
  "This business's account is suspended. Contact Aizalo support to restore access.";

/** Only after the right password: the account has a second factor, so the form asks for it. */
export const SECOND_FACTOR_MESSAGE =
  "Enter the 6-digit code from your authenticator app, or one of your recovery codes.";

export const WRONG_CODE_MESSAGE =
  "That code is not right, or it was already used. Enter the newest code from your app.";

export function lockedOutMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

export function refused(refusal: "invalid" | "suspended" | "second-factor" | "wrong-code") {
  const message = {
    invalid: INVALID_CREDENTIALS_MESSAGE,
    suspended: SUSPENDED_BUSINESS_MESSAGE,
    "second-factor": SECOND_FACTOR_MESSAGE,
    "wrong-code": WRONG_CODE_MESSAGE,
  }[refusal];
  return { ok: false, refusal, message } as const;
}
