import { defaultSignInDependencies, type SignInDependencies } from "../sign-in-dependencies";
import { mfaEncryptionKey } from "./mfa-env";

/** The key of TOTP secrets and a clock tests can move. */
export interface SecondFactorKeys {
  readonly encryptionKey: Buffer;
  readonly now: () => number;
}

/** Sign-in's dependencies plus the second factor's. */
export interface MfaDependencies extends SignInDependencies, SecondFactorKeys {}

export function secondFactorKeys(): SecondFactorKeys {
  return { encryptionKey: mfaEncryptionKey(), now: Date.now };
}

export function defaultMfaDependencies(
  signIn: SignInDependencies = defaultSignInDependencies(),
): MfaDependencies {
  return { ...signIn, ...secondFactorKeys() };
}
