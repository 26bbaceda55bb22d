// The TOTP second factor of platform staff: enrolment, sign-in's code step, disabling.
export {
  ALREADY_ENROLLED_MESSAGE,
  confirmEnrolment,
  startEnrolment,
  WRONG_ENROLMENT_CODE_MESSAGE,
  type EnrolmentResult,
  type EnrolmentStart,
} from "./enrolment";
export { disableMfa, type DisableResult } from "./disable";
export { replaceStaffRecoveryCodes, type NewRecoveryCodesResult } from "./new-recovery-codes";
export { defaultMfaDependencies, type MfaDependencies } from "./mfa-dependencies";
export { DEVELOPMENT_MFA_ENCRYPTION_KEY, staffMfaRequired } from "./mfa-env";
export { mfaExpectedOf, mfaStatus, type MfaStatus } from "./mfa-status";
