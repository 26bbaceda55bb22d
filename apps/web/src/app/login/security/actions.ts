"use server";

import { headers } from "next/headers";
import {
  clientAddress,
  confirmEnrolment,
  disableMfa,
  replaceStaffRecoveryCodes,
  startEnrolment,
  type PlatformSessionClaims,
} from "@aizalo/api/auth";
import { env } from "../../../env";
import { verifySession } from "../../../server/session";
import type {
  CodeConfirmedState,
  EnrolmentFinishState,
  EnrolmentStartState,
} from "./security-state";

/** The signed-in staff member, re-checked; never an id from the form. */
async function staffClaims(): Promise<PlatformSessionClaims | null> {
  const session = await verifySession();
  return session.status === "active" && session.claims.userType === "platform"
    ? session.claims
    : null;
}

const SIGNED_OUT = "Your session has ended. Sign in again.";
const ip = async () => clientAddress(await headers(), env.TRUST_PROXY);

/** Step one: a new secret, shown as a QR code (and as text for typing into the app). */
export async function beginEnrolment(): Promise<EnrolmentStartState> {
  const claims = await staffClaims();
  if (!claims) return { step: "start", error: SIGNED_OUT };
  const started = await startEnrolment(claims);
  if (!started) return { step: "start", error: "Two-step sign-in is already on." };
  return { step: "confirm", qrDataUrl: started.qrDataUrl, secret: started.secret };
}

/** Step two: a code from the app turns it on and returns the recovery codes, shown once. */
export async function finishEnrolment(
  _previous: EnrolmentFinishState,
  formData: FormData,
): Promise<EnrolmentFinishState> {
  const claims = await staffClaims();
  if (!claims) return { error: SIGNED_OUT };
  const result = await confirmEnrolment(claims, String(formData.get("code") ?? ""), await ip());
  return result.ok ? { recoveryCodes: result.recoveryCodes } : { error: result.message };
}

export async function turnOffSecondFactor(
  _previous: CodeConfirmedState,
  formData: FormData,
): Promise<CodeConfirmedState> {
  const claims = await staffClaims();
  if (!claims) return { error: SIGNED_OUT };
  const result = await disableMfa(claims, String(formData.get("code") ?? ""), await ip());
  return result.ok ? { disabled: true } : { error: result.message };
}

/** Ten fresh recovery codes, shown once; the old ones stop working. */
export async function makeNewRecoveryCodes(
  _previous: CodeConfirmedState,
  formData: FormData,
): Promise<CodeConfirmedState> {
  const claims = await staffClaims();
  if (!claims) return { error: SIGNED_OUT };
  const result = await replaceStaffRecoveryCodes(
    claims,
    String(formData.get("code") ?? ""),
    await ip(),
  );
  return result.ok ? { recoveryCodes: result.recoveryCodes } : { error: result.message };
}
