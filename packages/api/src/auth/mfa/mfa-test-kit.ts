import { randomBytes } from "node:crypto";
import { URI, type TOTP } from "otpauth";
import { platformEmail, type AuthTestHarness } from "../auth-test-harness";
import type { PlatformSessionClaims } from "../session";
import { confirmEnrolment, startEnrolment } from "./enrolment";
import type { MfaDependencies } from "./mfa-dependencies";

/** A test's own key and a clock it moves by whole 30-second steps. */
export function mfaTestKit(h: AuthTestHarness) {
  const clock = { now: Date.UTC(2026, 10, 26, 12, 0, 5) };
  const keys = { encryptionKey: randomBytes(32), now: () => clock.now };
  const deps = (): MfaDependencies => ({ ...h.deps(), ...keys });

  async function claimsOf(account: string): Promise<PlatformSessionClaims> {
    const { rows } = await h.owner.query<Pick<PlatformSessionClaims, "userId" | "role">>(
      `SELECT id AS "userId", role::text AS role FROM platform_users WHERE email = $1`,
      [platformEmail(account)],
    );
    const row = rows[0];
    if (!row) throw new Error(`no demo account ${account}`);
    return { userType: "platform", userId: row.userId, role: row.role, sessionVersion: 1 };
  }

  /** Enrols a demo account the way a person does; returns their authenticator and codes. */
  async function enrol(account: string) {
    const claims = await claimsOf(account);
    const started = await startEnrolment(claims, deps());
    if (!started) throw new Error(`${account} is already enrolled`);
    const app = URI.parse(started.uri) as TOTP;
    const confirmed = await confirmEnrolment(claims, codeAt(app), null, deps());
    if (!confirmed.ok) throw new Error(confirmed.message);
    return { claims, app, recoveryCodes: confirmed.recoveryCodes };
  }

  /** The authenticator app's code for the current (or a later) step. */
  const codeAt = (app: TOTP, stepsLater = 0) =>
    app.generate({ timestamp: clock.now + stepsLater * 30_000 });
  const nextStep = () => {
    clock.now += 30_000;
  };

  return { clock, keys, deps, claimsOf, enrol, codeAt, nextStep };
}
