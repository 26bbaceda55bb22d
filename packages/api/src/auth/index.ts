// Sign-in and sessions: what apps/web (Auth.js) and the tRPC procedures use.
export { DEVELOPMENT_AUTH_SECRET } from "./auth-env";
export { clientAddress } from "./client-address";
export { hashPassword, verifyPassword } from "./passwords";
export { createRateLimiter, type RateLimitRule, type RateLimitStore } from "./rate-limit";
export {
  recheckSession,
  SESSION_END_MESSAGES,
  type SessionCheck,
  type SessionEndReason,
} from "./recheck-session";
export type { PlatformSessionClaims, SessionClaims, TenantSessionClaims } from "./session";
export {
  verifyPlatformSignIn,
  verifyTenantSignIn,
  type PlatformSignInAttempt,
  type SignInAttempt,
} from "./sign-in";
export type { SignInDependencies } from "./sign-in-dependencies";
export {
  INVALID_CREDENTIALS_MESSAGE,
  lockedOutMessage,
  SECOND_FACTOR_MESSAGE,
  SUSPENDED_BUSINESS_MESSAGE,
  WRONG_CODE_MESSAGE,
  type PlatformSignInResult,
  type SignInResult,
  type SignInRefusal,
  type TenantSignInResult,
} from "./sign-in-result";
export { changePassword, type PasswordChangeResult } from "./change-password";
export { newPasswordSchema } from "./password-rules";
export {
  INVALID_RESET_LINK_MESSAGE,
  requestPasswordReset,
  resetPassword,
  type PasswordResetResult,
} from "./password-reset";
export {
  ALREADY_ENROLLED_MESSAGE,
  confirmEnrolment,
  disableMfa,
  mfaExpectedOf,
  mfaStatus,
  replaceStaffRecoveryCodes,
  staffMfaRequired,
  startEnrolment,
  WRONG_ENROLMENT_CODE_MESSAGE,
  type DisableResult,
  type EnrolmentResult,
  type EnrolmentStart,
  type MfaStatus,
  type NewRecoveryCodesResult,
} from "./mfa";
