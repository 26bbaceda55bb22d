import { CredentialsSignin } from "@auth/core/errors";
import {
  INVALID_CREDENTIALS_MESSAGE,
  lockedOutMessage,
  SECOND_FACTOR_MESSAGE,
  SUSPENDED_BUSINESS_MESSAGE,
  type SignInRefusal,
} from "@aizalo/api/auth";

/**
 * authorize() throws this so the sign-in form learns which of the few things it may say:
 * Auth.js passes a CredentialsSignin's `code` through to the server action that called signIn.
 * The lockout's minutes ride along in the code ("locked:15").
 */
export class SignInRefused extends CredentialsSignin {
  constructor(refusal: SignInRefusal, retryAfterSeconds?: number) {
    super();
    this.code =
      refusal === "locked"
        ? `locked:${Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60))}`
        : refusal;
  }
}

/** The message for a refusal code: the same words the sign-in service chose. */
export function refusalMessage(code: string | undefined): string {
  const [refusal, minutes] = (code ?? "").split(":");
  switch (refusal) {
    case "suspended":
      return SUSPENDED_BUSINESS_MESSAGE;
    case "second-factor":
      return SECOND_FACTOR_MESSAGE;
    case "locked":
      return lockedOutMessage(Number(minutes ?? 1) * 60);
    default:
      return INVALID_CREDENTIALS_MESSAGE;
  }
}
